"""An editor's decision to export a story that is not ready, recorded with the reason."""

from __future__ import annotations

from dataclasses import dataclass

from redaksi.publish.readiness import Problem
from redaksi.store.models import AuditRow, utcnow
from redaksi.store.store import Store
from redaksi.story.model import Story


@dataclass(frozen=True)
class Override:
    """Who overrode the readiness check and why (a reason is required)."""

    user_id: int | None
    reason: str

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValueError("Alasan wajib diisi untuk mengekspor berita yang belum siap.")


def record_override(
    store: Store, story: Story, override: Override, problems: list[Problem]
) -> Story:
    """Store the override on the story (a new revision) and in the audit log."""
    story.extra["export_override"] = {
        "reason": override.reason,
        "user_id": override.user_id,
        "at": utcnow().isoformat(timespec="seconds"),
        "problems": [p.message for p in problems],
    }
    saved = store.stories.save(story, override.user_id, note=f"Ekspor dipaksa: {override.reason}")
    with store.sessions.begin() as session:
        session.add(
            AuditRow(
                story_id=saved.id,
                user_id=override.user_id,
                action="export_override",
                from_status=saved.status.value,
                to_status=saved.status.value,
                note=override.reason,
            )
        )
    return saved
