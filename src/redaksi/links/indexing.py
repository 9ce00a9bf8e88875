"""Keeps ``story_search`` in step with the stories, from inside the repository's transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete

from redaksi.links.document import search_document
from redaksi.store.models import StorySearchRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from redaksi.story.model import Story


class SearchIndexHook:
    """A :class:`~redaksi.store.hooks.StoryWriteHook` that (re)indexes each saved story.

    Trashing a story needs no index change (searches filter on ``deleted_at``); purging
    removes the row here, before the story row goes (the foreign key cascades as well).
    """

    def story_saved(self, session: Session, story: Story) -> None:
        """Write the story's terms; the engine's triggers or generated column follow."""
        if story.id is None:
            return
        document = search_document(story)
        row = session.get(StorySearchRow, story.id)
        if row is None:
            row = StorySearchRow(story_id=story.id)
            session.add(row)
        row.title = document.title
        row.body = document.body
        row.names = document.names
        row.tags = document.tags

    def story_purged(self, session: Session, story_id: int) -> None:
        """Drop the story's terms."""
        session.execute(delete(StorySearchRow).where(StorySearchRow.story_id == story_id))
