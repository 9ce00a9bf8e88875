"""Where Redaksi keeps the user's data, following each platform's conventions."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="redaksi", appauthor=False)

DATABASE_ENV = "REDAKSI_DATABASE_URL"
DATA_DIR_ENV = "REDAKSI_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder (overridable with ``REDAKSI_DATA_DIR`` for tests and kiosks)."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(_DIRS.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Disposable caches (thumbnails, renditions); safe to delete at any time."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) / "cache" if override else Path(_DIRS.user_cache_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_dir() -> Path:
    """Autosave journals used for crash recovery."""
    path = data_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    """The store to use: ``REDAKSI_DATABASE_URL`` or the embedded SQLite file."""
    url = os.environ.get(DATABASE_ENV)
    if url:
        return url
    return f"sqlite:///{data_dir() / 'redaksi.sqlite3'}"
