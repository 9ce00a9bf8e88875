"""Hooks the story repository calls inside its write transactions.

Derived data that must never drift from the stories (the search index) registers a hook:
it runs in the same session, so it commits or rolls back with the story itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from redaksi.story.model import Story


class StoryWriteHook(Protocol):
    """Told about every stored story change, inside the repository's transaction."""

    def story_saved(self, session: Session, story: Story) -> None:
        """``story`` (with its id and new version) was created or saved."""

    def story_purged(self, session: Session, story_id: int) -> None:
        """The story is about to be deleted for good."""
