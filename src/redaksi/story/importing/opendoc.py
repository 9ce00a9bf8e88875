"""``.odt`` drafts through odfpy: headings and paragraphs in document order, with links."""

from __future__ import annotations

import io
from typing import Any

from redaksi.story.importing.errors import DraftImportError
from redaksi.story.importing.package import open_package
from redaksi.story.importing.source import SourceMark, SourceText

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
XLINK_NS = "http://www.w3.org/1999/xlink"


class _Paragraph:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.marks: list[SourceMark] = []

    def add(self, text: str) -> None:
        if text:
            self.pieces.append(text)
            self.length += len(text)

    def walk(self, node: Any) -> None:
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                self.add(str(child.data))
                continue
            if child.nodeType != child.ELEMENT_NODE:
                continue
            namespace, name = child.qname
            if namespace != TEXT_NS:
                continue
            if name == "s":
                self.add(" " * int(child.getAttrNS(TEXT_NS, "c") or 1))
            elif name == "tab":
                self.add("\t")
            elif name == "line-break":
                self.add("\n")
            elif name in {"note", "annotation", "bookmark", "bookmark-start", "bookmark-end"}:
                continue
            elif name == "a":
                start = self.length
                self.walk(child)
                href = child.getAttrNS(XLINK_NS, "href")
                if href and self.length > start:
                    self.marks.append(SourceMark(start, self.length, "link", str(href)))
            else:
                self.walk(child)


def _blocks(node: Any) -> list[_Paragraph]:
    found: list[_Paragraph] = []
    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE:
            continue
        if child.qname in {(TEXT_NS, "p"), (TEXT_NS, "h")}:
            paragraph = _Paragraph()
            paragraph.walk(child)
            found.append(paragraph)
        else:
            found.extend(_blocks(child))
    return found


def read_odt(data: bytes) -> SourceText:
    """Text of an OpenDocument text file, one source paragraph per ``text:p``/``text:h``."""
    open_package(data, "OpenDocument (.odt)", "content.xml").close()
    try:
        from odf.opendocument import load

        document = load(io.BytesIO(data))
        paragraphs = _blocks(document.text)
    except Exception as error:  # odfpy surfaces XML and zip errors of many kinds
        raise DraftImportError(
            "corrupt",
            "Dokumen OpenDocument (.odt) ini rusak sehingga teksnya tidak bisa dibaca. "
            "Simpan ulang dari pengolah kata lalu coba lagi.",
        ) from error
    parts: list[str] = []
    marks: list[SourceMark] = []
    offset = 0
    for paragraph in paragraphs:
        text = "".join(paragraph.pieces)
        if not text.strip():
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        marks.extend(
            SourceMark(m.start + offset, m.end + offset, m.kind, m.href) for m in paragraph.marks
        )
        parts.append(text)
        offset += len(text)
    return SourceText(text="".join(parts), format="odt", encoding="utf-8", marks=marks)
