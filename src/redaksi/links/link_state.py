"""The related links of an open story as the body document keeps them (for undo and redo).

While a story is open, its ordered link list is stored as one JSON text in the body
document, each link under the key that marks its paragraph (see
:mod:`redaksi.links.anchoring`).  Qt's undo history then restores the list together with
the text, so undoing a drop takes the link away and undoing the deletion of a paragraph
brings its link back.  Store ids are not kept here: they change on save, which must not
be an edit.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from redaksi.story.model import RelatedLink


@dataclass(frozen=True)
class KeyedLink:
    """A link and the key that marks where it sits in the body."""

    key: int
    link: RelatedLink


def encode_state(items: Sequence[KeyedLink]) -> str:
    """The JSON text for ``items``; ``after_paragraph`` only matters for unplaced links."""
    return json.dumps(
        [
            {
                "key": item.key,
                "title": item.link.title,
                "url": item.link.url,
                "story_id": item.link.story_id,
                "placement": item.link.placement,
                "after_paragraph": item.link.after_paragraph,
            }
            for item in items
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode_state(text: str) -> list[KeyedLink] | None:
    """The items of ``text``, or ``None`` when it is not a state this module wrote."""
    try:
        raw = json.loads(text)
    except ValueError:
        return None
    if not isinstance(raw, list):
        return None
    items = []
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), int):
            return None
        story_id = entry.get("story_id")
        after = entry.get("after_paragraph")
        placement = "inline" if entry.get("placement") == "inline" else "end"
        items.append(
            KeyedLink(
                entry["key"],
                RelatedLink(
                    title=str(entry.get("title") or ""),
                    url=str(entry.get("url") or ""),
                    story_id=story_id if isinstance(story_id, int) else None,
                    placement=placement,
                    after_paragraph=after if isinstance(after, int) else None,
                ),
            )
        )
    return items
