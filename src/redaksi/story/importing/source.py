"""The text a reader extracted from a draft: the input the recogniser accounts for."""

from __future__ import annotations

from dataclasses import dataclass, field

from redaksi.story.model import MarkKind


@dataclass(frozen=True)
class SourceMark:
    """Formatting found by a reader over ``text[start:end]`` of the whole source."""

    start: int
    end: int
    kind: MarkKind
    href: str | None = None


@dataclass
class SourceText:
    r"""Plain text of a draft with paragraphs separated by blank lines.

    Readers turn every format into this one shape: paragraphs end with ``"\\n\\n"``,
    line breaks inside a paragraph are ``"\\n"``.  Every character of ``text`` must end up
    in the story or in the import report's dropped list.
    """

    text: str
    format: str = "text"
    encoding: str = ""
    marks: list[SourceMark] = field(default_factory=list)
