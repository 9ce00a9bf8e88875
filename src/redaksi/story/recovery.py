"""Crash-recovery journal: the text being edited, written atomically a few seconds after typing.

One JSON file per open story in the recovery folder.  A write goes to a temporary file that is
flushed to disk and then renamed over the old journal, so a crash (even SIGKILL or a power
cut) leaves either the previous or the new journal, never half of one.  A journal names the
process that owns it; on the next start, journals whose process is gone are offered back.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redaksi.story.model import Story
from redaksi.story.serialize import story_from_dict, story_to_dict

JOURNAL_FORMAT = 1
_SUFFIX = ".journal.json"


@dataclass(frozen=True)
class JournalEntry:
    """An unsaved story found on disk."""

    path: Path
    story: Story
    saved_at: datetime
    pid: int
    host: str

    @property
    def story_id(self) -> int | None:
        """The stored story it edits, or None for a story never saved."""
        return self.story.id


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class RecoveryJournal:
    """Writes, lists and discards journals in one folder for one process."""

    def __init__(self, folder: Path, pid: int | None = None) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.pid = os.getpid() if pid is None else pid
        self.host = socket.gethostname()

    def path_for(self, story: Story) -> Path:
        """Journal file of ``story`` (by its uuid, stable before the first save)."""
        return self.folder / f"{story.uuid}{_SUFFIX}"

    def write(self, story: Story) -> Path:
        """Journal ``story`` durably; returns the journal path."""
        payload: dict[str, Any] = {
            "format": JOURNAL_FORMAT,
            "saved_at": datetime.now(UTC).isoformat(),
            "pid": self.pid,
            "host": self.host,
            "story": story_to_dict(story),
        }
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        target = self.path_for(story)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return target

    def discard(self, story: Story) -> None:
        """Forget the journal of ``story`` (after a save or a deliberate discard)."""
        with contextlib.suppress(FileNotFoundError):
            self.path_for(story).unlink()

    def discard_entry(self, entry: JournalEntry) -> None:
        """Forget a recovered journal the reporter declined."""
        with contextlib.suppress(FileNotFoundError):
            entry.path.unlink()

    def orphans(self) -> list[JournalEntry]:
        """Journals left by processes that are gone (newest first); unreadable ones skipped."""
        found = []
        for path in self.folder.glob(f"*{_SUFFIX}"):
            entry = read_entry(path)
            if entry is None:
                continue
            owned_here = entry.host == self.host
            if owned_here and (entry.pid == self.pid or _process_alive(entry.pid)):
                continue
            found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)


def read_entry(path: Path) -> JournalEntry | None:
    """Parse one journal file; None when it is not a readable journal."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        return JournalEntry(
            path=path,
            story=story_from_dict(payload["story"]),
            saved_at=datetime.fromisoformat(payload["saved_at"]),
            pid=int(payload.get("pid", 0)),
            host=str(payload.get("host", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def same_text(a: Story, b: Story) -> bool:
    """True when two stories hold the same words (metadata timestamps and version ignored)."""
    fields = ("headline", "subheadline", "lead", "byline", "category", "tags", "dateline")
    if any(getattr(a, name) != getattr(b, name) for name in fields):
        return False
    return a.paragraphs == b.paragraphs
