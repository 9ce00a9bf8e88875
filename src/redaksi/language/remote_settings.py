"""The newsroom's LanguageTool server in the ``settings`` table: one typed key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from sqlalchemy.orm import Session, sessionmaker

from redaksi.language.remote import RemoteLanguageToolSource
from redaksi.store.models import SettingRow

SETTINGS_KEY = "language.remote_languagetool"


@dataclass(frozen=True)
class RemoteLanguageToolSettings:
    """Where the newsroom's LanguageTool runs and which language to ask it for."""

    url: str = ""
    language: str = "en-US"

    @property
    def enabled(self) -> bool:
        """A server is configured."""
        return bool(self.url)


def validated_url(url: str) -> str:
    """``url`` stripped, or ``ValueError`` with an Indonesian reason; empty turns it off."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"'{url}' bukan alamat server yang sah (contoh: http://languagetool.kantor:8081)"
        )
    return url


def load_remote_settings(sessions: sessionmaker[Session]) -> RemoteLanguageToolSettings:
    """The stored settings, or the defaults (no server) when none are stored."""
    with sessions() as session:
        row = session.get(SettingRow, SETTINGS_KEY)
        value = row.value if row is not None and isinstance(row.value, dict) else {}
    return RemoteLanguageToolSettings(
        url=str(value.get("url", "")),
        language=str(value.get("language", "en-US")) or "en-US",
    )


def save_remote_settings(
    sessions: sessionmaker[Session], settings: RemoteLanguageToolSettings
) -> RemoteLanguageToolSettings:
    """Validate and store ``settings``; nothing changes when the URL is invalid."""
    clean = RemoteLanguageToolSettings(validated_url(settings.url), settings.language.strip())
    if not clean.language:
        raise ValueError("Bahasa untuk server LanguageTool tidak boleh kosong.")
    value = {"url": clean.url, "language": clean.language}
    with sessions.begin() as session:
        row = session.get(SettingRow, SETTINGS_KEY)
        if row is None:
            session.add(SettingRow(key=SETTINGS_KEY, value=value))
        else:
            row.value = value
            row.updated_at = datetime.now(UTC)
    return clean


def remote_source(settings: RemoteLanguageToolSettings) -> RemoteLanguageToolSource | None:
    """The finding source for ``settings``, or None when no server is configured."""
    if not settings.enabled:
        return None
    return RemoteLanguageToolSource(settings.url, settings.language)
