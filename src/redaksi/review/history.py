"""A story's history: list revisions, compare any two as tracked changes, restore one.

Restoring never rewrites history: the chosen snapshot's text is saved as a new revision
on top of the current one (through the guarded save, so the version check, the status
rules and the edit lock all apply).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from redaksi.review.diff import Change, Segment, word_diff
from redaksi.review.facts import story_facts
from redaksi.review.fields import label, snapshot_fields
from redaksi.review.permissions import require_read
from redaksi.review.roles import Actor
from redaksi.review.stories import StoryService
from redaksi.store.repository import RevisionInfo, StoryRepository
from redaksi.story.model import Story
from redaksi.story.serialize import story_from_dict


@dataclass(frozen=True)
class FieldDiff:
    """Tracked changes of one field between two revisions."""

    key: str
    label: str
    segments: list[Segment]

    @property
    def changed(self) -> bool:
        """Whether anything was inserted or deleted in this field."""
        return any(s.change is not Change.EQUAL for s in self.segments)


def compare_snapshots(old: dict, new: dict) -> list[FieldDiff]:
    """Field-by-field word diff of two ``story_to_dict`` snapshots (all fields, in order)."""
    before, after = snapshot_fields(old), snapshot_fields(new)
    return [FieldDiff(key, label(key), word_diff(before[key], after[key])) for key in before]


class History:
    """Revisions of stories the user may read; restoring needs the right to edit."""

    def __init__(
        self, sessions: sessionmaker[Session], stories: StoryRepository, guarded: StoryService
    ) -> None:
        self._sessions = sessions
        self._stories = stories
        self._guarded = guarded

    def _require_read(self, actor: Actor, story_id: int) -> None:
        with self._sessions.begin() as session:
            require_read(actor, story_facts(session, story_id, include_deleted=True))

    def revisions(self, actor: Actor, story_id: int) -> list[RevisionInfo]:
        """Every saved revision, newest first."""
        self._require_read(actor, story_id)
        return self._stories.revisions(story_id)

    def snapshot(self, actor: Actor, story_id: int, number: int) -> dict:
        """The stored snapshot of revision ``number``."""
        self._require_read(actor, story_id)
        return self._stories.revision_snapshot(story_id, number)

    def compare(self, actor: Actor, story_id: int, old: int, new: int) -> list[FieldDiff]:
        """Tracked changes from revision ``old`` to revision ``new`` (either order works)."""
        self._require_read(actor, story_id)
        return compare_snapshots(
            self._stories.revision_snapshot(story_id, old),
            self._stories.revision_snapshot(story_id, new),
        )

    def restore(self, actor: Actor, story_id: int, number: int, desk: str = "") -> Story:
        """Save revision ``number``'s content as a new revision; returns the saved story."""
        current = self._guarded.open(actor, story_id)
        restored = story_from_dict(self._stories.revision_snapshot(story_id, number))
        for keep in (
            "id",
            "uuid",
            "version",
            "status",
            "author_id",
            "created_at",
            "published_at",
        ):
            setattr(restored, keep, getattr(current, keep))
        current_photos = {p.id for p in current.photos}
        for photo in restored.photos:
            if photo.id not in current_photos:
                photo.id = None
        current_links = {link.id for link in current.related}
        for link in restored.related:
            if link.id not in current_links:
                link.id = None
        return self._guarded.save(actor, restored, f"Dipulihkan dari revisi {number}", desk)
