"""Turn the "Baca juga:" lines an importer finds in a text into related links.

Newsroom copy marks related stories with lines such as ``Baca juga: Judul`` or
``Lihat Juga : Judul - https://…``.  The importer recognises the line; this module makes
the link: an external link when the line carries an http(s) address, otherwise a library
link when a live story has exactly that headline (case, accents and spacing aside),
otherwise ``None`` (the line stays text).

The draft importer (:mod:`redaksi.story.importing`) knows no library: it turns a title-only
line into a link with a title and no target.  Where an import meets a store (the
workstation, ``redaksi import``), :func:`resolve_related` gives such links their library
story; the ones left without a target are reported by the link checks.
"""

from __future__ import annotations

import re

from redaksi.links.search import SearchHit, StorySearch
from redaksi.links.stemming import fold
from redaksi.story.model import Placement, RelatedLink, Story
from redaksi.story.status import Status

RELATED_LINE = re.compile(r"^\s*(?:baca|lihat)\s+juga\s*:\s*(?P<rest>.+?)\s*$", re.IGNORECASE)
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_SEPARATORS = " \t-–—|:"


def related_line_text(line: str) -> str | None:
    """What follows ``Baca juga:`` / ``Lihat Juga :``, or ``None`` for any other line."""
    match = RELATED_LINE.match(line)
    return match.group("rest") if match else None


def link_from_line(
    line: str,
    search: StorySearch | None = None,
    placement: Placement = "end",
    after_paragraph: int | None = None,
) -> RelatedLink | None:
    """The link a related line stands for, or ``None`` when it cannot be resolved."""
    rest = related_line_text(line)
    if rest is None:
        return None
    url_match = _URL.search(rest)
    after = after_paragraph if placement == "inline" else None
    if url_match:
        url = url_match.group(0).rstrip(".,;)")
        title = (rest[: url_match.start()] + rest[url_match.end() :]).strip(_SEPARATORS)
        return RelatedLink(title=title or url, url=url, placement=placement, after_paragraph=after)
    title = rest.strip(_SEPARATORS)
    if search is None or not title:
        return None
    hit = library_match(title, search)
    if hit is None:
        return None
    return RelatedLink(
        title=hit.headline, story_id=hit.story_id, placement=placement, after_paragraph=after
    )


def library_match(title: str, search: StorySearch) -> SearchHit | None:
    """The live library story whose headline is ``title`` (folded), if there is one.

    When several stories carry that headline (a draft beside the published one), the
    published one wins: readers can follow only that link.
    """
    wanted = fold(" ".join(title.split()))
    if not wanted:
        return None
    matches = [
        hit
        for hit in search.search(title, limit=10)
        if fold(" ".join(hit.headline.split())) == wanted
    ]
    published = [hit for hit in matches if hit.status is Status.TERBIT]
    return (published or matches or [None])[0]


def resolve_related(story: Story, search: StorySearch) -> int:
    """Point the imported story's title-only links at library stories; returns how many.

    A link with neither URL nor story whose title is a live story's headline becomes a
    link to that story, titled with the headline as the library spells it.
    """
    resolved = 0
    for link in story.related:
        if link.story_id is not None or link.url.strip() or not link.title.strip():
            continue
        hit = library_match(link.title, search)
        if hit is not None and hit.story_id != story.id:
            link.story_id = hit.story_id
            link.title = hit.headline
            resolved += 1
    return resolved
