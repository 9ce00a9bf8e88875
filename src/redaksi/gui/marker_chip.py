"""How one "Baca juga" chip looks: a rounded label in the tone of its link check.

Shared by the markers in the text, the strip after the lead, the drop zone and the drag
pixmap, so they all look the same on light and dark palettes.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from redaksi.gui.body_document import LINK_COLOUR
from redaksi.gui.marker_format import chip_metrics

TONES = {
    # tone: (light palette, dark palette)
    "ok": (LINK_COLOUR, QColor("#7fb0ff")),
    "warning": (QColor("#a35d00"), QColor("#f0b35a")),
    "error": (QColor("#c62828"), QColor("#ff8a80")),
}


def is_dark(palette: QPalette) -> bool:
    """True for a dark palette (the chips then use lighter tones)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def paint_chip(
    painter: QPainter,
    rect: QRectF,
    title: str,
    tone: str,
    palette: QPalette,
    ghost: bool = False,
    label: str = "Baca juga: ",
) -> None:
    """A rounded chip: ``label`` in the tone's colour, then the title, elided to fit."""
    metrics = chip_metrics()
    colour = QColor(TONES.get(tone, TONES["ok"])[1 if is_dark(palette) else 0])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fill = QColor(palette.color(QPalette.ColorRole.Base))
    painter.setBrush(fill)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, 6, 6)
    tint = QColor(colour)
    tint.setAlpha(40 if ghost else 26)
    pen = QPen(colour, 1.2, Qt.PenStyle.DashLine if ghost else Qt.PenStyle.SolidLine)
    painter.setBrush(tint)
    painter.setPen(pen)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
    label_font = QFont(metrics.font)
    label_font.setBold(True)
    painter.setFont(label_font)
    label_width = QFontMetrics(label_font).horizontalAdvance(label)
    text_rect = rect.adjusted(metrics.padding, 0, -metrics.padding, 0)
    painter.setPen(colour)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
    body_font = QFont(metrics.font)
    painter.setFont(body_font)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    rest = text_rect.adjusted(label_width, 0, 0, 0)
    elided = QFontMetrics(body_font).elidedText(
        title, Qt.TextElideMode.ElideRight, max(0, int(rest.width()))
    )
    painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
    painter.restore()


@lru_cache(maxsize=512)
def _text_width(title: str) -> int:
    metrics = chip_metrics()
    bold = QFont(metrics.font)
    bold.setBold(True)
    return (
        QFontMetrics(bold).horizontalAdvance("Baca juga: ")
        + QFontMetrics(metrics.font).horizontalAdvance(title)
        + 2 * metrics.padding
        + 2
    )


def chip_width(title: str, available: float) -> float:
    """Width of the chip for ``title``: its text, up to ``available``."""
    return max(40.0, min(float(_text_width(title)), available))
