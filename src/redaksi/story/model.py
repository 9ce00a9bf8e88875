"""The story as the newsroom thinks of it, independent of storage and widgets.

Body text is kept as plain paragraphs with formatting as character ranges (``Mark``), so
checks work on exact plain text offsets while bold, italic and links survive round trips.
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from redaksi.story.status import Status

MarkKind = Literal["bold", "italic", "link"]
ParagraphKind = Literal["p", "quote", "subhead"]
Placement = Literal["inline", "end"]


@dataclass
class Mark:
    """Inline formatting over ``text[start:end]`` of one paragraph."""

    start: int
    end: int
    kind: MarkKind
    href: str | None = None


@dataclass
class Paragraph:
    """One body paragraph: plain text plus formatting ranges."""

    text: str
    kind: ParagraphKind = "p"
    marks: list[Mark] = field(default_factory=list)


@dataclass
class Dateline:
    """Place and outlet that open the lead, e.g. ``JAKARTA, KOMPAS.com -``."""

    place: str = ""
    outlet: str = ""

    def __bool__(self) -> bool:
        return bool(self.place or self.outlet)


@dataclass
class Photo:
    """A photo attached to the story; the image bytes live in the store by ``sha256``."""

    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    photographer: str = ""
    taken_at: datetime | None = None
    place: str = ""
    is_lead: bool = False
    sha256: str | None = None
    filename: str = ""
    mime: str = ""
    width: int = 0
    height: int = 0
    metadata: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass
class RelatedLink:
    """A "Baca juga" link to a library story or an external URL."""

    title: str
    url: str = ""
    story_id: int | None = None
    placement: Placement = "end"
    after_paragraph: int | None = None
    id: int | None = None


@dataclass
class Story:
    """A news story with everything the desk edits, checks and publishes."""

    headline: str = ""
    subheadline: str = ""
    dateline: Dateline = field(default_factory=Dateline)
    lead: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    byline: str = ""
    category: str = ""
    tags: list[str] = field(default_factory=list)
    status: Status = Status.DRAF
    end_mark: str = ""
    credits: dict[str, str] = field(default_factory=dict)
    photos: list[Photo] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    ignored_words: list[str] = field(default_factory=list)
    slug: str = ""
    author_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    published_at: datetime | None = None
    version: int = 0
    id: int | None = None
    uuid: str = field(default_factory=lambda: uuid_module.uuid4().hex)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def body_text(self) -> str:
        """The body as plain text, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def word_count(self) -> int:
        """Words in headline, lead and body: what an editor counts for length."""
        parts = [self.headline, self.lead, *(p.text for p in self.paragraphs)]
        return sum(len(part.split()) for part in parts)
