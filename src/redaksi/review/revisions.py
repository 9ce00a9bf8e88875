"""Recording a revision row for a story row inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from redaksi.store.mapping import story_from_row
from redaksi.store.models import RevisionRow, StoryRow, utcnow
from redaksi.story.model import Story
from redaksi.story.serialize import story_to_dict


def add_revision(session: Session, row: StoryRow, user_id: int | None, note: str) -> Story:
    """Snapshot ``row`` as revision ``row.version``; returns the story as stored."""
    story = story_from_row(row)
    session.add(
        RevisionRow(
            story_id=row.id,
            number=row.version,
            author_id=user_id,
            created_at=utcnow(),
            status=row.status,
            note=note,
            snapshot=story_to_dict(story),
        )
    )
    return story
