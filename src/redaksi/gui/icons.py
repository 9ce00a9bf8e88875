"""Toolbar icons from ``resources/icons/*.svg``, drawn in the palette's text colour.

The SVGs use ``currentColor``; rendering them per palette keeps them legible on the light
and the dark theme, and rendering at 1x and 2x keeps them crisp on High-DPI screens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from redaksi.resources import resources_dir

ICON_SIZE = 20


@cache
def _svg_source(name: str) -> str:
    path = resources_dir() / "icons" / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def themed_icon(name: str, colour: QColor, disabled: QColor | None = None) -> QIcon:
    """Icon ``name`` painted in ``colour`` (and ``disabled`` for the disabled state)."""
    source = _svg_source(name)
    icon = QIcon()
    if not source:
        return icon
    for mode, tint in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled or colour)):
        data = QByteArray(source.replace("currentColor", tint.name()).encode("utf-8"))
        renderer = QSvgRenderer(data)
        for scale in (1, 2):
            pixmap = QPixmap(ICON_SIZE * scale, ICON_SIZE * scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, ICON_SIZE * scale, ICON_SIZE * scale))
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            icon.addPixmap(pixmap, mode)
    return icon
