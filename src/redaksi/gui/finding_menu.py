"""The context menu over a finding: suggestions first, then dictionary and ignore actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu

from redaksi.language.findings import Finding

MAX_SUGGESTIONS = 6


@dataclass(frozen=True)
class FindingHandlers:
    """What each action does; the story editor supplies them."""

    replace: Callable[[str], None]
    add_to_dictionary: Callable[[], None]
    ignore_here: Callable[[], None]
    ignore_everywhere: Callable[[], None]
    fix_all: Callable[[str], int] | None = None
    same_count: int = 1


class FindingMenu(QObject):
    """Builds the finding part of a context menu (``tr`` needs a QObject)."""

    def fill(self, menu: QMenu, finding: Finding, handlers: FindingHandlers) -> None:
        """Put the finding's actions on top of ``menu``."""
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        header = QAction(finding.short_message or finding.message, menu)
        header.setEnabled(False)
        header.setToolTip(finding.message)
        added.append(header)
        for replacement in finding.replacements[:MAX_SUGGESTIONS]:
            action = QAction(replacement or self.tr("(hapus)"), menu)
            font = QFont(action.font())
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _=False, r=replacement: handlers.replace(r))
            added.append(action)
        if finding.replacements and handlers.fix_all is not None and handlers.same_count > 1:
            fix_all = QAction(
                self.tr("Perbaiki semua (%1×) → %2")
                .replace("%1", str(handlers.same_count))
                .replace("%2", finding.replacements[0]),
                menu,
            )
            fix_all.setToolTip(self.tr("Ganti setiap temuan aturan ini untuk kata yang sama"))
            first_fix = finding.replacements[0]
            fix_all.triggered.connect(lambda _=False, r=first_fix: handlers.fix_all(r))
            added.append(fix_all)
        if not finding.replacements:
            none = QAction(self.tr("Tidak ada saran"), menu)
            none.setEnabled(False)
            added.append(none)
        added.append(self._separator(menu))
        if finding.is_spelling:
            add = QAction(self.tr("Tambahkan ke kamus redaksi"), menu)
            add.triggered.connect(lambda _=False: handlers.add_to_dictionary())
            added.append(add)
        ignore = QAction(self.tr("Abaikan"), menu)
        ignore.setToolTip(self.tr("Abaikan di berita ini"))
        ignore.triggered.connect(lambda _=False: handlers.ignore_here())
        added.append(ignore)
        if finding.is_spelling:
            ignore_all = QAction(self.tr("Abaikan semua"), menu)
            ignore_all.setToolTip(self.tr("Abaikan kata ini di semua berita Anda"))
            ignore_all.triggered.connect(lambda _=False: handlers.ignore_everywhere())
            added.append(ignore_all)
        added.append(self._separator(menu))
        if first is None:
            menu.addActions(added)
        else:
            menu.insertActions(first, added)

    @staticmethod
    def _separator(menu: QMenu) -> QAction:
        action = QAction(menu)
        action.setSeparator(True)
        return action
