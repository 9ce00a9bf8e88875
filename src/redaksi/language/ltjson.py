"""Findings in LanguageTool's ``/v2/check`` response shape (used by the server and the CLI).

LanguageTool counts offsets in UTF-16 code units (Java strings); Python counts code points.
Any character outside the Basic Multilingual Plane (emoji) is one code point but two units.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from redaksi import __version__
from redaksi.language.findings import CATEGORY_NAMES, Finding

CONTEXT_CHARS = 40
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+|\n+")
# Characters outside the Basic Multilingual Plane: two UTF-16 units each. Found by the
# regex engine rather than a Python loop, so long stories convert in microseconds.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

# Maps a finding's code-point span in the checked text to (offset, length) in UTF-16 units
# of the text the client sent (they differ when the client sent annotated markup).
SpanLocator = Callable[[int, int], tuple[int, int]]


@dataclass(frozen=True)
class LanguageInfo:
    """The ``language`` block of a response: what was checked, what was detected."""

    name: str = "Indonesian"
    code: str = "id-ID"
    detected_name: str = "Indonesian"
    detected_code: str = "id-ID"
    confidence: float = 1.0

    def as_json(self) -> dict[str, Any]:
        """LanguageTool's ``language`` object."""
        return {
            "name": self.name,
            "code": self.code,
            "detectedLanguage": {
                "name": self.detected_name,
                "code": self.detected_code,
                "confidence": self.confidence,
            },
        }


INDONESIAN = LanguageInfo()


class Utf16Map:
    """Converts code-point offsets of one text to UTF-16 offsets in O(log n)."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, index: int) -> int:
        """UTF-16 offset of code-point ``index``."""
        return index + bisect.bisect_left(self._astral, index)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """UTF-16 offset and length of the code-point span ``start``..``end``."""
        offset = self(start)
        return offset, self(end) - offset


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + len(_ASTRAL.findall(text))


class SentenceIndex:
    """Sentence boundaries of one text, found once, looked up in O(log n) per finding.

    A long story with many findings would otherwise rescan the text for every match.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._gaps = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
        self._gap_ends = [end for _, end in self._gaps]

    def bounds(self, index: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``index`` (a simple, newsroom-safe split)."""
        i = bisect.bisect_right(self._gap_ends, index)
        start = self._gap_ends[i - 1] if i else 0
        for gap_start, _ in self._gaps[i : i + 2]:
            # A gap starting before ``index`` holds it (whitespace between sentences): the
            # sentence then runs on to the next boundary.
            if gap_start >= index:
                return start, gap_start
        return start, self._length


def sentence_bounds(text: str, index: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``index`` (a simple, newsroom-safe split)."""
    return SentenceIndex(text).bounds(index)


def match_json(
    finding: Finding,
    text: str,
    to16: Utf16Map,
    *,
    sentences: SentenceIndex | None = None,
    locate: SpanLocator | None = None,
) -> dict[str, Any]:
    """One LanguageTool ``match`` object for ``finding`` in ``text``.

    ``locate`` places the match in the text the client sent when that differs from
    ``text`` (annotated markup); context and sentence always come from ``text``.
    """
    ctx_start = max(0, finding.start - CONTEXT_CHARS)
    ctx_end = min(len(text), finding.end + CONTEXT_CHARS)
    context = text[ctx_start:ctx_end]
    s_start, s_end = (sentences or SentenceIndex(text)).bounds(finding.start)
    offset, length = (locate or to16.span)(finding.start, finding.end)
    category = finding.category
    return {
        "message": finding.message,
        "shortMessage": finding.short_message,
        "replacements": [{"value": value} for value in finding.replacements],
        "offset": offset,
        "length": length,
        "context": {
            "text": context,
            "offset": utf16_length(text[ctx_start : finding.start]),
            "length": utf16_length(text[finding.start : finding.end]),
        },
        "sentence": text[s_start:s_end],
        "type": {"typeName": "UnknownWord" if finding.is_spelling else "Other"},
        "rule": {
            "id": finding.rule_id,
            "description": finding.description or finding.short_message or finding.message,
            "issueType": finding.issue_type,
            "category": {"id": category.value, "name": CATEGORY_NAMES[category]},
            "sourceFile": finding.rule_set or finding.source,
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check_response(
    findings: Sequence[Finding],
    text: str,
    *,
    locate: SpanLocator | None = None,
    language: LanguageInfo = INDONESIAN,
    incomplete: bool = False,
) -> dict[str, Any]:
    """The whole ``/v2/check`` response body for ``findings`` over ``text``."""
    to16 = Utf16Map(text)
    sentences = SentenceIndex(text)
    return {
        "software": {
            "name": "Redaksi",
            "version": __version__,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": incomplete},
        "language": language.as_json(),
        "matches": [
            match_json(f, text, to16, sentences=sentences, locate=locate) for f in findings
        ],
    }
