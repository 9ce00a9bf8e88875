"""Map between Python code-point offsets and Qt's UTF-16 code-unit offsets.

Qt counts UTF-16 code units; findings and marks count code points.  Outside the Basic
Multilingual Plane (emoji, some CJK names) the two differ, so every offset that crosses the
boundary between the core and a ``QTextDocument`` goes through this map.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Utf16Map:
    """Offsets of one text in both units; cheap when the text has no astral characters."""

    __slots__ = ("_astral", "_starts")

    def __init__(self, text: str) -> None:
        # Code-point indices of characters that take two UTF-16 units, and their UTF-16 starts.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._starts = [index + k for k, index in enumerate(self._astral)]

    def to_utf16(self, index: int) -> int:
        """UTF-16 offset of code-point ``index``."""
        if not self._astral:
            return index
        return index + bisect_left(self._astral, index)

    def to_code_point(self, offset: int) -> int:
        """Code-point index of UTF-16 ``offset`` (an offset inside a pair rounds down)."""
        if not self._astral:
            return offset
        before = bisect_right(self._starts, offset - 2)
        index = offset - before
        if before < len(self._starts) and self._starts[before] == offset - 1:
            index -= 1
        return index


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
