"""Word-level differences between two versions of a text, as tracked-change segments.

``difflib`` aligns the token lists (:mod:`redaksi.review.tokens`); a replaced run becomes
a deletion followed by an insertion, the way a copy editor's tracked changes read.  The
segments rebuild both texts exactly: ``old`` from equal and deleted parts, ``new`` from
equal and inserted parts.
"""

from __future__ import annotations

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


def word_diff(old: str, new: str) -> list[Segment]:
    """Tracked changes turning ``old`` into ``new``, adjacent runs of a kind merged."""
    a, b = tokenize(old), tokenize(new)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(segments, Change.EQUAL, "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _append(segments, Change.DELETE, "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            _append(segments, Change.INSERT, "".join(b[j1:j2]))
    return _absorb_lone_spaces(segments)


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
