"""Check a draft file as the desk reads it: through the importer, offsets in the file's text.

The importer decides what is story (headline, lead, body, captions) and what is page debris
(comment forms, share buttons): only story parts are checked, each with its scope, and every
finding's offsets are mapped back to the file's own decoded text, so a script can locate it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from redaksi.language.checker import Checker
from redaksi.language.findings import Finding
from redaksi.language.textcheck import Segment, check_segments
from redaksi.story.importing import import_file
from redaksi.story.importing.encoding import decode_text
from redaksi.story.importing.report import (
    CAPTION,
    HEADLINE,
    LEAD,
    PARAGRAPH,
    PLACE,
    RELATED_TITLE,
    SUBHEADLINE,
)

# Importer roles that are checked, and the scope rules see them under.
CHECKED_ROLES = {
    HEADLINE: "headline",
    SUBHEADLINE: "subheadline",
    PLACE: "dateline",
    LEAD: "lead",
    PARAGRAPH: "body",
    CAPTION: "caption",
    RELATED_TITLE: "body",
}
PLAIN_FORMATS = {"text", "markdown"}


@dataclass(frozen=True)
class DraftCheck:
    """Findings of one file, positioned in ``text`` (the file's own text)."""

    text: str
    findings: list[Finding]
    dropped: int


def _original_offsets(original: str) -> list[int]:
    """For each index of the newline-normalised text, the index in ``original``."""
    table: list[int] = []
    i = 0
    while i < len(original):
        if original[i] == "\r" and i + 1 < len(original) and original[i + 1] == "\n":
            i += 1  # CRLF became one "\n": it maps to the "\n"
        table.append(i)
        i += 1
    table.append(len(original))
    return table


def check_draft(checker: Checker, path: Path) -> DraftCheck:
    """Import ``path`` and check its story parts; raises ``DraftImportError`` on bad input."""
    result = import_file(path)
    source = result.source.text
    segments = [
        Segment(seg.start, source[seg.start : seg.end], CHECKED_ROLES[seg.role])
        for seg in result.report.segments
        if seg.role in CHECKED_ROLES and seg.end > seg.start
    ]
    findings = check_segments(checker, segments)
    text = source
    if result.report.source_format in PLAIN_FORMATS:
        original, _ = decode_text(path.read_bytes())
        if original != source:
            table = _original_offsets(original)
            findings = [
                replace(f, start=table[f.start], end=table[f.end - 1] + 1) for f in findings
            ]
            text = original
    return DraftCheck(text, findings, len(result.report.dropped))
