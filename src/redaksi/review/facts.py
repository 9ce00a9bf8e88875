"""Reading the permission facts of a story inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from redaksi.review.permissions import StoryFacts
from redaksi.store.errors import StoryNotFound
from redaksi.store.models import StoryRow
from redaksi.story.status import Status


def story_facts(session: Session, story_id: int, include_deleted: bool = False) -> StoryFacts:
    """Author and status of a live story; raises :class:`StoryNotFound`."""
    row = session.execute(
        select(StoryRow.author_id, StoryRow.status, StoryRow.deleted_at).where(
            StoryRow.id == story_id
        )
    ).one_or_none()
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise StoryNotFound(story_id)
    return StoryFacts(story_id=story_id, author_id=row.author_id, status=Status(row.status))
