"""Operations on a story's "Baca juga" links: add, remove, reorder and place them.

``Story.related`` is the one ordered list; a link is placed either inline (shown as
"Baca juga:" after paragraph ``after_paragraph``) or in the list at the end.  Library
links carry the target's ``story_id`` and its headline as title (the exporter builds the
address from the target's slug); external links carry an http(s) ``url`` and a typed
title.  Invalid input raises :class:`LinkError` with an Indonesian message and leaves the
story unchanged.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from redaksi.links.targets import LinkTargets
from redaksi.story.model import Placement, RelatedLink, Story


class LinkError(ValueError):
    """A link cannot be made as asked; the message is for the desk."""


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an external link (Indonesian), or ``None`` if it can."""
    text = url.strip()
    if not text:
        return "Alamat tautan kosong."
    if any(ch.isspace() for ch in text):
        return "Alamat tautan tidak boleh berisi spasi."
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return "Alamat tautan tidak sah."
    if parts.scheme.lower() not in ("http", "https"):
        return "Alamat tautan harus diawali http:// atau https://."
    host = parts.hostname or ""
    if not host or ("." not in host.strip(".") and host != "localhost"):
        return "Alamat tautan tidak memiliki nama situs yang sah."
    if port == 0:
        return "Nomor port pada alamat tautan tidak sah."
    return None


def external_link(
    url: str, title: str, placement: Placement = "end", after_paragraph: int | None = None
) -> RelatedLink:
    """A link to another site; the title is typed by the desk."""
    problem = url_problem(url)
    if problem:
        raise LinkError(problem)
    if not title.strip():
        raise LinkError("Judul tautan wajib diisi.")
    return RelatedLink(
        title=title.strip(),
        url=url.strip(),
        placement=placement,
        after_paragraph=after_paragraph if placement == "inline" else None,
    )


def library_link(
    targets: LinkTargets,
    story_id: int,
    placement: Placement = "end",
    after_paragraph: int | None = None,
) -> RelatedLink:
    """A link to a library story, titled with its current headline."""
    target = targets.target(story_id)
    if target is None or target.trashed:
        raise LinkError("Berita tujuan tidak ditemukan di pustaka.")
    return RelatedLink(
        title=target.headline,
        story_id=story_id,
        placement=placement,
        after_paragraph=after_paragraph if placement == "inline" else None,
    )


# ``after_paragraph`` -1 places an inline link right after the lead.
AFTER_LEAD = -1


def _same_target(a: RelatedLink, b: RelatedLink) -> bool:
    if a.story_id is not None or b.story_id is not None:
        return a.story_id == b.story_id
    return a.url.strip().rstrip("/") == b.url.strip().rstrip("/")


def _check_placement(story: Story, placement: Placement, after_paragraph: int | None) -> None:
    if placement not in ("inline", "end"):
        raise LinkError("Letak tautan harus di dalam teks atau di akhir berita.")
    if placement == "inline" and (
        after_paragraph is None or not AFTER_LEAD <= after_paragraph < len(story.paragraphs)
    ):
        raise LinkError("Paragraf untuk tautan sisipan tidak ada.")


def find_link(story: Story, link: RelatedLink) -> int | None:
    """Index of the story's link to the same target as ``link`` (library story or URL)."""
    return next((i for i, other in enumerate(story.related) if _same_target(link, other)), None)


def add_link(story: Story, link: RelatedLink, position: int | None = None) -> int:
    """Insert ``link`` at ``position`` (default: the end); returns where it went."""
    if link.story_id is not None and link.story_id == story.id:
        raise LinkError("Berita tidak bisa menautkan dirinya sendiri.")
    if find_link(story, link) is not None:
        raise LinkError("Tautan ke berita ini sudah ada.")
    _check_placement(story, link.placement, link.after_paragraph)
    index = len(story.related) if position is None else max(0, min(position, len(story.related)))
    story.related.insert(index, link)
    return index


def _checked_index(story: Story, index: int) -> int:
    if not 0 <= index < len(story.related):
        raise LinkError("Tautan yang dipilih tidak ada.")
    return index


def remove_link(story: Story, index: int) -> RelatedLink:
    """Take the link at ``index`` out of the story and return it."""
    return story.related.pop(_checked_index(story, index))


def move_link(story: Story, index: int, new_index: int) -> None:
    """Move a link to ``new_index`` in the order (clamped to the list)."""
    link = story.related.pop(_checked_index(story, index))
    story.related.insert(max(0, min(new_index, len(story.related))), link)


def place_link(
    story: Story, index: int, placement: Placement, after_paragraph: int | None = None
) -> None:
    """Show the link inline after ``after_paragraph`` or in the list at the end."""
    link = story.related[_checked_index(story, index)]
    _check_placement(story, placement, after_paragraph)
    link.placement = placement
    link.after_paragraph = after_paragraph if placement == "inline" else None


def inline_links(story: Story) -> dict[int, list[RelatedLink]]:
    """Inline links grouped by the paragraph they follow, in link order."""
    grouped: dict[int, list[RelatedLink]] = {}
    for link in story.related:
        if link.placement == "inline" and link.after_paragraph is not None:
            grouped.setdefault(link.after_paragraph, []).append(link)
    return grouped


def end_links(story: Story) -> list[RelatedLink]:
    """Links for the list at the end (and inline ones whose paragraph is gone)."""
    count = len(story.paragraphs)
    return [
        link
        for link in story.related
        if link.placement != "inline"
        or link.after_paragraph is None
        or not 0 <= link.after_paragraph < count
    ]
