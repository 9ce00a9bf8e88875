"""Open a draft from a file or the clipboard and recognise its story.

This is the one entry point the CLI and the workstation call.  Everything here is plain
Python: the GUI passes the clipboard's text and HTML to :func:`import_pasted` and runs
:func:`import_file` off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from redaksi.story.importing.errors import DraftImportError
from redaksi.story.importing.html_text import html_to_source
from redaksi.story.importing.limits import (
    MAX_CHARACTERS,
    MAX_PACKAGE_BYTES,
    MAX_TEXT_BYTES,
    human_size,
)
from redaksi.story.importing.opendoc import read_odt
from redaksi.story.importing.plaintext import normalise_newlines, read_plain
from redaksi.story.importing.recognise import recognise
from redaksi.story.importing.report import ImportReport
from redaksi.story.importing.source import SourceText
from redaksi.story.importing.webpage import read_html
from redaksi.story.importing.word import read_docx
from redaksi.story.model import Story


@dataclass
class ImportResult:
    """The recognised story, the report accounting for every character, and the source text."""

    story: Story
    report: ImportReport
    source: SourceText


Reader = Callable[[bytes], SourceText]

READERS: dict[str, tuple[Reader, int]] = {
    ".txt": (lambda data: read_plain(data, "text"), MAX_TEXT_BYTES),
    ".text": (lambda data: read_plain(data, "text"), MAX_TEXT_BYTES),
    ".md": (lambda data: read_plain(data, "markdown"), MAX_TEXT_BYTES),
    ".markdown": (lambda data: read_plain(data, "markdown"), MAX_TEXT_BYTES),
    ".docx": (read_docx, MAX_PACKAGE_BYTES),
    ".odt": (read_odt, MAX_PACKAGE_BYTES),
    ".html": (read_html, MAX_TEXT_BYTES),
    ".htm": (read_html, MAX_TEXT_BYTES),
    ".xhtml": (read_html, MAX_TEXT_BYTES),
}
SUPPORTED = tuple(READERS)

_OLD_FORMATS = {
    ".doc": "Simpan dulu sebagai .docx dari Microsoft Word atau LibreOffice.",
    ".rtf": "Simpan dulu sebagai .docx atau .odt dari pengolah kata.",
    ".pdf": "Salin teksnya dari pembaca PDF lalu tempel ke Redaksi.",
    ".pages": "Ekspor dulu sebagai .docx dari Pages.",
}


def _check_text(source: SourceText) -> SourceText:
    if not source.text.strip():
        raise DraftImportError("empty", "Draf ini kosong: tidak ada teks yang bisa diimpor.")
    if len(source.text) > MAX_CHARACTERS:
        raise DraftImportError(
            "too_big",
            f"Draf ini terlalu panjang ({len(source.text):,} karakter; batas "
            f"{MAX_CHARACTERS:,}). Pecah menjadi beberapa berkas.".replace(",", "."),
        )
    return source


def import_source(source: SourceText) -> ImportResult:
    """Recognise the story in an already extracted source text."""
    story, report = recognise(_check_text(source))
    return ImportResult(story, report, source)


def import_text(text: str, format_name: str = "text") -> ImportResult:
    """Recognise the story in plain ``text`` (line endings are unified first)."""
    return import_source(SourceText(normalise_newlines(text), format=format_name))


def read_file(path: str | Path) -> SourceText:
    """The text of the draft at ``path``; raises :class:`DraftImportError` with a reason."""
    path = Path(path)
    if not path.exists():
        raise DraftImportError("missing", f"Berkas tidak ditemukan: {path}")
    if not path.is_file():
        raise DraftImportError("not_a_file", f"Ini bukan berkas draf melainkan folder: {path}")
    suffix = path.suffix.lower()
    if suffix not in READERS:
        hint = _OLD_FORMATS.get(suffix, "")
        names = ", ".join(SUPPORTED)
        raise DraftImportError(
            "unsupported",
            f"Format berkas {suffix or '(tanpa ekstensi)'} belum didukung. "
            f"Format yang bisa dibuka: {names}. {hint}".strip(),
        )
    reader, limit = READERS[suffix]
    try:
        size = path.stat().st_size
        if size > limit:
            raise DraftImportError(
                "too_big",
                f"Berkas terlalu besar untuk sebuah draf ({human_size(size)}; batas "
                f"{human_size(limit)}).",
            )
        if size == 0:
            raise DraftImportError("empty", f"Berkas kosong (0 byte): {path.name}")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError as error:
        raise DraftImportError(
            "unreadable", f"Berkas tidak bisa dibaca (izin ditolak): {path}"
        ) from error
    except IsADirectoryError as error:
        raise DraftImportError("not_a_file", f"Ini bukan berkas draf: {path}") from error
    except OSError as error:
        raise DraftImportError(
            "unreadable", f"Berkas tidak bisa dibaca: {path} ({error.strerror or error})"
        ) from error
    if len(data) > limit:
        raise DraftImportError("too_big", f"Berkas terlalu besar (batas {human_size(limit)}).")
    return reader(data)


def import_file(path: str | Path) -> ImportResult:
    """Open the draft at ``path`` and recognise its story."""
    return import_source(read_file(path))


def import_pasted(text: str | None, html: str | None = None) -> ImportResult:
    """Recognise a story pasted from the clipboard.

    The HTML flavour is preferred when it carries text (it keeps paragraphs, bold, italic
    and links that the plain flavour flattens); otherwise the plain text is used.
    """
    if html and html.strip():
        if len(html) > MAX_TEXT_BYTES:
            raise DraftImportError(
                "too_big", f"Teks tempelan terlalu besar (batas {human_size(MAX_TEXT_BYTES)})."
            )
        source = html_to_source(html, "clipboard-html")
        if source.text.strip():
            return import_source(source)
    if text is None or not text.strip():
        raise DraftImportError("empty", "Papan klip kosong: tidak ada teks untuk ditempel.")
    return import_text(text, "clipboard")
