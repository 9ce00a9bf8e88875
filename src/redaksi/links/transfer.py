"""The payload of a related link being dragged (panel to editor, panel to link list).

Plain JSON so the editor can accept a drop without knowing the panel: decode the payload,
then :func:`redaksi.links.related.add_link` it inline after the paragraph it fell on.
"""

from __future__ import annotations

import json

from redaksi.story.model import RelatedLink

RELATED_LINK_MIME = "application/x-redaksi-related-link"


def encode_links(links: list[RelatedLink]) -> bytes:
    """The drag payload for ``links`` (library story id or URL, and title)."""
    return json.dumps(
        [{"story_id": link.story_id, "url": link.url, "title": link.title} for link in links],
        ensure_ascii=False,
    ).encode("utf-8")


def decode_links(payload: bytes) -> list[RelatedLink]:
    """Links from a drag payload; malformed payloads give no links rather than an error."""
    try:
        items = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    links = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("title"), str):
            continue
        story_id = item.get("story_id")
        url = item.get("url") or ""
        if isinstance(story_id, int) or (isinstance(url, str) and url):
            links.append(
                RelatedLink(
                    title=item["title"],
                    url=url if isinstance(url, str) else "",
                    story_id=story_id if isinstance(story_id, int) else None,
                )
            )
    return links
