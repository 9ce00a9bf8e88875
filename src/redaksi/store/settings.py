"""Newsroom-wide settings as JSON values by key (site, house style switches, servers)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from redaksi.store.models import SettingRow, utcnow


class SettingsStore:
    """Read and write one JSON object per key; every desk sees the same values."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, key: str) -> dict[str, Any]:
        """The stored object, or an empty dict when the key was never set."""
        with self._sessions() as session:
            row = session.get(SettingRow, key)
            return dict(row.value) if row else {}

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Replace the object stored under ``key``."""
        with self._sessions.begin() as session:
            row = session.get(SettingRow, key)
            if row is None:
                session.add(SettingRow(key=key, value=dict(value), updated_at=utcnow()))
            else:
                row.value = dict(value)
                row.updated_at = utcnow()
