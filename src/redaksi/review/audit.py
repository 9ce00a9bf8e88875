"""The audit log: who moved, took over or restored which story, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from redaksi.review.facts import story_facts
from redaksi.review.permissions import require_read
from redaksi.review.roles import Actor
from redaksi.store.models import AuditRow, UserRow, utcnow


class AuditAction(StrEnum):
    """What an audit entry records (stored in ``audit_log.action``)."""

    STATUS = "status"
    LOCK_TAKEOVER = "ambil_alih_kunci"
    LOCK_EXPIRED = "kunci_kedaluwarsa"
    RESTORE = "pulihkan_revisi"
    USER = "pengguna"


@dataclass(frozen=True)
class AuditEntry:
    """One line of a story's audit trail."""

    id: int
    story_id: int | None
    user: str
    action: AuditAction
    from_status: str
    to_status: str
    note: str
    created_at: datetime


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    story_id: int | None = None,
    from_status: str = "",
    to_status: str = "",
    note: str = "",
) -> None:
    """Add an entry inside the caller's transaction, so it commits with the change itself."""
    session.add(
        AuditRow(
            story_id=story_id,
            user_id=actor.user_id,
            action=action.value,
            from_status=from_status,
            to_status=to_status,
            note=note,
            created_at=utcnow(),
        )
    )


def trail(sessions: sessionmaker[Session], actor: Actor, story_id: int) -> list[AuditEntry]:
    """A story's audit trail, oldest first."""
    query = (
        select(AuditRow, func.coalesce(UserRow.display_name, UserRow.username, ""))
        .outerjoin(UserRow, UserRow.id == AuditRow.user_id)
        .where(AuditRow.story_id == story_id)
        .order_by(AuditRow.created_at, AuditRow.id)
    )
    with sessions.begin() as session:
        require_read(actor, story_facts(session, story_id, include_deleted=True))
        return [
            AuditEntry(
                id=row.id,
                story_id=row.story_id,
                user=name,
                action=AuditAction(row.action),
                from_status=row.from_status,
                to_status=row.to_status,
                note=row.note,
                created_at=row.created_at,
            )
            for row, name in session.execute(query)
        ]
