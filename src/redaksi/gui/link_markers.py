"""The "Baca juga" chips in the body editor: painting, hit-testing, menus, drag and drop.

A chip is painted in the space its block reserves below the paragraph (see
:mod:`redaksi.gui.marker_format`); chips of links right after the lead sit in a strip
between the lead and the body (:class:`LeadStrip`, outside the scrolling text, where the
lead ends).  Nothing here edits the document: what a click, a menu or a drop means is
decided by the :class:`MarkerSource` (the inline-links controller).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QDropEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from redaksi.gui.body_document import iter_blocks
from redaksi.gui.marker_chip import TONES, chip_width, is_dark, paint_chip
from redaksi.gui.marker_format import block_keys, chip_metrics
from redaksi.links.anchoring import TOP, owner_block
from redaksi.links.transfer import RELATED_LINK_MIME, decode_links

if TYPE_CHECKING:
    from PySide6.QtGui import QDragMoveEvent
    from PySide6.QtWidgets import QTextEdit


class MarkerSource(Protocol):
    """What the chips show and what acting on them does (the inline-links controller)."""

    def title(self, key: int) -> str:
        """The link's title."""
        ...

    def tone(self, key: int) -> tuple[str, str]:
        """``("ok" | "warning" | "error", message)`` from the latest link check."""
        ...

    def lead_keys(self) -> Sequence[int]:
        """Keys of the links right after the lead, in link order."""
        ...

    def payload(self, key: int) -> bytes:
        """The drag payload of one link."""
        ...

    def activate(self, key: int) -> None:
        """The chip was clicked."""
        ...

    def remove(self, key: int) -> None:
        """Take the link out of the story."""
        ...

    def to_end(self, key: int) -> None:
        """Move the link to the list at the end of the story."""
        ...

    def drop(self, payload: bytes, block: int) -> None:
        """Links were dropped after ``block`` (``TOP``: after the lead)."""
        ...


@dataclass(frozen=True)
class Chip:
    """One painted marker, in the coordinates of the widget it is painted on."""

    key: int
    rect: QRectF


