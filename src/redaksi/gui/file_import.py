"""The single place where a dropped or opened file becomes a story.

At merge this calls ``redaksi.story.importing`` (every format); until then plain text files
are read with :func:`redaksi.editing.plaintext.story_from_plain_text`.
"""

from __future__ import annotations

from pathlib import Path

from redaksi.editing.plaintext import decode_text, story_from_plain_text
from redaksi.story.model import Story

IMPORTABLE_SUFFIXES = (".txt",)
MAX_IMPORT_BYTES = 20 * 1024 * 1024


class ImportRejected(ValueError):
    """The file cannot become a story; the message is shown to the reporter as is."""


def import_story_file(path: Path) -> Story:
    """A new, unsaved story from the file at ``path``."""
    if path.suffix.lower() not in IMPORTABLE_SUFFIXES:
        raise ImportRejected(
            f"Format berkas {path.suffix or '(tanpa ekstensi)'} belum dapat diimpor. "
            "Gunakan berkas teks (.txt)."
        )
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportRejected("Berkas terlalu besar untuk sebuah berita (lebih dari 20 MB).")
        data = path.read_bytes()
    except OSError as error:
        raise ImportRejected(f"Berkas tidak dapat dibaca: {error.strerror or error}") from error
    try:
        return story_from_plain_text(decode_text(data))
    except ValueError as error:
        raise ImportRejected(str(error)) from error
