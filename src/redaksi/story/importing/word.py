"""``.docx`` drafts through python-docx: paragraphs, tables, line breaks, bold/italic, links."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from redaksi.story.importing.errors import DraftImportError
from redaksi.story.importing.package import open_package
from redaksi.story.importing.source import (
    HintKind,
    ReadParagraph,
    SourceMark,
    SourceText,
    assemble,
)


def _paragraphs(container: Any) -> Iterator[Any]:
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    yield from _paragraphs(cell)
        else:
            yield item


def style_hint(style_name: str) -> HintKind | None:
    """The role a Word paragraph style declares (English and Indonesian style names)."""
    name = style_name.lower()
    if name in {"title", "judul"} or name in {"heading 1", "judul 1"}:
        return "headline"
    if name.startswith(("heading", "judul")):
        return "subhead"
    if "quote" in name or "kutipan" in name:
        return "quote"
    if name in {"caption", "keterangan"}:
        return "caption"
    return None


def _style_names(document: Any) -> dict[str, str]:
    """Style id → name, read once: python-docx's ``paragraph.style`` scans every style."""
    names: dict[str, str] = {}
    for style in document.styles.element.style_lst:
        if style.styleId:
            names[style.styleId] = style.name_val or style.styleId
    return names


def _read(paragraph: Any, styles: dict[str, str]) -> ReadParagraph:
    from docx.text.hyperlink import Hyperlink

    pieces: list[str] = []
    marks: list[SourceMark] = []
    length = 0
    for item in paragraph.iter_inner_content():
        runs = item.runs if isinstance(item, Hyperlink) else [item]
        start = length
        for run in runs:
            text = run.text
            if not text:
                continue
            if run.bold:
                marks.append(SourceMark(length, length + len(text), "bold"))
            if run.italic:
                marks.append(SourceMark(length, length + len(text), "italic"))
            pieces.append(text)
            length += len(text)
        if isinstance(item, Hyperlink) and item.url and length > start:
            marks.append(SourceMark(start, length, "link", item.url))
    text = "".join(pieces)
    # Edge whitespace is not part of the paragraph; marks shift with the trimmed start.
    left = len(text) - len(text.lstrip())
    trimmed = text.strip()
    marks = [
        SourceMark(max(m.start - left, 0), min(m.end - left, len(trimmed)), m.kind, m.href)
        for m in marks
        if min(m.end - left, len(trimmed)) > max(m.start - left, 0)
    ]
    style_id = paragraph._p.style or ""
    return ReadParagraph(trimmed, marks, style_hint(styles.get(style_id, style_id)))


def read_docx(data: bytes) -> SourceText:
    """Text and marks of a Word document, one source paragraph per Word paragraph."""
    open_package(data, "Word (.docx)", "word/document.xml").close()
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        styles = _style_names(document)
        paragraphs = [_read(paragraph, styles) for paragraph in _paragraphs(document)]
    except DraftImportError:
        raise
    except Exception as error:  # python-docx raises many types for damaged XML
        raise DraftImportError(
            "corrupt",
            "Dokumen Word (.docx) ini rusak sehingga teksnya tidak bisa dibaca. "
            "Simpan ulang dari pengolah kata lalu coba lagi.",
        ) from error
    return assemble(paragraphs, "docx", "utf-8")
