"""Turn the "Baca juga:" lines an importer finds in a text into related links.

Newsroom copy marks related stories with lines such as ``Baca juga: Judul`` or
``Lihat Juga : Judul - https://…``.  The importer recognises the line; this module makes
the link: an external link when the line carries an http(s) address, otherwise a library
link when a live story has exactly that headline, otherwise ``None`` (the line stays text).
"""

from __future__ import annotations

import re

from redaksi.links.search import StorySearch
from redaksi.links.stemming import fold
from redaksi.story.model import Placement, RelatedLink

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
    wanted = fold(" ".join(title.split()))
    for hit in search.search(title, limit=10):
        if fold(" ".join(hit.headline.split())) == wanted:
            return RelatedLink(
                title=hit.headline,
                story_id=hit.story_id,
                placement=placement,
                after_paragraph=after,
            )
    return None
