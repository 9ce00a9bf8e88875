"""Bookkeeping of which source characters went where while a story is recognised."""

from __future__ import annotations

from redaksi.story.importing.report import DROPPED, MARKER, SPACE, Dropped, Segment

_FREE = 0
_TAKEN = 1
UNRECOGNISED = "tidak dikenali"


class Ledger:
    """Assigns ranges of ``source`` to roles; each character can be assigned once."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.segments: list[Segment] = []
        self.dropped: list[Dropped] = []
        self._owner = bytearray(len(source))

    def take(self, start: int, end: int, role: str, index: int = 0) -> str:
        """Assign ``source[start:end]`` to ``role`` and return that text."""
        if end <= start:
            return ""
        if any(self._owner[start:end]):
            raise ValueError(f"range {start}:{end} assigned twice")
        self._owner[start:end] = b"\x01" * (end - start)
        self.segments.append(Segment(start, end, role, index))
        return self.source[start:end]

    def drop(self, start: int, end: int, reason: str) -> None:
        """Leave ``source[start:end]`` out of the story, listed with ``reason``."""
        if end > start:
            self.take(start, end, DROPPED, len(self.dropped))
            self.dropped.append(Dropped(self.source[start:end], reason, start))

    def fill(self, start: int, end: int) -> None:
        """Whatever in ``[start, end)`` is unassigned becomes markers and spaces."""
        self._fill(start, end, MARKER)

    def _fill(self, start: int, end: int, word_role: str) -> None:
        position = start
        while position < end:
            # bytearray.find keeps this linear in C: long documents have few free gaps.
            position = self._owner.find(_FREE, position, end)
            if position == -1:
                return
            run_end = self._owner.find(_TAKEN, position, end)
            if run_end == -1:
                run_end = end
            # Whitespace at the edges is spacing; the words in between stay one piece.
            left, right = position, run_end
            while left < right and self.source[left].isspace():
                left += 1
            while right > left and self.source[right - 1].isspace():
                right -= 1
            if left > position:
                self.take(position, left, SPACE)
            if right > left:
                if word_role == DROPPED:
                    self.drop(left, right, UNRECOGNISED)
                else:
                    self.take(left, right, word_role)
            if run_end > right:
                self.take(right, run_end, SPACE)
            position = run_end

    def finish(self) -> tuple[list[Segment], list[Dropped]]:
        """Close the books: leftover whitespace is spacing, leftover text is dropped visibly."""
        self._fill(0, len(self.source), DROPPED)
        self.segments.sort(key=lambda s: s.start)
        self.dropped.sort(key=lambda d: d.start)
        return self.segments, self.dropped
