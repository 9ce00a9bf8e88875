"""The website a story is exported for: name, address, publisher and template folder."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from redaksi.store.settings import SettingsStore

SETTINGS_KEY = "site"


@dataclass(frozen=True)
class SiteSettings:
    """What the export needs to know about the site; defaults suit a first run."""

    name: str = "Redaksi"
    base_url: str = "https://contoh.redaksi.id"
    path_prefix: str = "berita"
    publisher_logo: str = ""
    template_dir: str = ""
    time_zone: str = "WIB"
    twitter_site: str = ""

    def canonical_url(self, slug: str) -> str:
        """``https://site/berita/<slug>`` with no doubled slashes."""
        parts = [self.base_url.rstrip("/"), self.path_prefix.strip("/"), slug]
        return "/".join(part for part in parts if part)

    @property
    def template_path(self) -> Path | None:
        """The newsroom's own template folder, when one is configured."""
        return Path(self.template_dir).expanduser() if self.template_dir else None


def load_site_settings(settings: SettingsStore) -> SiteSettings:
    """Settings from the store, unknown keys ignored so older desks keep working."""
    raw = settings.get(SETTINGS_KEY)
    known = {f.name for f in fields(SiteSettings)}
    return SiteSettings(**{k: v for k, v in raw.items() if k in known})


def save_site_settings(settings: SettingsStore, site: SiteSettings) -> None:
    """Store ``site`` for every desk."""
    settings.put(SETTINGS_KEY, asdict(site))
