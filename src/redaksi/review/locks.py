"""Edit locks: one desk edits a story at a time, others see who and since when.

A lock belongs to a desk (``desk`` names one running window of one user).  The desk sends
a heartbeat while the story is open; a lock whose heartbeat is older than ``ttl`` was left
by a crashed desk and is taken silently (and audited).  A live lock is only taken over
explicitly, which is audited too.  Locks are advice on top of the optimistic version check,
which still refuses any save made on an outdated version.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from redaksi.review.audit import AuditAction, record
from redaksi.review.errors import LockHeld, LockLost
from redaksi.review.facts import story_facts
from redaksi.review.permissions import can_edit, require_edit, require_read
from redaksi.review.roles import Actor
from redaksi.store.models import EditLockRow, UserRow, utcnow

DEFAULT_TTL = timedelta(seconds=90)
#: How often a desk should call :meth:`EditLocks.heartbeat` (well inside the TTL).
HEARTBEAT_INTERVAL = timedelta(seconds=30)


def new_desk_id() -> str:
    """A name for this running desk: host, process and a random suffix."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a story's lock, from which desk, since when and when last seen."""

    story_id: int
    user_id: int | None
    holder_name: str
    desk: str
    acquired_at: datetime
    heartbeat_at: datetime

    def is_stale(self, now: datetime, ttl: timedelta) -> bool:
        """A lock not refreshed within ``ttl`` belongs to a desk that is gone."""
        return now - self.heartbeat_at > ttl

    def belongs_to(self, actor: Actor, desk: str) -> bool:
        """Whether this is our own lock from this very desk."""
        return self.user_id == actor.user_id and self.desk == desk


@dataclass(frozen=True)
class LockOutcome:
    """Result of opening a story: editable with our lock, or read-only with the reason."""

    editable: bool
    lock: LockInfo | None
    reason: str = ""
    #: Held by another desk and ours to take over (we may edit the story in its status).
    may_take_over: bool = False


