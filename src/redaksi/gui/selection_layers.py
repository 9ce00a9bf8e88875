"""Several sources of extra selections (findings, search hits) on one editor."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


class SelectionLayers:
    """Named layers whose union is the editor's extra selections."""

    def __init__(self, editor: QTextEdit | QPlainTextEdit) -> None:
        self._editor = editor
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}

    def set(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Replace layer ``name`` and repaint."""
        self._layers[name] = selections
        self._editor.setExtraSelections([s for layer in self._layers.values() for s in layer])

    def get(self, name: str) -> list[QTextEdit.ExtraSelection]:
        """Selections of layer ``name``."""
        return list(self._layers.get(name, []))
