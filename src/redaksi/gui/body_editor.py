"""The story body editor.

Why ``QTextEdit`` and not ``QPlainTextEdit``: the body needs character formats (bold, italic
for foreign words, links) and per-paragraph formats (block quotes, subheads), which only the
rich-text document model lays out; ``QPlainTextEdit`` ignores block formats such as margins.
Its costs are handled here: pasted HTML is reduced to what the story model can hold, and
long-document work (checks) runs elsewhere, per block, off the GUI thread.

"Baca juga" markers are painted over reserved block space by :attr:`BodyEditor.markers`
(:mod:`redaksi.gui.link_markers`) when the related panel attaches one; the editor only
forwards paint, mouse and drop events to it, and calls :attr:`BodyEditor.after_edit` after
its own edits so markers settle inside the same undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
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
from redaksi.gui.marker_format import carry_markers
from redaksi.gui.selection_layers import SelectionLayers
from redaksi.gui.theme import text_font
from redaksi.story.model import Mark, Paragraph, ParagraphKind

if TYPE_CHECKING:
    from redaksi.gui.link_markers import LinkMarkers

ZOOM_STEPS = (60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 250)
MenuHook = Callable[[QMenu, int], None]


class BodyEditor(QTextEdit):
    """Rich-text body with the model's formats, zoom and clean paste."""

    fileDropped = Signal(str)
    zoomChanged = Signal(int)
    #: A story was loaded: the document and its undo history are new.
    contentReset = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(12)
        self.layers = SelectionLayers(self)
        self.menu_hook: MenuHook | None = None
        self.markers: LinkMarkers | None = None
        self.after_edit: Callable[[], None] | None = None
        self.loading = False
        self._hand = False
        self._base_size = 12.5
        self._zoom = 100
        self._apply_font()

    # -- content ---------------------------------------------------------------------------
    def set_paragraphs(self, paragraphs: list[Paragraph]) -> None:
        """Show ``paragraphs``; the undo history starts fresh."""
        self.loading = True
        try:
            load_paragraphs(self.document(), paragraphs)
        finally:
            self.loading = False
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.contentReset.emit()

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
            edit.setBlockFormat(carry_markers(block.blockFormat(), block_format(kind)))
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
        cursor.beginEditBlock()
        try:
            self._insert(cursor, source)
            self._settle()
        finally:
            cursor.endEditBlock()

    def _insert(self, cursor: QTextCursor, source: QMimeData) -> None:
        if source.hasHtml():
            paragraphs = paragraphs_from_html(source.html())
            if paragraphs:
                cursor.removeSelectedText()
                if len(paragraphs) == 1 and paragraphs[0].kind == "p":
                    kind = block_kind(cursor.block())
                    paragraphs[0] = Paragraph(paragraphs[0].text, kind, paragraphs[0].marks)
                write_paragraphs(cursor, paragraphs)
                return
        if source.hasText():
            cursor.insertText(source.text(), kind_char_format(block_kind(cursor.block())))

    def _settle(self) -> None:
        if self.after_edit is not None:
            self.after_edit()

    # -- menus and keys ----------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Standard edit menu, with finding actions first when there is a finding here."""
        chip = self.markers.chip_at(QPointF(event.pos())) if self.markers else None
        if chip is not None and self.markers is not None:
            self.markers.menu(chip, event.globalPos(), self)
            return
        position = self.cursorForPosition(event.pos()).position()
        menu = self.createStandardContextMenu(event.pos())
        if self.menu_hook is not None:
            self.menu_hook(menu, position)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts a plain paragraph after a subhead, like word processors do.

        Joining two paragraphs with Backspace or Delete is made one undo step, so the
        markers that settle after it (see :attr:`after_edit`) are undone with it.
        """
        cursor = self.textCursor()
        block = cursor.block()
        joining = not cursor.hasSelection() and (
            (event.key() == Qt.Key.Key_Backspace and cursor.atBlockStart())
            or (event.key() == Qt.Key.Key_Delete and cursor.atBlockEnd())
        )
        if joining:
            cursor.beginEditBlock()
        try:
            super().keyPressEvent(event)
            self._settle()
        finally:
            if joining:
                cursor.endEditBlock()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and block_kind(block) == "subhead":
            self.set_paragraph_kind("p")

    # -- "Baca juga" markers (painted and handled by self.markers) --------------------------
    def set_top_space(self, height: int) -> None:
        """Room above the text for the markers placed right after the lead."""
        if self.viewportMargins().top() != height:
            self.setViewportMargins(0, height, 0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text, then the markers over the space their paragraphs reserve."""
        super().paintEvent(event)
        if self.markers is not None:
            painter = QPainter(self.viewport())
            self.markers.paint(painter, event.rect())
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the strip of after-lead markers as wide as the text."""
        super().resizeEvent(event)
        if self.markers is not None:
            self.markers.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A press on a marker is the marker's (click or drag), not a caret move."""
        chip = self.markers.chip_at(event.position()) if self.markers else None
        if self.markers is not None and self.markers.press(chip, event):
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag a marker away; a hand over markers says they can be clicked."""
        if self.markers is not None and self.markers.move(event, self):
            return
        super().mouseMoveEvent(event)
        if self.markers is not None:
            over = self.markers.chip_at(event.position()) is not None
            if over or self._hand:
                shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
                self.viewport().setCursor(shape)
            self._hand = over

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on a marker selects its link in the related panel."""
        if self.markers is not None and self.markers.release():
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double click on a marker is no word selection."""
        if self.markers is not None and self.markers.chip_at(event.position()) is not None:
            return
        super().mouseDoubleClickEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips over markers name the link and its problem."""
        if (
            self.markers is not None
            and event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
        ):
            chip = self.markers.chip_at(QPointF(event.pos()))
            if self.markers.tool_tip(chip, event.globalPos(), self.viewport()):
                return True
        return super().viewportEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Related links are dropped as markers; files and text as before."""
        if self.markers is None or not self.markers.drag_over(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Show after which paragraph a dragged link would land."""
        if self.markers is None or not self.markers.drag_over(event):
            super().dragMoveEvent(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Hide the drop indicator."""
        if self.markers is not None:
            self.markers.drag_left()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A related link lands after the paragraph under the pointer."""
        if self.markers is None or not self.markers.dropped(event):
            super().dropEvent(event)