class EditLocks:
    """Acquire, refresh, take over and release edit locks for signed-in users."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        ttl: timedelta = DEFAULT_TTL,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._sessions = sessions
        self.ttl = ttl
        self._clock = clock

    def holder(self, story_id: int) -> LockInfo | None:
        """The live lock on a story, or ``None`` if nobody (or only a crashed desk) holds it."""
        with self._sessions.begin() as session:
            info = self._info(session, story_id)
        if info is None or info.is_stale(self._clock(), self.ttl):
            return None
        return info

    def acquire(self, actor: Actor, story_id: int, desk: str) -> LockOutcome:
        """Open a story for editing: take the lock if free, ours or stale, else read-only."""
        for _attempt in range(3):
            try:
                return self._acquire(actor, story_id, desk)
            except IntegrityError:
                continue  # another desk inserted the lock at the same moment: look again
        with self._sessions.begin() as session:
            info = self._info(session, story_id)
        return LockOutcome(False, info, self._held_reason(info), may_take_over=True)

    def _acquire(self, actor: Actor, story_id: int, desk: str) -> LockOutcome:
        now = self._clock()
        with self._sessions.begin() as session:
            facts = story_facts(session, story_id)
            require_read(actor, facts)
            if not can_edit(actor, facts):
                return LockOutcome(
                    False,
                    self._info(session, story_id),
                    f"Berita berstatus {facts.status.label}; Anda membukanya hanya-baca.",
                )
            row = session.get(EditLockRow, story_id, with_for_update=True)
            if row is None:
                session.add(self._new_row(actor, story_id, desk, now))
                session.flush()
                return LockOutcome(True, self._info(session, story_id))
            current = self._row_info(session, row)
            if current.belongs_to(actor, desk):
                row.heartbeat_at = now
                session.flush()
                return LockOutcome(True, self._info(session, story_id))
            if current.is_stale(now, self.ttl):
                record(
                    session,
                    actor,
                    AuditAction.LOCK_EXPIRED,
                    story_id,
                    note=f"Kunci {current.holder_name} ({current.desk}) kedaluwarsa.",
                )
                self._assign(row, actor, desk, now)
                session.flush()
                return LockOutcome(True, self._info(session, story_id))
            return LockOutcome(False, current, self._held_reason(current), may_take_over=True)

    def take_over(self, actor: Actor, story_id: int, desk: str) -> LockInfo:
        """Take a live lock from another desk on purpose; recorded in the audit log."""
        now = self._clock()
        with self._sessions.begin() as session:
            require_edit(actor, story_facts(session, story_id))
            row = session.get(EditLockRow, story_id, with_for_update=True)
            if row is None:
                session.add(self._new_row(actor, story_id, desk, now))
                note = "Kunci kosong diambil."
            else:
                previous = self._row_info(session, row)
                note = f"Diambil alih dari {previous.holder_name} ({previous.desk})."
                self._assign(row, actor, desk, now)
            record(session, actor, AuditAction.LOCK_TAKEOVER, story_id, note=note)
            session.flush()
            info = self._info(session, story_id)
            assert info is not None
            return info

    def heartbeat(self, actor: Actor, story_id: int, desk: str) -> None:
        """Tell other desks we are still here; raises :class:`LockLost` if it was taken."""
        with self._sessions.begin() as session:
            facts = story_facts(session, story_id)
            row = session.get(EditLockRow, story_id, with_for_update=True)
            ours = row is not None and row.user_id == actor.user_id and row.holder == desk
            editable = can_edit(actor, facts)
            if ours and editable:
                row.heartbeat_at = self._clock()
                return
            if ours:
                session.delete(row)  # committed before we raise: the next desk is not blocked
        if not editable:
            raise LockLost(
                story_id,
                f"Berita #{story_id} kini berstatus {facts.status.label}; Anda tidak lagi dapat "
                "mengubahnya. Perubahan yang belum disimpan tetap di layar.",
            )
        raise LockLost(story_id)

    def release(self, actor: Actor, story_id: int, desk: str) -> None:
        """Drop our lock when the story is closed (someone else's lock is left alone)."""
        with self._sessions.begin() as session:
            session.execute(
                delete(EditLockRow).where(
                    EditLockRow.story_id == story_id,
                    EditLockRow.user_id == actor.user_id,
                    EditLockRow.holder == desk,
                )
            )

    def check_can_save(self, session: Session, actor: Actor, story_id: int, desk: str) -> None:
        """Inside a save: refuse when another desk holds a live lock on the story."""
        info = self._info(session, story_id)
        if info is None or info.is_stale(self._clock(), self.ttl):
            return
        if desk and info.belongs_to(actor, desk):
            return
        if not desk and info.user_id == actor.user_id:
            return
        raise LockHeld(story_id, info.holder_name, info.acquired_at)

    @staticmethod
    def _new_row(actor: Actor, story_id: int, desk: str, now: datetime) -> EditLockRow:
        return EditLockRow(
            story_id=story_id,
            user_id=actor.user_id,
            holder=desk,
            acquired_at=now,
            heartbeat_at=now,
        )

    @staticmethod
    def _assign(row: EditLockRow, actor: Actor, desk: str, now: datetime) -> None:
        row.user_id = actor.user_id
        row.holder = desk
        row.acquired_at = now
        row.heartbeat_at = now

    def _info(self, session: Session, story_id: int) -> LockInfo | None:
        row = session.get(EditLockRow, story_id, populate_existing=True)
        return None if row is None else self._row_info(session, row)

    @staticmethod
    def _row_info(session: Session, row: EditLockRow) -> LockInfo:
        name = ""
        if row.user_id is not None:
            user = session.execute(
                select(UserRow.display_name, UserRow.username).where(UserRow.id == row.user_id)
            ).one_or_none()
            if user is not None:
                name = user.display_name or user.username
        return LockInfo(
            story_id=row.story_id,
            user_id=row.user_id,
            holder_name=name,
            desk=row.holder,
            acquired_at=row.acquired_at,
            heartbeat_at=row.heartbeat_at,
        )

    @staticmethod
    def _held_reason(info: LockInfo | None) -> str:
        if info is None:
            return "Berita sedang dibuka desk lain."
        since = info.acquired_at.astimezone().strftime("%d-%m-%Y %H:%M")
        return (
            f"Sedang disunting oleh {info.holder_name} sejak {since}. "
            "Buka hanya-baca atau ambil alih."
        )
