"""Check a whole text paragraph by paragraph, with offsets into that text.

Paragraphs (runs of text between line breaks) are checked separately, which matches how
the editor re-checks only the paragraphs that changed, and each paragraph's findings are
shifted back to offsets in the full text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaksi.language.checker import Checker, sort_findings
from redaksi.language.findings import Finding

_LINE = re.compile(r"[^\r\n]+")


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, paragraph)`` for each non-empty line of ``text``."""
    for match in _LINE.finditer(text):
        if match.group().strip():
            yield match.start(), match.group()


def check_text(checker: Checker, text: str, scope: str = "text") -> list[Finding]:
    """All findings in ``text``, offsets relative to ``text``."""
    found: list[Finding] = []
    for offset, paragraph in paragraphs(text):
        found.extend(f.shifted(offset) for f in checker.check(paragraph, scope))
    return sort_findings(found)
