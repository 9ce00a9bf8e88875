"""Check a file's text piece by piece, with every offset pointing into that text.

A file is checked as *segments*: ``(offset, text, scope)`` pieces of its own text.  For a
plain text file each non-empty line is a segment (a paragraph, which is also how the
editor re-checks only the paragraphs that changed).  An importer that recognises a
headline, a dateline and body paragraphs — and drops boilerplate — hands over its own
segments, and the findings still map back to offsets in the original file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from redaksi.language.checker import Checker, sort_findings
from redaksi.language.findings import Finding

_LINE = re.compile(r"[^\r\n]+")


class Segment(NamedTuple):
    """A checkable piece of a larger text: where it starts, its text, its scope."""

    offset: int
    text: str
    scope: str = "text"


def paragraphs(text: str) -> Iterator[Segment]:
    """One segment for each non-empty line of ``text``."""
    for match in _LINE.finditer(text):
        if match.group().strip():
            yield Segment(match.start(), match.group())


def check_segments(checker: Checker, segments: Iterable[Segment]) -> list[Finding]:
    """Findings of every segment, shifted to offsets in the text the segments come from."""
    found: list[Finding] = []
    for segment in segments:
        found.extend(f.shifted(segment.offset) for f in checker.check(segment.text, segment.scope))
    return sort_findings(found)


def check_text(checker: Checker, text: str) -> list[Finding]:
    """All findings in a plain text, line by line, offsets relative to ``text``."""
    return check_segments(checker, paragraphs(text))
