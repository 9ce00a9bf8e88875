"""Story writes on behalf of a signed-in user: the repository, guarded by the policy.

The status of a story only changes through :class:`~redaksi.review.workflow.Workflow`;
a save keeps the stored status whatever the caller's copy says.  Saving still goes through
:meth:`StoryRepository.save`, so the optimistic version check and the revision it stores
stay the single save path.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from redaksi.review.errors import PermissionDenied
from redaksi.review.facts import story_facts
from redaksi.review.locks import EditLocks
from redaksi.review.permissions import require_create, require_edit, require_read
from redaksi.review.roles import Actor, Role
from redaksi.store.repository import StoryRepository
from redaksi.story.model import Story
from redaksi.story.status import Status


class StoryService:
    """Create, open, save and trash stories as a given user."""

    def __init__(
        self, sessions: sessionmaker[Session], stories: StoryRepository, locks: EditLocks
    ) -> None:
        self._sessions = sessions
        self._stories = stories
        self._locks = locks

    def create(self, actor: Actor, story: Story, note: str = "") -> Story:
        """A new draft by ``actor`` (an admin may file it under another author)."""
        require_create(actor, story.author_id)
        if story.author_id is None:
            story.author_id = actor.user_id
        story.status = Status.DRAF
        story.id = None
        return self._stories.create(story, actor.user_id, note)

    def open(self, actor: Actor, story_id: int) -> Story:
        """Load a story the user may read; raises :class:`PermissionDenied` otherwise."""
        with self._sessions.begin() as session:
            require_read(actor, story_facts(session, story_id))
        return self._stories.load(story_id)

    def save(self, actor: Actor, story: Story, note: str = "", desk: str = "") -> Story:
        """Save the user's changes; refused when the status or another desk's lock forbids.

        Raises :class:`PermissionDenied`, :class:`LockHeld` or :class:`VersionConflict`;
        in every case nothing is written.
        """
        if story.id is None:
            return self.create(actor, story, note)
        with self._sessions.begin() as session:
            facts = story_facts(session, story.id)
            require_edit(actor, facts)
            if story.author_id != facts.author_id and actor.role is not Role.ADMIN:
                raise PermissionDenied("Hanya administrator yang dapat mengganti penulis berita.")
            self._locks.check_can_save(session, actor, story.id, desk)
        story.status = facts.status
        return self._stories.save(story, actor.user_id, note)

    def trash(self, actor: Actor, story_id: int) -> None:
        """Move a story the user may edit to the trash."""
        with self._sessions.begin() as session:
            require_edit(actor, story_facts(session, story_id))
        self._stories.delete(story_id)
