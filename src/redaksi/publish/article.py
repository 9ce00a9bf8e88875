"""The article as the template sees it: every string escaped or sanitised already.

Templates get plain values and pre-built safe fragments (``Markup``), so a newsroom's own
template cannot forget to escape a headline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from markupsafe import Markup

from redaksi.publish.dates import format_indonesian
from redaksi.publish.sanitize import paragraph_html, safe_url
from redaksi.publish.site import SiteSettings
from redaksi.story.model import Photo, RelatedLink, Story


@dataclass(frozen=True)
class Source:
    """One file of a photo rendition set, relative to the bundle."""

    src: str
    width: int
    height: int
    mime: str


@dataclass(frozen=True)
class ImageSet:
    """A photo with its renditions, ready for ``picture``/``srcset``."""

    photo: Photo
    sources: tuple[Source, ...]

    def srcset(self, mime: str) -> str:
        """``a.jpg 640w, b.jpg 1024w`` for one format, narrowest first."""
        chosen = sorted((s for s in self.sources if s.mime == mime), key=lambda s: s.width)
        return ", ".join(f"{s.src} {s.width}w" for s in chosen)

    @property
    def fallback(self) -> Source:
        """The JPEG closest to 1024 px wide, for browsers without ``srcset``."""
        jpegs = [s for s in self.sources if s.mime == "image/jpeg"] or list(self.sources)
        return min(jpegs, key=lambda s: abs(s.width - 1024))

    @property
    def largest(self) -> Source:
        """The widest rendition (social cards and JSON-LD use it)."""
        jpegs = [s for s in self.sources if s.mime == "image/jpeg"] or list(self.sources)
        return max(jpegs, key=lambda s: s.width)


@dataclass(frozen=True)
class LinkView:
    """A related link with a resolved, allowed URL."""

    title: str
    url: str
    after_paragraph: int | None


@dataclass(frozen=True)
class BodyBlock:
    """One body block: a paragraph, quote or subheading, then its inline related links."""

    kind: str
    html: Markup
    related: tuple[LinkView, ...] = ()


@dataclass(frozen=True)
class ArticleView:
    """Everything the template renders."""

    story: Story
    site: SiteSettings
    canonical_url: str
    description: str
    published: datetime
    modified: datetime
    published_label: str
    blocks: tuple[BodyBlock, ...]
    images: tuple[ImageSet, ...]
    end_links: tuple[LinkView, ...]
    leading_links: tuple[LinkView, ...] = field(default_factory=tuple)

    @property
    def published_iso(self) -> str:
        """Publication time for ``datetime`` attributes and metadata (whole seconds)."""
        return self.published.isoformat(timespec="seconds")

    @property
    def modified_iso(self) -> str:
        """Last modification time, whole seconds."""
        return self.modified.isoformat(timespec="seconds")

    @property
    def lead_image(self) -> ImageSet | None:
        """The photo marked as lead, else the first one."""
        for image in self.images:
            if image.photo.is_lead:
                return image
        return self.images[0] if self.images else None


LinkResolver = Callable[[RelatedLink], LinkView | None]


def description_from_lead(lead: str, limit: int = 160) -> str:
    """A meta description: the lead cut at a word boundary with an ellipsis."""
    text = " ".join(lead.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def external_link(link: RelatedLink) -> LinkView | None:
    """Resolve a link that carries its own URL; disallowed schemes are dropped."""
    url = safe_url(link.url, {"http", "https"})
    if not url:
        return None
    return LinkView(link.title or url, url, link.after_paragraph)


def build_article(
    story: Story,
    site: SiteSettings,
    images: Sequence[ImageSet] = (),
    resolve_link: LinkResolver = external_link,
    now: datetime | None = None,
) -> ArticleView:
    """The view model of ``story``; links that do not resolve to a safe URL are left out."""
    now = now or datetime.now(UTC)
    published = story.published_at or story.updated_at or now
    modified = story.updated_at or published
    inline: dict[int, list[LinkView]] = {}
    leading: list[LinkView] = []
    end_links: list[LinkView] = []
    count = len(story.paragraphs)
    for link in story.related:
        view = resolve_link(link)
        if view is None:
            continue
        if link.placement == "inline" and link.after_paragraph is not None:
            if link.after_paragraph < 0:
                leading.append(view)
            else:
                inline.setdefault(min(link.after_paragraph, count - 1), []).append(view)
        else:
            end_links.append(view)
    blocks = tuple(
        BodyBlock(p.kind, Markup(paragraph_html(p)), tuple(inline.get(i, ())))
        for i, p in enumerate(story.paragraphs)
    )
    if count == 0:
        end_links = [*leading, *(v for views in inline.values() for v in views), *end_links]
        leading = []
    return ArticleView(
        story=story,
        site=site,
        canonical_url=site.canonical_url(story.slug),
        description=description_from_lead(story.lead or story.body_text),
        published=published,
        modified=modified,
        published_label=format_indonesian(published, site.time_zone),
        blocks=blocks,
        images=tuple(images),
        end_links=tuple(end_links),
        leading_links=tuple(leading),
    )
