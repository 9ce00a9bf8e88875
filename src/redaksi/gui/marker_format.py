"""How "Baca juga" markers live in the body document: block properties and reserved space.

A block that inline links follow carries their keys (:data:`MARKER_KEYS`) and a bottom
margin tall enough for one chip per link; the first block also carries the story's link
list (:data:`LINK_STATE`, JSON from :mod:`redaksi.links.link_state`, which also says which
links sit right after the lead: those are shown above the text, not on a block).  These
are block-format properties, not text: the checker, find and replace, the word count and
the story model never see them, while Qt moves them with their paragraph and restores
them on undo.

Every block format written in the body goes through :func:`marker_format` or
:func:`carry_markers`, so the reserved space always matches the keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFont, QFontMetrics, QTextBlock, QTextBlockFormat, QTextFormat

from redaksi.gui.theme import ui_font

MARKER_KEYS = QTextFormat.Property.UserProperty + 20
LINK_STATE = QTextFormat.Property.UserProperty + 21


@dataclass(frozen=True)
class ChipMetrics:
    """Size of one marker chip; fixed pixels, so zooming the text never edits the document."""

    font: QFont
    height: int
    gap: int
    padding: int

    def space(self, count: int) -> int:
        """Margin that ``count`` chips take (each with the gap before it)."""
        return count * (self.height + self.gap)


@cache
def chip_metrics() -> ChipMetrics:
    """The chip font (a little smaller than the interface font) and its sizes."""
    font = ui_font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    height = QFontMetrics(font).height() + 8
    return ChipMetrics(font=font, height=height, gap=5, padding=8)


def _keys(fmt: QTextFormat, prop: int) -> tuple[int, ...]:
    # Ask first: in PySide6 reading an unset property returns an unowned None.
    if not fmt.hasProperty(prop):
        return ()
    value = fmt.property(prop)
    return tuple(int(key) for key in value) if isinstance(value, list) else ()


def block_keys(block: QTextBlock) -> tuple[int, ...]:
    """Keys of the inline links after ``block``."""
    return _keys(block.blockFormat(), MARKER_KEYS)


def link_state(block: QTextBlock) -> str | None:
    """The link list JSON held by the first block, if any."""
    fmt = block.blockFormat()
    if not fmt.hasProperty(LINK_STATE):
        return None
    value = fmt.property(LINK_STATE)
    return value if isinstance(value, str) else None


def marker_format(
    fmt: QTextBlockFormat, keys: tuple[int, ...], state: str | None = None
) -> QTextBlockFormat:
    """``fmt`` carrying exactly these markers, its bottom margin adjusted to match."""
    metrics = chip_metrics()
    result = QTextBlockFormat(fmt)
    base = fmt.bottomMargin() - metrics.space(len(_keys(fmt, MARKER_KEYS)))
    result.setBottomMargin(base + metrics.space(len(keys)))
    if keys:
        result.setProperty(MARKER_KEYS, list(keys))
    else:
        result.clearProperty(MARKER_KEYS)
    if state is None:
        result.clearProperty(LINK_STATE)
    else:
        result.setProperty(LINK_STATE, state)
    return result


def carry_markers(old: QTextBlockFormat, new: QTextBlockFormat) -> QTextBlockFormat:
    """``new`` (a fresh paragraph format) keeping the markers ``old`` carried.

    Used wherever the body replaces a block's format (paragraph kind, paste), so turning a
    paragraph into a quote does not lose the link after it.
    """
    state = old.property(LINK_STATE) if old.hasProperty(LINK_STATE) else None
    return marker_format(new, _keys(old, MARKER_KEYS), state if isinstance(state, str) else None)
