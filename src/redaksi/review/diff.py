"""Word-level differences between two versions of a text, as tracked-change segments.

``difflib`` aligns the token lists (:mod:`redaksi.review.tokens`); a replaced run becomes
a deletion followed by an insertion, the way a copy editor's tracked changes read.  The
segments rebuild both texts exactly: ``old`` from equal and deleted parts, ``new`` from
equal and inserted parts.

``SequenceMatcher`` is quadratic on texts full of repeated tokens (every space is one), so
the texts are first aligned by paragraphs, then changed paragraphs by sentences, and only
changed sentences by words: a 2,000-word story compares in milliseconds, not seconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from redaksi.review.tokens import tokenize


class Change(StrEnum):
    """What happened to a run of text."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class Segment:
    """A run of text that was kept, inserted or deleted."""

    change: Change
    text: str


PARAGRAPHS = re.compile(r".*?(?:\n\s*\n|\Z)", re.DOTALL)
SENTENCES = re.compile(r".*?(?:[.!?…]+[\"”’)]*\s+|\n|\Z)", re.DOTALL)


def _pieces(pattern: re.Pattern[str]) -> Callable[[str], list[str]]:
    def split(text: str) -> list[str]:
        return [p for p in pattern.findall(text) if p]

    return split


#: Coarse to fine: paragraphs (with their blank line), sentences, then word tokens.
LEVELS: tuple[Callable[[str], list[str]], ...] = (
    _pieces(PARAGRAPHS),
    _pieces(SENTENCES),
    tokenize,
)


def word_diff(old: str, new: str) -> list[Segment]:
    """Tracked changes turning ``old`` into ``new``, adjacent runs of a kind merged."""
    segments: list[Segment] = []
    _diff(old, new, 0, segments)
    return _absorb_lone_spaces(segments)


def _diff(old: str, new: str, level: int, segments: list[Segment]) -> None:
    a, b = LEVELS[level](old), LEVELS[level](new)
    finest = level == len(LEVELS) - 1
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(segments, Change.EQUAL, "".join(a[i1:i2]))
        elif tag == "replace" and not finest:
            if i2 - i1 == j2 - j1:  # the same number of pieces: compare them pairwise
                for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                    _diff(x, y, level + 1, segments)
            else:
                _diff("".join(a[i1:i2]), "".join(b[j1:j2]), level + 1, segments)
        else:
            _append(segments, Change.DELETE, "".join(a[i1:i2]))
            _append(segments, Change.INSERT, "".join(b[j1:j2]))


def _append(segments: list[Segment], change: Change, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].change is change:
        segments[-1] = Segment(change, segments[-1].text + text)
    else:
        segments.append(Segment(change, text))


def _absorb_lone_spaces(segments: list[Segment]) -> list[Segment]:
    """Fold a lone kept space between two changes into them, so edits read as phrases.

    ``del(a) eq(" ") del(b)`` becomes ``del("a b")`` and ``ins`` likewise on both sides,
    which keeps both texts exact while showing one struck phrase instead of confetti.
    """
    out: list[Segment] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        if (
            seg.change is Change.EQUAL
            and seg.text.isspace()
            and len(seg.text) == 1
            and out
            and out[-1].change is not Change.EQUAL
            and i + 1 < len(segments)
            and segments[i + 1].change is not Change.EQUAL
        ):
            before = _collect(out)
            after, i = _take_changes(segments, i + 1)
            dels = before[Change.DELETE] + seg.text + after[Change.DELETE]
            ins = before[Change.INSERT] + seg.text + after[Change.INSERT]
            _drop_changes(out)
            out.append(Segment(Change.DELETE, dels))
            out.append(Segment(Change.INSERT, ins))
            continue
        out.append(seg)
        i += 1
    return out


def _collect(out: list[Segment]) -> dict[Change, str]:
    found = {Change.DELETE: "", Change.INSERT: ""}
    j = len(out)
    while j > 0 and out[j - 1].change is not Change.EQUAL:
        j -= 1
    for seg in out[j:]:
        found[seg.change] += seg.text
    return found


def _drop_changes(out: list[Segment]) -> None:
    while out and out[-1].change is not Change.EQUAL:
        out.pop()


def _take_changes(segments: list[Segment], start: int) -> tuple[dict[Change, str], int]:
    found = {Change.DELETE: "", Change.INSERT: ""}
    i = start
    while i < len(segments) and segments[i].change is not Change.EQUAL:
        found[segments[i].change] += segments[i].text
        i += 1
    return found, i


def old_text(segments: list[Segment]) -> str:
    """The text before the changes."""
    return "".join(s.text for s in segments if s.change is not Change.INSERT)


def new_text(segments: list[Segment]) -> str:
    """The text after the changes."""
    return "".join(s.text for s in segments if s.change is not Change.DELETE)
