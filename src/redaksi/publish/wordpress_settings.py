"""The newsroom's WordPress site as stored settings: address, user, default category, status.

These are the non-secret parts, shared by every desk through the store's ``settings`` table.
The application password is a secret and lives in each desk's keyring
(:mod:`redaksi.publish.credentials`), never here.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any
from urllib.parse import urlsplit

from redaksi.publish.wordpress import PostStatus, WordPressSettings
from redaksi.store.settings import SettingsStore

SETTINGS_KEY = "wordpress"
STATUSES: tuple[PostStatus, ...] = ("draft", "publish")


class SiteSettingsError(ValueError):
    """A setting the desk typed cannot be used; the message says why in Indonesian."""


def normalise_site_url(url: str) -> str:
    """``url`` as the site's base address (http or https, no trailing slash).

    A bare host name gets ``https://``, because that is what an editor copies from the
    address bar most often and what WordPress requires for application passwords.
    """
    candidate = url.strip()
    if not candidate:
        raise SiteSettingsError("Alamat situs WordPress belum diisi.")
    if "://" not in candidate:
        candidate = f"https://{candidate}"
    parts = urlsplit(candidate)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteSettingsError(
            f"«{url.strip()}» bukan alamat situs yang sah (contoh: https://situs.example)."
        )
    if parts.query or parts.fragment or any(ch.isspace() for ch in candidate):
        raise SiteSettingsError("Alamat situs tidak boleh memuat spasi, «?» atau «#».")
    return candidate.rstrip("/")


def validated(
    site_url: str,
    user: str,
    default_category: str = "",
    default_status: str = "draft",
) -> WordPressSettings:
    """Settings built from what the desk typed; raises :class:`SiteSettingsError`."""
    if not user.strip():
        raise SiteSettingsError("Nama pengguna WordPress belum diisi.")
    if default_status not in STATUSES:
        raise SiteSettingsError(f"Status bawaan «{default_status}» tidak dikenal.")
    return WordPressSettings(
        site_url=normalise_site_url(site_url),
        user=user.strip(),
        default_category=default_category.strip(),
        default_status=default_status,  # type: ignore[arg-type]
    )


def load_wordpress_settings(settings: SettingsStore) -> WordPressSettings | None:
    """The stored site, or ``None`` while no administrator has set one up."""
    raw: dict[str, Any] = settings.get(SETTINGS_KEY)
    if not raw.get("site_url") or not raw.get("user"):
        return None
    known = {f.name for f in fields(WordPressSettings)}
    values = {k: v for k, v in raw.items() if k in known}
    if values.get("default_status") not in STATUSES:
        values["default_status"] = "draft"
    return WordPressSettings(**values)


def save_wordpress_settings(settings: SettingsStore, site: WordPressSettings) -> None:
    """Store ``site`` for every desk (the password is not part of it)."""
    settings.put(SETTINGS_KEY, asdict(site))
