"""The story body editor.

Why ``QTextEdit`` and not ``QPlainTextEdit``: the body needs character formats (bold, italic
for foreign words, links) and per-paragraph formats (block quotes, subheads), which only the
rich-text document model lays out; ``QPlainTextEdit`` ignores block formats such as margins.
Its costs are handled here: pasted HTML is reduced to what the story model can hold, and
long-document work (checks) runs elsewhere, per block, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QTextCharFormat,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from redaksi.gui.body_document import (
    block_format,
    block_kind,
    kind_char_format,
    load_paragraphs,
    mark_format,
    paragraphs_from_html,
    read_paragraphs,
    write_paragraphs,
)
from redaksi.gui.selection_layers import SelectionLayers
from redaksi.gui.theme import text_font
from redaksi.story.model import Mark, Paragraph, ParagraphKind

ZOOM_STEPS = (60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 250)
MenuHook = Callable[[QMenu, int], None]


class BodyEditor(QTextEdit):
    """Rich-text body with the model's formats, zoom and clean paste."""

    fileDropped = Signal(str)
    zoomChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(12)
        self.layers = SelectionLayers(self)
        self.menu_hook: MenuHook | None = None
        self._base_size = 12.5
        self._zoom = 100
        self._apply_font()

    # -- content ---------------------------------------------------------------------------
    def set_paragraphs(self, paragraphs: list[Paragraph]) -> None:
        """Show ``paragraphs``; the undo history starts fresh."""
        load_paragraphs(self.document(), paragraphs)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def paragraphs(self) -> list[Paragraph]:
        """The body as model paragraphs."""
        return read_paragraphs(self.document())

    # -- formatting ------------------------------------------------------------------------
    def toggle_mark(self, kind: str) -> None:
        """Bold or italic on the selection (or the word at the cursor), toggled."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        current = cursor.charFormat()
        fmt = QTextCharFormat()
        if kind == "bold":
            bold = current.fontWeight() >= QFont.Weight.DemiBold
            fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        elif kind == "italic":
            fmt.setFontItalic(not current.fontItalic())
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    def set_link(self, href: str) -> None:
        """Link the selection to ``href``; an empty ``href`` removes the link."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if href:
            fmt = mark_format(Mark(0, 0, "link", href))
        else:
            fmt = QTextCharFormat()
            fmt.setAnchor(False)
            fmt.setAnchorHref("")
            fmt.setFontUnderline(False)
            fmt.setForeground(self.palette().text())
        cursor.mergeCharFormat(fmt)

    def link_at_cursor(self) -> str:
        """The link under the cursor, or an empty string."""
        return self.textCursor().charFormat().anchorHref()

    def set_paragraph_kind(self, kind: ParagraphKind) -> None:
        """Make the paragraphs in the selection plain, quotes or subheads (toggles back)."""
        cursor = self.textCursor()
        if block_kind(cursor.block()) == kind:
            kind = "p"
        cursor.beginEditBlock()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            edit = QTextCursor(block)
            edit.setBlockFormat(block_format(kind))
            edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            look = kind_char_format(kind)
            look.clearProperty(QTextCharFormat.Property.FontWeight)
            look.clearProperty(QTextCharFormat.Property.FontItalic)
            look.clearProperty(QTextCharFormat.Property.IsAnchor)
            look.clearProperty(QTextCharFormat.Property.AnchorHref)
            look.clearProperty(QTextCharFormat.Property.TextUnderlineStyle)
            look.clearForeground()
            edit.mergeCharFormat(look)
            block = block.next()
        cursor.endEditBlock()

    # -- zoom ------------------------------------------------------------------------------
    def set_base_size(self, point_size: float) -> None:
        """The body font size at 100 % zoom."""
        self._base_size = point_size
        self._apply_font()

    @property
    def zoom(self) -> int:
        """Zoom in percent."""
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        """Zoom the text (not the window) to ``percent``."""
        percent = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], percent))
        if percent != self._zoom:
            self._zoom = percent
            self._apply_font()
            self.zoomChanged.emit(percent)

    def zoom_step(self, direction: int) -> None:
        """One zoom step in or out."""
        steps = [s for s in ZOOM_STEPS if (s > self._zoom if direction > 0 else s < self._zoom)]
        if steps:
            self.set_zoom(steps[0] if direction > 0 else steps[-1])

    def _apply_font(self) -> None:
        font = text_font(self._base_size * self._zoom / 100)
        self.document().setDefaultFont(font)
        self.setFont(font)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms like every other editor."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_step(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    # -- paste and drop ---------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Files are accepted too (they are imported, not inserted)."""
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Files become imports; HTML is reduced to the model's formats; else plain text."""
        files = [u.toLocalFile() for u in source.urls() if u.isLocalFile()]
        if files:
            for path in files:
                self.fileDropped.emit(path)
            return
        cursor = self.textCursor()
        if source.hasHtml():
            paragraphs = paragraphs_from_html(source.html())
            if paragraphs:
                cursor.beginEditBlock()
                cursor.removeSelectedText()
                if len(paragraphs) == 1 and paragraphs[0].kind == "p":
                    kind = block_kind(cursor.block())
                    paragraphs[0] = Paragraph(paragraphs[0].text, kind, paragraphs[0].marks)
                write_paragraphs(cursor, paragraphs)
                cursor.endEditBlock()
                return
        if source.hasText():
            cursor.insertText(source.text(), kind_char_format(block_kind(cursor.block())))

    # -- menus and keys ----------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Standard edit menu, with finding actions first when there is a finding here."""
        position = self.cursorForPosition(event.pos()).position()
        menu = self.createStandardContextMenu(event.pos())
        if self.menu_hook is not None:
            self.menu_hook(menu, position)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts a plain paragraph after a subhead, like word processors do."""
        block = self.textCursor().block()
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and block_kind(block) == "subhead":
            self.set_paragraph_kind("p")
