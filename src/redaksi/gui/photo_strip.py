"""The column of thumbnails in the photo panel: drag to reorder, drop files or images in.

Reordering is the list's own internal move; the panel reads the new order from the items.
Files and images dragged in from outside (a file manager, a browser) are handed to the
panel as signals instead, since only the panel knows how to import them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QStyle, QWidget

THUMB_SIZE = QSize(132, 96)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def external_payload(mime: QMimeData) -> tuple[list[Path], QImage | None]:
    """Local files and/or image data carried by a drag or the clipboard."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    image = None
    if not files and mime.hasImage():
        candidate = mime.imageData()
        if isinstance(candidate, QImage) and not candidate.isNull():
            image = candidate
    return files, image


class PhotoStrip(QListWidget):
    """Thumbnails with captions; emits what was dropped from outside."""

    filesDropped = Signal(list)
    imageDropped = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.ListMode)
        self.setIconSize(THUMB_SIZE)
        self.setSpacing(3)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.setMinimumWidth(300)
        self.placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw a hint on how to add photos while the list is empty."""
        super().paintEvent(event)
        if self.count() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(16, 16, -16, -16)
        painter.drawText(
            area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder
        )
        painter.end()

    def _is_external(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> bool:
        if event.source() is self:
            return False
        files, image = external_payload(event.mimeData())
        return bool(files) or image is not None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept our own items (reorder) and outside files or images (import)."""
        if self._is_external(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        elif event.source() is self:
            super().dragEnterEvent(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the drag moves over the list."""
        if self._is_external(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Import outside payloads; let our own items move."""
        if event.source() is self:
            super().dropEvent(event)
            return
        files, image = external_payload(event.mimeData())
        if files:
            self.filesDropped.emit(files)
        elif image is not None:
            self.imageDropped.emit(image)
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()


def decorated_thumbnail(
    source: QPixmap, warn: bool, lead: bool, widget: QWidget, lead_text: str
) -> QPixmap:
    """The thumbnail on a fixed canvas with a warning badge and a lead-photo tag."""
    canvas = QPixmap(THUMB_SIZE)
    canvas.fill(QColor(0, 0, 0, 0))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if not source.isNull():
        scaled = source.scaled(
            THUMB_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        left = (THUMB_SIZE.width() - scaled.width()) // 2
        top = (THUMB_SIZE.height() - scaled.height()) // 2
        painter.drawPixmap(left, top, scaled)
    else:
        painter.fillRect(canvas.rect(), QColor("#d9dde3"))
    if lead:
        font = QFont(widget.font())
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(lead_text) + 10
        tag = QRect(4, THUMB_SIZE.height() - 20, width, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f5fbf"))
        painter.drawRoundedRect(tag, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, lead_text)
    if warn:
        icon = widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        badge = icon.pixmap(QSize(24, 24))
        spot = QPoint(THUMB_SIZE.width() - 28, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawEllipse(spot.x() - 2, spot.y() - 2, 28, 28)
        painter.drawPixmap(spot, badge)
    painter.end()
    return canvas
