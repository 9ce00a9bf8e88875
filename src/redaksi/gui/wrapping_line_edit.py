"""A single-paragraph text field that wraps, for headlines and leads longer than a line.

``QLineEdit`` cannot wrap, and a cut-off headline is unreadable; this keeps the line-edit
contract the form needs (``text``, ``setText``, ``textEdited``) on a ``QPlainTextEdit`` that
grows with its text, refuses line breaks and has a document the background checks can use.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget


class WrappingLineEdit(QPlainTextEdit):
    """Wrapping one-paragraph editor; Enter moves on to the next field."""

    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmatic = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(lambda *_: self._fit())

    def text(self) -> str:
        """The text, as ``QLineEdit.text``."""
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Replace the text without emitting ``textEdited``; undo history starts fresh."""
        self._programmatic = True
        try:
            self.setPlainText(" ".join(text.split()))
        finally:
            self._programmatic = False
        self.document().clearUndoRedoStacks()
        self._fit()

    def setCursorPosition(self, position: int) -> None:
        """Move the caret, as ``QLineEdit.setCursorPosition``."""
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    def _changed(self) -> None:
        self._fit()
        if not self._programmatic:
            self.textEdited.emit(self.toPlainText())

    def _fit(self) -> None:
        lines = max(1, self.document().documentLayout().documentSize().height())
        height = int(
            lines * self.fontMetrics().lineSpacing()
            + 2 * self.document().documentMargin()
            + self.contentsMargins().top()
            + self.contentsMargins().bottom()
            + 4
        )
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        """As tall as the wrapped text."""
        return QSize(super().sizeHint().width(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-wrap, then fit the height."""
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """No line breaks: Enter goes to the next field."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Pasted text becomes one line."""
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
