"""Typed settings: the reporter's preferences apart from the window's remembered state.

Preferences are a dataclass of defaults whose field types drive reading; only values that
differ from the default are written, so a changed default reaches everyone who never touched
it.  Window state (geometry, docks, splitter, recent files) lives in its own file: deleting it
resets the layout without losing preferences.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TypeVar

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings

from redaksi.paths import DATA_DIR_ENV, data_dir

RECENT_FILES_LIMIT = 10

_T = TypeVar("_T", "Preferences", "WindowState")


@dataclass
class Preferences:
    """What a reporter may tune; every field has a sensible default."""

    autosave_seconds: float = 3.0
    check_delay_ms: int = 300
    checks_enabled: bool = True
    words_per_minute: int = 200
    body_font_size: float = 12.5
    zoom_percent: int = 100
    theme: str = "system"  # system, light or dark
    language: str = "id"


@dataclass
class WindowState:
    """What the window remembers between sessions."""

    geometry: QByteArray = field(default_factory=QByteArray)
    dock_state: QByteArray = field(default_factory=QByteArray)
    splitter_state: QByteArray = field(default_factory=QByteArray)
    recent_files: list[str] = field(default_factory=list)
    last_story_id: int = 0

    def remember_file(self, path: str) -> None:
        """Put ``path`` first in the recent files, without duplicates."""
        self.recent_files = [path, *(p for p in self.recent_files if p != path)]
        del self.recent_files[RECENT_FILES_LIMIT:]


def settings_dir() -> Path:
    """Where both settings files live (inside the data folder when it is overridden)."""
    if os.environ.get(DATA_DIR_ENV):
        path = data_dir() / "config"
    else:
        path = Path(user_config_dir("redaksi", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _coerce(value: object, default: object) -> object:
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes"}
    if isinstance(default, int):
        return int(value)  # type: ignore[call-overload]
    if isinstance(default, float):
        return float(value)  # type: ignore[arg-type]
    if isinstance(default, list):
        if value is None or value == "":
            return []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if isinstance(default, QByteArray):
        return value if isinstance(value, QByteArray) else QByteArray()
    return str(value)


class SettingsStore:
    """Reads and writes :class:`Preferences` and :class:`WindowState` as two INI files."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or settings_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._prefs = QSettings(str(self.folder / "preferences.ini"), QSettings.Format.IniFormat)
        self._state = QSettings(str(self.folder / "window-state.ini"), QSettings.Format.IniFormat)

    def load_preferences(self) -> Preferences:
        """Preferences with stored overrides applied; unreadable values fall back to defaults."""
        return self._read(self._prefs, Preferences())

    def save_preferences(self, prefs: Preferences) -> None:
        """Write only the values that differ from the defaults."""
        self._write(self._prefs, prefs, Preferences())

    def load_window_state(self) -> WindowState:
        """The remembered window state (empty on first start)."""
        return self._read(self._state, WindowState())

    def save_window_state(self, state: WindowState) -> None:
        """Remember the window state."""
        self._write(self._state, state, WindowState())

    @staticmethod
    def _read(settings: QSettings, target: _T) -> _T:
        for item in fields(target):
            if not settings.contains(item.name):
                continue
            default = getattr(target, item.name)
            try:
                setattr(target, item.name, _coerce(settings.value(item.name), default))
            except (TypeError, ValueError):
                continue
        return target

    @staticmethod
    def _write(settings: QSettings, values: object, defaults: object) -> None:
        for item in fields(values):  # type: ignore[arg-type]
            value = getattr(values, item.name)
            if value == getattr(defaults, item.name):
                settings.remove(item.name)
            else:
                settings.setValue(item.name, value)
        settings.sync()
