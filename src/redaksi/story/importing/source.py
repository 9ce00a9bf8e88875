"""The text a reader extracted from a draft: the input the recogniser accounts for."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from redaksi.story.model import MarkKind

# What a word processor or web page said a paragraph is (heading style, <figcaption>, ...).
HintKind = Literal["headline", "subhead", "caption", "quote"]


@dataclass(frozen=True)
class SourceMark:
    """Formatting found by a reader over ``text[start:end]`` of the whole source."""

    start: int
    end: int
    kind: MarkKind
    href: str | None = None


@dataclass(frozen=True)
class SourceHint:
    """``text[start:end]`` is one paragraph the document itself labelled as ``kind``."""

    start: int
    end: int
    kind: HintKind


@dataclass
class SourceText:
    r"""Plain text of a draft with paragraphs separated by blank lines.

    Readers turn every format into this one shape: paragraphs end with ``"\n\n"``,
    line breaks inside a paragraph are ``"\n"``.  Every character of ``text`` must end up
    in the story or in the import report's dropped list.  ``marks`` keep inline formatting,
    ``hints`` the paragraph roles a structured format declared (never required).
    """

    text: str
    format: str = "text"
    encoding: str = ""
    marks: list[SourceMark] = field(default_factory=list)
    hints: list[SourceHint] = field(default_factory=list)


@dataclass
class ReadParagraph:
    """One paragraph as a reader found it; marks are relative to ``text``."""

    text: str
    marks: list[SourceMark] = field(default_factory=list)
    hint: HintKind | None = None


def assemble(paragraphs: Iterable[ReadParagraph], format_name: str, encoding: str) -> SourceText:
    """Join non-blank paragraphs with blank lines, moving marks and hints to source offsets."""
    parts: list[str] = []
    marks: list[SourceMark] = []
    hints: list[SourceHint] = []
    offset = 0
    for paragraph in paragraphs:
        if not paragraph.text.strip():
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        marks.extend(
            SourceMark(m.start + offset, m.end + offset, m.kind, m.href) for m in paragraph.marks
        )
        if paragraph.hint:
            hints.append(SourceHint(offset, offset + len(paragraph.text), paragraph.hint))
        parts.append(paragraph.text)
        offset += len(paragraph.text)
    return SourceText("".join(parts), format_name, encoding, marks, hints)
