"""Painting of library cells: a two-line headline with a byline, and status pills."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from redaksi.gui.theme import status_colours
from redaksi.story.status import Status

META_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
INDEX = QModelIndex | QPersistentModelIndex
HEADLINE_LINES = 2


def _background(
    option: QStyleOptionViewItem, index: INDEX, painter: QPainter, delegate: QStyledItemDelegate
) -> QStyleOptionViewItem:
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    widget = opt.widget
    style = widget.style() if widget else None
    if style:
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    return opt


def elided_lines(text: str, font: QFont, width: int, lines: int) -> list[str]:
    """``text`` wrapped to ``width``; the last kept line ends in an ellipsis if cut."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    kept = [text[s : s + n].strip() for s, n in spans[:lines]]
    if len(spans) > lines:
        rest = text[spans[lines - 1][0] :].strip()
        kept[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return kept


class HeadlineDelegate(QStyledItemDelegate):
    """Headline in two lines at most, the author and category in a muted line below."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: INDEX) -> None:
        """Background, headline, byline."""
        opt = _background(option, index, painter, self)
        rect = opt.rect.adjusted(8, 6, -8, -6)
        font = QFont(opt.font)
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        painter.save()
        painter.setFont(font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        y = rect.top()
        for line in elided_lines(str(index.data() or ""), font, rect.width(), HEADLINE_LINES):
            painter.drawText(
                QRect(rect.left(), y, rect.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += metrics.height()
        meta = index.data(META_ROLE)
        if meta:
            small = QFont(opt.font)
            small.setPointSizeF(opt.font.pointSizeF() * 0.9)
            painter.setFont(small)
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            small_metrics = QFontMetrics(small)
            text = small_metrics.elidedText(str(meta), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(
                QRect(rect.left(), y + 2, rect.width(), small_metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: INDEX) -> QSize:
        """Two headline lines and the byline."""
        return QSize(200, row_height(option.font))


def row_height(font: QFont) -> int:
    """Height of a library row: two headline lines, the byline and padding."""
    return QFontMetrics(font).height() * (HEADLINE_LINES + 1) + 16


class StatusDelegate(QStyledItemDelegate):
    """Draws the status as a coloured pill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dark = False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: INDEX) -> None:
        """Selection background, then the pill."""
        value = index.data(STATUS_ROLE)
        if value not in Status.__members__.values():
            super().paint(painter, option, index)
            return
        status = Status(value)
        opt = _background(option, index, painter, self)
        background, text = status_colours(status, self.dark)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(opt.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.78))
        font.setBold(True)
        painter.setFont(font)
        label = status.label.upper()
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(label) + 16
        height = metrics.height() + 4
        rect = opt.rect
        pill = QRectF(rect.x() + 4, rect.center().y() - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(text)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: INDEX) -> QSize:
        """Room for the widest pill."""
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 112), hint.height())
