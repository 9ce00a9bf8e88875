"""``.docx`` drafts through python-docx: paragraphs, tables, line breaks, bold/italic, links."""

from __future__ import annotations

import io
from collections.abc import Iterator

from redaksi.story.importing.errors import DraftImportError
from redaksi.story.importing.package import open_package
from redaksi.story.importing.source import SourceMark, SourceText


def _paragraphs(container: object) -> Iterator[object]:
    from docx.table import Table

    for item in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    yield from _paragraphs(cell)
        else:
            yield item


def read_docx(data: bytes) -> SourceText:
    """Text and marks of a Word document, one source paragraph per Word paragraph."""
    open_package(data, "Word (.docx)", "word/document.xml").close()
    try:
        import docx
        from docx.text.hyperlink import Hyperlink

        document = docx.Document(io.BytesIO(data))
        parts: list[str] = []
        marks: list[SourceMark] = []
        offset = 0
        for paragraph in _paragraphs(document):
            pieces: list[str] = []
            local: list[SourceMark] = []
            length = 0
            for item in paragraph.iter_inner_content():  # type: ignore[attr-defined]
                runs = item.runs if isinstance(item, Hyperlink) else [item]
                start = length
                for run in runs:
                    text = run.text
                    if not text:
                        continue
                    if run.bold:
                        local.append(SourceMark(length, length + len(text), "bold"))
                    if run.italic:
                        local.append(SourceMark(length, length + len(text), "italic"))
                    pieces.append(text)
                    length += len(text)
                if isinstance(item, Hyperlink) and item.url and length > start:
                    local.append(SourceMark(start, length, "link", item.url))
            text = "".join(pieces)
            if not text.strip():
                continue
            if parts:
                parts.append("\n\n")
                offset += 2
            marks.extend(
                SourceMark(m.start + offset, m.end + offset, m.kind, m.href) for m in local
            )
            parts.append(text)
            offset += len(text)
    except DraftImportError:
        raise
    except Exception as error:  # python-docx raises many types for damaged XML
        raise DraftImportError(
            "corrupt",
            "Dokumen Word (.docx) ini rusak sehingga teksnya tidak bisa dibaca. "
            "Simpan ulang dari pengolah kata lalu coba lagi.",
        ) from error
    return SourceText(text="".join(parts), format="docx", encoding="utf-8", marks=marks)