class LeadStrip(QWidget):
    """Above the body text: chips of the links placed right after the lead, and their drops."""

    def __init__(self, markers: LinkMarkers, parent: QWidget) -> None:
        super().__init__(parent)
        self._markers = markers
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Baca juga setelah teras"))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Chips, and the drop zone while a link is dragged over the body."""
        painter = QPainter(self)
        self._markers.paint_lead(painter, self.width())
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Press on a chip (a click or the start of a drag)."""
        if not self._markers.press(self._markers.lead_chip_at(event.position()), event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag a chip away; a hand over chips says they can be clicked."""
        if not self._markers.move(event, self):
            over = self._markers.lead_chip_at(event.position()) is not None
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click selects the link in the related panel."""
        self._markers.release()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The chip's menu."""
        chip = self._markers.lead_chip_at(QPointF(event.pos()))
        if chip is not None:
            self._markers.menu(chip, event.globalPos(), self)

    def event(self, event: object) -> bool:
        """Tooltips name the link's problem, if any."""
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            chip = self._markers.lead_chip_at(QPointF(event.pos()))
            return self._markers.tool_tip(chip, event.globalPos(), self)
        return super().event(event)

    def dragEnterEvent(self, event: QDragMoveEvent) -> None:  # type: ignore[override]
        """Links may be dropped here: they go right after the lead."""
        self._markers.drag_over(event, TOP)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep showing the drop zone."""
        self._markers.drag_over(event, TOP)

    def dragLeaveEvent(self, event: object) -> None:
        """The pointer went elsewhere (maybe into the text below)."""
        self._markers.drag_left()

    def dropEvent(self, event: QDropEvent) -> None:
        """Place the dropped links after the lead."""
        self._markers.dropped(event, TOP)


class LinkMarkers:
    """Chips of one body editor; the editor forwards paint, mouse and drop events here."""

    def __init__(self, body: QTextEdit, source: MarkerSource) -> None:
        self._body = body
        self._source = source
        self.source = source
        self._pressed: tuple[int, QPointF] | None = None
        self._drop_block: int | None = None
        self._drop_title = ""
        self._dragging = False
        self._pixmaps: dict[tuple[str, str, int, bool, float], QPixmap] = {}
        # Leaving the text for the strip (or back) is no end of the drag: wait a moment.
        self._linger = QTimer(body)
        self._linger.setSingleShot(True)
        self._linger.setInterval(250)
        self._linger.timeout.connect(self._end_drag)
        self.strip = LeadStrip(self, body)
        body.viewport().setMouseTracking(True)
        self.update()

    # -- geometry -----------------------------------------------------------------------
    def _scroll(self) -> QPointF:
        return QPointF(
            self._body.horizontalScrollBar().value(), self._body.verticalScrollBar().value()
        )

    def _chip_left_and_room(self) -> tuple[float, float]:
        margin = self._body.document().documentMargin()
        return margin, max(60.0, self._body.viewport().width() - 2 * margin)

    def chips(self) -> list[Chip]:
        """Chips below paragraphs that are (at least partly) in view, viewport coordinates."""
        document = self._body.document()
        layout = document.documentLayout()
        metrics = chip_metrics()
        scroll = self._scroll()
        height = self._body.viewport().height()
        left, room = self._chip_left_and_room()
        first = self._body.cursorForPosition(QPoint(0, 0)).block()
        block = first.previous() if first.previous().isValid() else first
        found: list[Chip] = []
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() - scroll.y() > height:
                break
            keys = block_keys(block)
            y = rect.bottom() + metrics.gap - scroll.y()
            for key in keys:
                width = chip_width(self._source.title(key), room)
                found.append(Chip(key, QRectF(left - scroll.x(), y, width, metrics.height)))
                y += metrics.height + metrics.gap
            block = block.next()
        return found

    def chip_at(self, position: QPointF) -> Chip | None:
        """The chip under a viewport position."""
        return next((c for c in self.chips() if c.rect.contains(position)), None)

    def lead_chips(self, width: float | None = None) -> list[Chip]:
        """Chips in the strip after the lead, strip coordinates."""
        metrics = chip_metrics()
        left, room = self._chip_left_and_room()
        chips = []
        y = float(metrics.gap)
        for key in self._source.lead_keys():
            chip_room = room if width is None else max(60.0, width - 2 * left)
            rect = QRectF(left, y, chip_width(self._source.title(key), chip_room), metrics.height)
            chips.append(Chip(key, rect))
            y += metrics.height + metrics.gap
        return chips

    def lead_chip_at(self, position: QPointF) -> Chip | None:
        """The strip's chip under a strip position."""
        return next((c for c in self.lead_chips() if c.rect.contains(position)), None)

    def drop_block(self, position: QPointF) -> int:
        """The paragraph a drop at this viewport position lands after (``TOP``: the lead)."""
        document = self._body.document()
        layout = document.documentLayout()
        block = self._body.cursorForPosition(position.toPoint()).block()
        y = position.y() + self._scroll().y()
        if y < layout.blockBoundingRect(block).top():
            block = block.previous()
        if not block.isValid():
            return TOP
        blank = [not b.text().strip() for b in iter_blocks(document)]
        return owner_block(block.blockNumber(), blank)

    def strip_height(self) -> int:
        """Room the strip takes: its chips, plus a drop zone while a link is dragged."""
        metrics = chip_metrics()
        rows = len(self._source.lead_keys()) + (1 if self._dragging else 0)
        return metrics.space(rows) + metrics.gap if rows else 0

    def update(self) -> None:
        """Markers changed: resize the strip and repaint."""
        setter = getattr(self._body, "set_top_space", None)
        height = self.strip_height()
        if callable(setter):
            setter(height)
        frame = self._body.frameWidth()
        self.strip.setGeometry(frame, frame, self._body.viewport().width(), height)
        self.strip.setVisible(height > 0)
        self.strip.update()
        self._body.viewport().update()

    # -- painting -----------------------------------------------------------------------
    def paint(self, painter: QPainter, exposed: QRect) -> None:
        """Chips below the paragraphs, and where a dragged link would land."""
        palette = self._body.palette()
        area = QRectF(exposed)
        for chip in self.chips():
            if chip.rect.intersects(area):
                self._draw(painter, chip, palette)
        if self._drop_block is not None and self._drop_block != TOP:
            self._paint_drop(painter, palette)

    def _draw(self, painter: QPainter, chip: Chip, palette: QPalette) -> None:
        """Chips are drawn once into a pixmap and reused: typing repaints them often."""
        title, tone = self._source.title(chip.key), self._source.tone(chip.key)[0]
        ratio = painter.device().devicePixelRatioF()
        key = (title, tone, int(chip.rect.width()), is_dark(palette), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) > 128:
                self._pixmaps.clear()
            size = chip.rect.size() * ratio
            pixmap = QPixmap(int(size.width()) + 1, int(size.height()) + 1)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            inner = QPainter(pixmap)
            rect = QRectF(0, 0, chip.rect.width(), chip.rect.height())
            paint_chip(inner, rect, title, tone, palette)
            inner.end()
            self._pixmaps[key] = pixmap
        painter.drawPixmap(chip.rect.topLeft(), pixmap)

    def _paint_drop(self, painter: QPainter, palette: QPalette) -> None:
        """An insertion line where the dropped link's chip will go (the drag shows the title)."""
        document = self._body.document()
        block = document.findBlockByNumber(self._drop_block or 0)
        if not block.isValid():
            return
        metrics = chip_metrics()
        rect = document.documentLayout().blockBoundingRect(block)
        y = rect.bottom() + metrics.space(len(block_keys(block))) + 6 - self._scroll().y()
        left, room = self._chip_left_and_room()
        x = left - self._scroll().x()
        colour = QColor(TONES["ok"][1 if is_dark(palette) else 0])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(x + 4, y), QPointF(x + room, y))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(x + 4, y), 4.5, 4.5)
        painter.restore()

    def paint_lead(self, painter: QPainter, width: int) -> None:
        """The strip: its chips, then the drop zone when a link is dragged over the body."""
        palette = self._body.palette()
        painter.fillRect(
            QRect(0, 0, width, self.strip.height()), palette.color(QPalette.ColorRole.Base)
        )
        chips = self.lead_chips(width)
        for chip in chips:
            tone = self._source.tone(chip.key)[0]
            paint_chip(painter, chip.rect, self._source.title(chip.key), tone, palette)
        if self._dragging:
            metrics = chip_metrics()
            left, room = self._chip_left_and_room()
            y = metrics.gap + len(chips) * (metrics.height + metrics.gap)
            if self._drop_block == TOP:
                rect = QRectF(left, y, chip_width(self._drop_title, room), metrics.height)
                paint_chip(painter, rect, self._drop_title, "ok", palette, ghost=True)
            else:
                hint = QCoreApplication.translate(
                    "LinkMarkers", "lepas di sini untuk menaruhnya tepat setelah teras"
                )
                label = QCoreApplication.translate("LinkMarkers", "Setelah teras: ")
                width = chip_width(hint, room) + 30
                rect = QRectF(left, y, min(width, room), metrics.height)
                paint_chip(painter, rect, hint, "ok", palette, ghost=True, label=label)

    # -- mouse --------------------------------------------------------------------------
    def press(self, chip: Chip | None, event: QMouseEvent) -> bool:
        """Remember a left press on a chip; True when the press is the chip's."""
        if chip is None:
            return False
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = (chip.key, event.position())
        return True

    def move(self, event: QMouseEvent, widget: QWidget) -> bool:
        """Drag a pressed chip away once the mouse went far enough; True while one is held."""
        if self._pressed is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return False
        key, start = self._pressed
        if self._body.isReadOnly():
            return True  # a read-only story: chips can be clicked, not moved
        if (event.position() - start).manhattanLength() >= QApplication.startDragDistance():
            self._pressed = None
            self._start_drag(key, widget)
        return True

    def release(self) -> bool:
        """A press released without dragging is a click: select the link."""
        if self._pressed is None:
            return False
        key = self._pressed[0]
        self._pressed = None
        self._source.activate(key)
        return True

    def _start_drag(self, key: int, widget: QWidget) -> None:
        mime = QMimeData()
        mime.setData(RELATED_LINK_MIME, self._source.payload(key))
        drag = QDrag(widget)
        drag.setMimeData(mime)
        metrics = chip_metrics()
        title = self._source.title(key)
        pixmap = QPixmap(int(chip_width(title, 420)) + 2, metrics.height + 2)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        rect = QRectF(1, 1, pixmap.width() - 2, metrics.height)
        paint_chip(painter, rect, title, "ok", self._body.palette())
        painter.end()
        drag.setPixmap(pixmap)
        drag.exec(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def build_menu(self, chip: Chip, parent: QWidget) -> QMenu:
        """The chip's menu: select the link, move it to the end list, or remove it."""
        menu = QMenu(parent)
        translate = QCoreApplication.translate
        menu.addAction(
            translate("LinkMarkers", "Pilih di panel Berita terkait"),
            lambda: self._source.activate(chip.key),
        )
        if self._body.isReadOnly():
            return menu
        menu.addAction(
            translate("LinkMarkers", "Pindahkan ke akhir berita"),
            lambda: self._source.to_end(chip.key),
        )
        menu.addAction(
            translate("LinkMarkers", "Hapus tautan"), lambda: self._source.remove(chip.key)
        )
        return menu

    def menu(self, chip: Chip, global_pos: QPoint, parent: QWidget) -> None:
        """Show the chip's menu."""
        menu = self.build_menu(chip, parent)
        menu.exec(global_pos)
        menu.deleteLater()

    def tool_tip(self, chip: Chip | None, global_pos: QPoint, widget: QWidget) -> bool:
        """Show the link's title and its problem; True when over a chip."""
        if chip is None:
            return False
        message = self._source.tone(chip.key)[1]
        hint = QCoreApplication.translate(
            "LinkMarkers", "Klik untuk memilih, seret untuk memindahkan, klik kanan untuk menu."
        )
        text = "\n".join(part for part in (self._source.title(chip.key), message, hint) if part)
        QToolTip.showText(global_pos, text, widget)
        return True

    # -- drag and drop ------------------------------------------------------------------
    @staticmethod
    def _payload(mime: QMimeData | None) -> bytes | None:
        if mime is None or not mime.hasFormat(RELATED_LINK_MIME):
            return None
        return bytes(mime.data(RELATED_LINK_MIME).data())

    def drop_target(self) -> int | None:
        """Where a link being dragged over the body would land (None: no such drag)."""
        return self._drop_block if self._dragging else None

    def drag_over(self, event: QDragMoveEvent, block: int | None = None) -> bool:
        """A related link is dragged over the body: show where it would land."""
        payload = self._payload(event.mimeData())
        if payload is None:
            return False
        if self._body.isReadOnly():
            event.ignore()  # the story may not be changed at this desk
            return True
        links = decode_links(payload)
        self._drop_title = links[0].title if links else ""
        target = self.drop_block(event.position()) if block is None else block
        self._linger.stop()
        if not self._dragging or target != self._drop_block:
            self._drop_block = target
            self._dragging = True
            self.update()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def drag_left(self) -> None:
        """The drag left the text or the strip: hide the indicator unless it comes back."""
        if self._dragging:
            self._linger.start()

    def _end_drag(self) -> None:
        self._linger.stop()
        if self._dragging:
            self._dragging = False
            self._drop_block = None
            self.update()

    def dropped(self, event: QDropEvent, block: int | None = None) -> bool:
        """Hand dropped links to the source; True when the drop carried links."""
        payload = self._payload(event.mimeData())
        if payload is None:
            return False
        if self._body.isReadOnly():
            event.ignore()
            return True
        target = self.drop_block(event.position()) if block is None else block
        self._end_drag()
        # Copy, never Move: a list that started the drag must not delete its row.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self._source.drop(payload, target)
        return True
