"""What a link points at in the library: headline, status and whether it still exists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from redaksi.store.models import StoryRow
from redaksi.story.status import Status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


@dataclass(frozen=True)
class LinkTarget:
    """A library story as a link sees it; ``trashed`` stories can still be restored."""

    story_id: int
    headline: str
    status: Status
    slug: str
    trashed: bool

    @property
    def linkable(self) -> bool:
        """True when readers can follow a link to it: published and not in the trash."""
        return self.status is Status.TERBIT and not self.trashed


class LinkTargets:
    """Looks up link targets in one query, trashed stories included (purged ones are absent)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, story_ids: Iterable[int]) -> dict[int, LinkTarget]:
        """Targets by id; an id missing from the result was purged or never existed."""
        ids = sorted(set(story_ids))
        if not ids:
            return {}
        query = select(
            StoryRow.id, StoryRow.headline, StoryRow.status, StoryRow.slug, StoryRow.deleted_at
        ).where(StoryRow.id.in_(ids))
        with self._sessions() as session:
            return {
                row[0]: LinkTarget(row[0], row[1], Status(row[2]), row[3], row[4] is not None)
                for row in session.execute(query)
            }

    def target(self, story_id: int) -> LinkTarget | None:
        """One target, or ``None`` when it does not exist (any more)."""
        return self.get([story_id]).get(story_id)
