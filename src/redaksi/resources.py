"""Locate the data folders (``resources/`` and ``ui/``) in a checkout and in an installed wheel.

A wheel carries them under ``redaksi/_data/``; a checkout (or an editable install) keeps
them at the repository root.  Every module asks here instead of computing paths itself.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root(name: str) -> Path:
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Redaksi data folder {name!r} not found next to {_PACKAGE_DIR}")


def resources_dir() -> Path:
    """The ``resources/`` folder: rules, templates, icons, translations, sample story."""
    return _data_root("resources")


def ui_dir() -> Path:
    """The ``ui/`` folder holding the Qt Designer sources."""
    return _data_root("ui")


def resource(*parts: str) -> Path:
    """Path to a file below ``resources/``; raises if it is missing."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Missing Redaksi resource: {'/'.join(parts)}")
    return path
