"""Findings in LanguageTool's ``/v2/check`` response shape (used by the server and the CLI).

LanguageTool counts offsets in UTF-16 code units (Java strings); Python counts code points.
Any character outside the Basic Multilingual Plane (emoji) is one code point but two units.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from redaksi import __version__
from redaksi.language.findings import CATEGORY_NAMES, Finding

CONTEXT_CHARS = 40
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+|\n+")


class Utf16Map:
    """Converts code-point offsets of one text to UTF-16 offsets in O(log n)."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, index: int) -> int:
        """UTF-16 offset of code-point ``index``."""
        return index + bisect.bisect_left(self._astral, index)


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def sentence_bounds(text: str, index: int) -> tuple[int, int]:
    """Start and end of the sentence holding ``index`` (a simple, newsroom-safe split)."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= index:
            start = match.end()
        elif match.start() >= index:
            return start, match.start()
    return start, len(text)


def match_json(finding: Finding, text: str, to16: Utf16Map) -> dict[str, Any]:
    """One LanguageTool ``match`` object for ``finding`` in ``text``."""
    ctx_start = max(0, finding.start - CONTEXT_CHARS)
    ctx_end = min(len(text), finding.end + CONTEXT_CHARS)
    context = text[ctx_start:ctx_end]
    s_start, s_end = sentence_bounds(text, finding.start)
    category = finding.category
    return {
        "message": finding.message,
        "shortMessage": finding.short_message,
        "replacements": [{"value": value} for value in finding.replacements],
        "offset": to16(finding.start),
        "length": to16(finding.end) - to16(finding.start),
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


def check_response(findings: Sequence[Finding], text: str) -> dict[str, Any]:
    """The whole ``/v2/check`` response body for ``findings`` over ``text``."""
    to16 = Utf16Map(text)
    return {
        "software": {
            "name": "Redaksi",
            "version": __version__,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "Indonesian",
            "code": "id-ID",
            "detectedLanguage": {"name": "Indonesian", "code": "id-ID", "confidence": 1.0},
        },
        "matches": [match_json(f, text, to16) for f in findings],
    }
