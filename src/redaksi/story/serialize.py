"""Plain-dict form of a story: revisions, recovery journals, ``story.json`` and the CLI use it."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from redaksi.story.model import Dateline, Mark, Paragraph, Photo, RelatedLink, Story
from redaksi.story.status import Status

FORMAT_VERSION = 1


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def story_to_dict(story: Story) -> dict[str, Any]:
    """A JSON-safe dict holding every field of ``story``."""
    data = asdict(story)
    data["status"] = story.status.value
    for key in ("created_at", "updated_at", "published_at"):
        data[key] = _iso(getattr(story, key))
    for photo, raw in zip(story.photos, data["photos"], strict=True):
        raw["taken_at"] = _iso(photo.taken_at)
    data["format"] = FORMAT_VERSION
    return data


def story_from_dict(data: dict[str, Any]) -> Story:
    """Inverse of :func:`story_to_dict`; tolerant of missing optional keys."""
    paragraphs = [
        Paragraph(
            text=p["text"],
            kind=p.get("kind", "p"),
            marks=[Mark(**m) for m in p.get("marks", [])],
        )
        for p in data.get("paragraphs", [])
    ]
    photos = []
    for raw in data.get("photos", []):
        raw = dict(raw)
        raw["taken_at"] = _parse_dt(raw.get("taken_at"))
        photos.append(Photo(**raw))
    related = [RelatedLink(**r) for r in data.get("related", [])]
    story = Story(
        headline=data.get("headline", ""),
        subheadline=data.get("subheadline", ""),
        dateline=Dateline(**data.get("dateline", {})),
        lead=data.get("lead", ""),
        paragraphs=paragraphs,
        byline=data.get("byline", ""),
        category=data.get("category", ""),
        tags=list(data.get("tags", [])),
        status=Status(data.get("status", Status.DRAF.value)),
        end_mark=data.get("end_mark", ""),
        credits=dict(data.get("credits", {})),
        photos=photos,
        related=related,
        ignored_words=list(data.get("ignored_words", [])),
        slug=data.get("slug", ""),
        author_id=data.get("author_id"),
        created_at=_parse_dt(data.get("created_at")),
        updated_at=_parse_dt(data.get("updated_at")),
        published_at=_parse_dt(data.get("published_at")),
        version=data.get("version", 0),
        id=data.get("id"),
        extra=dict(data.get("extra", {})),
    )
    if data.get("uuid"):
        story.uuid = data["uuid"]
    return story
