"""Find and replace bar under the body (Ctrl+F, Ctrl+H, Esc closes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from redaksi.gui.body_editor import BodyEditor
from redaksi.gui.forms.ui_find_replace_bar import Ui_FindReplaceBar

HIT_COLOUR = QColor(255, 213, 79, 150)


class FindReplaceBar(QWidget):
    """Searches the body; every replacement is one undo step, "replace all" too."""

    def __init__(self, editor: BodyEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindReplaceBar()
        self.ui.setupUi(self)
        self.editor = editor
        self.ui.findEdit.textChanged.connect(self._highlight)
        self.ui.findEdit.returnPressed.connect(self.find_next)
        self.ui.replaceEdit.returnPressed.connect(self.replace_one)
        self.ui.caseCheck.toggled.connect(self._highlight)
        self.ui.nextButton.clicked.connect(self.find_next)
        self.ui.previousButton.clicked.connect(self.find_previous)
        self.ui.replaceButton.clicked.connect(self.replace_one)
        self.ui.replaceAllButton.clicked.connect(self.replace_all)
        self.ui.closeButton.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self, replace: bool = False) -> None:
        """Show the bar, seeded with the selected text."""
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.ui.findEdit.setText(selected)
        self.show()
        target = self.ui.replaceEdit if replace and self.ui.findEdit.text() else self.ui.findEdit
        target.setFocus()
        target.selectAll()
        self._highlight()

    def close_bar(self) -> None:
        """Hide the bar and its highlights, back to the text."""
        self.hide()
        self.editor.layers.set("search", [])
        self.editor.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.ui.caseCheck.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _find(self, backward: bool) -> bool:
        needle = self.ui.findEdit.text()
        if not needle:
            return False
        document = self.editor.document()
        found = document.find(needle, self.editor.textCursor(), self._flags(backward))
        if found.isNull():  # wrap around
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, start, self._flags(backward))
        if found.isNull():
            self.ui.resultLabel.setText(self.tr("Tidak ditemukan"))
            return False
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        return True

    def find_next(self) -> bool:
        """Select the next hit (wrapping)."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the previous hit (wrapping)."""
        return self._find(backward=True)

    def _selection_matches(self) -> bool:
        selected = self.editor.textCursor().selectedText()
        needle = self.ui.findEdit.text()
        if self.ui.caseCheck.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace_one(self) -> None:
        """Replace the selected hit and move to the next one (never in a read-only story)."""
        if not self.ui.findEdit.text() or self.editor.isReadOnly():
            return
        if not self._selection_matches() and not self.find_next():
            return
        self.editor.textCursor().insertText(self.ui.replaceEdit.text())
        self.find_next()
        self._highlight()

    def replace_all(self) -> int:
        """Replace every hit in one undo step; returns how many were replaced."""
        needle = self.ui.findEdit.text()
        if not needle or self.editor.isReadOnly():
            return 0
        document = self.editor.document()
        replacement = self.ui.replaceEdit.text()
        count = 0
        edit = QTextCursor(document)
        edit.beginEditBlock()
        found = document.find(needle, 0, self._flags())
        while not found.isNull():
            found.insertText(replacement)
            count += 1
            found = document.find(needle, found, self._flags())
        edit.endEditBlock()
        self.ui.resultLabel.setText(self.tr("%n diganti", "", count))
        self._highlight()
        return count

    def _highlight(self) -> None:
        needle = self.ui.findEdit.text()
        selections = []
        document = self.editor.document()
        if needle and self.isVisible():
            fmt = QTextCharFormat()
            fmt.setBackground(HIT_COLOUR)
            found = document.find(needle, 0, self._flags())
            while not found.isNull() and len(selections) < 2000:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = found
                selection.format = fmt
                selections.append(selection)
                found = document.find(needle, found, self._flags())
            self.ui.resultLabel.setText(self.tr("%n ditemukan", "", len(selections)))
        else:
            self.ui.resultLabel.clear()
        self.editor.layers.set("search", selections)
