"""The two lists of the related-stories panel and how their rows are drawn.

Candidates (suggestions or search results) drag out as related-link payloads; the link
list reorders by dragging, takes such payloads in, and its rows drag out as payloads too
(dropped on the body, an end-list link moves into the text).  Neither list changes the
story itself: they emit signals and the panel applies the change through the core
operations.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDropEvent, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from redaksi.links.transfer import RELATED_LINK_MIME, decode_links, encode_links
from redaksi.story.model import RelatedLink

STORY_ID_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_ROLE = Qt.ItemDataRole.UserRole + 2
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 3


class TwoLineDelegate(QStyledItemDelegate):
    """Title on the first line, detail (reason, placement, problem) smaller below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Room for two lines of text."""
        height = option.fontMetrics.height()
        return QSize(200, height * 2 + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Draw the selection background, then both lines elided to the width."""
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else None
        title = option.text
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(6, 4, -6, -4)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        metrics = painter.fontMetrics()
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        painter.setFont(small)
        warning = index.data(WARNING_ROLE)
        if warning:
            painter.setPen(Qt.GlobalColor.red if not selected else palette.color(text_role))
            detail = str(warning)
        else:
            color = palette.color(text_role if selected else QPalette.ColorRole.PlaceholderText)
            painter.setPen(color)
            detail = str(index.data(DETAIL_ROLE) or "")
        bottom = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class CandidateList(QListWidget):
    """Suggestions or search results; items drag out as related-link payloads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setItemDelegate(TwoLineDelegate(self))
        self.setUniformItemSizes(True)

    def mimeTypes(self) -> list[str]:
        """Only the related-link payload.

        A plain-text copy would let a text editor that does not know the payload paste
        the headline into the story by accident.
        """
        return [RELATED_LINK_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        """The dragged stories as library links."""
        links = [
            RelatedLink(title=item.text(), story_id=int(item.data(STORY_ID_ROLE))) for item in items
        ]
        data = QMimeData()
        data.setData(RELATED_LINK_MIME, encode_links(links))
        return data


class LinkList(QListWidget):
    """The story's links; reorder by dragging, or drop suggestions in to add them."""

    moved = Signal(int, int)
    dropped = Signal(bytes, int)
    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setItemDelegate(TwoLineDelegate(self))

    def mimeTypes(self) -> list[str]:
        """Accept related-link payloads (and our own internal moves)."""
        return [RELATED_LINK_MIME, *super().mimeTypes()]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        """The rows for an internal move, and the links as a payload for the body."""
        data = super().mimeData(items)
        links = [
            link
            for item in items
            if isinstance(item.data(PAYLOAD_ROLE), bytes)
            for link in decode_links(item.data(PAYLOAD_ROLE))
        ]
        if links:
            data.setData(RELATED_LINK_MIME, encode_links(links))
        return data

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete or Backspace asks to remove the selected link."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentRow() >= 0:
            self.removeRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _drop_row(self, event: QDropEvent) -> int:
        position = event.position().toPoint()
        item = self.itemAt(position)
        if item is None:
            return self.count()
        row = self.row(item)
        if position.y() > self.visualItemRect(item).center().y():
            row += 1
        return row

    def dragEnterEvent(self, event: object) -> None:
        """Take in-list moves and related-link payloads."""
        mime = event.mimeData()  # type: ignore[attr-defined]
        if event.source() is self or mime.hasFormat(RELATED_LINK_MIME):  # type: ignore[attr-defined]
            event.acceptProposedAction()  # type: ignore[attr-defined]
        else:
            event.ignore()  # type: ignore[attr-defined]

    def dragMoveEvent(self, event: object) -> None:
        """Same rule while moving over the list."""
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Turn the drop into a move or an add; the panel changes the story, not Qt."""
        row = self._drop_row(event)
        if event.source() is self:
            current = self.currentRow()
            if current >= 0:
                self.moved.emit(current, row - 1 if row > current else row)
        elif event.mimeData().hasFormat(RELATED_LINK_MIME):
            self.dropped.emit(bytes(event.mimeData().data(RELATED_LINK_MIME)), row)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
