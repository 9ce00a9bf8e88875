"""Status changes along the workflow graph, the editor's queue and the reporter's returns.

A status change is a save of its own: it bumps the version (so a desk editing an older
version gets :class:`VersionConflict`), stores a revision and writes an audit entry, all
in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from redaksi.review.audit import AuditAction, record
from redaksi.review.facts import story_facts
from redaksi.review.permissions import StoryFacts, available_moves, can_edit, require_move
from redaksi.review.revisions import add_revision
from redaksi.review.roles import Actor, Role
from redaksi.review.transitions import Move
from redaksi.store.errors import VersionConflict
from redaksi.store.models import AuditRow, EditLockRow, StoryRow, UserRow, utcnow
from redaksi.story.model import Story
from redaksi.story.status import Status

#: What waits for an editor, oldest submission first.
QUEUE_STATUSES = (Status.DIAJUKAN, Status.DISUNTING)


@dataclass(frozen=True)
class QueueItem:
    """A story in a queue, with the move that put it there (who, when, their note)."""

    story_id: int
    headline: str
    status: Status
    author: str
    category: str
    version: int
    updated_at: datetime
    since: datetime
    moved_by: str
    note: str


class Workflow:
    """Moves stories between statuses for a signed-in user and lists what waits for them."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def moves(self, actor: Actor, story_id: int) -> list[Move]:
        """The moves ``actor`` may make on the story now (for menus and buttons)."""
        with self._sessions.begin() as session:
            return available_moves(actor, story_facts(session, story_id))

    def transition(
        self,
        actor: Actor,
        story_id: int,
        target: Status,
        note: str = "",
        expected_version: int | None = None,
    ) -> Story:
        """Move the story to ``target``; raises :class:`TransitionNotAllowed` when refused.

        With ``expected_version`` the move also fails (:class:`VersionConflict`) if someone
        saved since the caller loaded the story, so nobody approves text they have not seen.
        """
        note = note.strip()
        with self._sessions.begin() as session:
            facts = story_facts(session, story_id)
            move = require_move(actor, facts, target, note)
            row = session.scalars(
                select(StoryRow)
                .options(selectinload(StoryRow.photos), selectinload(StoryRow.related_links))
                .where(StoryRow.id == story_id)
            ).one()
            version = row.version
            if expected_version is not None and expected_version != version:
                raise VersionConflict(story_id, expected_version, version)
            now = utcnow()
            values: dict[str, object] = {
                "status": target.value,
                "version": version + 1,
                "updated_at": now,
            }
            if target is Status.TERBIT and row.published_at is None:
                values["published_at"] = now
            changed = session.execute(
                update(StoryRow)
                .where(
                    StoryRow.id == story_id,
                    StoryRow.version == version,
                    StoryRow.status == facts.status.value,
                )
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            if changed.rowcount != 1:
                actual = session.scalar(select(StoryRow.version).where(StoryRow.id == story_id))
                raise VersionConflict(story_id, version, actual or version)
            session.refresh(row)
            label = f"{move.verb}: {note}" if note else move.verb
            story = add_revision(session, row, actor.user_id, label)
            if not can_edit(actor, StoryFacts(story_id, row.author_id, target)):
                # the mover can no longer edit: their lock would only block the next desk
                session.execute(
                    delete(EditLockRow).where(
                        EditLockRow.story_id == story_id, EditLockRow.user_id == actor.user_id
                    )
                )
            record(
                session,
                actor,
                AuditAction.STATUS,
                story_id,
                facts.status.value,
                target.value,
                note,
            )
            return story

    def editor_queue(self, actor: Actor) -> list[QueueItem]:
        """Stories submitted or being edited, oldest first; for editors and admins only."""
        if actor.role is Role.REPORTER:
            return []
        return self._items(StoryRow.status.in_([s.value for s in QUEUE_STATUSES]))

    def returned(self, actor: Actor) -> list[QueueItem]:
        """The user's own stories returned by an editor, each with the editor's note."""
        return self._items(
            StoryRow.status == Status.DIKEMBALIKAN.value, StoryRow.author_id == actor.user_id
        )

    def _items(self, *conditions: object) -> list[QueueItem]:
        query = (
            select(
                StoryRow.id,
                StoryRow.headline,
                StoryRow.status,
                func.coalesce(UserRow.display_name, ""),
                StoryRow.category,
                StoryRow.version,
                StoryRow.updated_at,
            )
            .outerjoin(UserRow, UserRow.id == StoryRow.author_id)
            .where(StoryRow.deleted_at.is_(None), *conditions)  # type: ignore[arg-type]
        )
        with self._sessions.begin() as session:
            rows = session.execute(query).all()
            moves = self._last_moves(session, [r[0] for r in rows])
            items = []
            for sid, headline, status, author, category, version, updated in rows:
                when, by, note = moves.get((sid, status), (updated, "", ""))
                items.append(
                    QueueItem(
                        story_id=sid,
                        headline=headline,
                        status=Status(status),
                        author=author,
                        category=category,
                        version=version,
                        updated_at=updated,
                        since=when,
                        moved_by=by,
                        note=note,
                    )
                )
        return sorted(items, key=lambda item: (item.since, item.story_id))

    @staticmethod
    def _last_moves(
        session: Session, story_ids: list[int]
    ) -> dict[tuple[int, str], tuple[datetime, str, str]]:
        """Latest move into each status per story: ``(story, status) → (when, who, note)``."""
        if not story_ids:
            return {}
        query = (
            select(
                AuditRow.story_id,
                AuditRow.to_status,
                AuditRow.created_at,
                func.coalesce(UserRow.display_name, ""),
                AuditRow.note,
            )
            .outerjoin(UserRow, UserRow.id == AuditRow.user_id)
            .where(AuditRow.story_id.in_(story_ids), AuditRow.action == AuditAction.STATUS.value)
            .order_by(AuditRow.created_at, AuditRow.id)
        )
        found: dict[tuple[int, str], tuple[datetime, str, str]] = {}
        for sid, status, when, who, note in session.execute(query):
            found[(sid, status)] = (when, who, note)
        return found
