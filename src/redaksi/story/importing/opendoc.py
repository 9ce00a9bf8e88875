"""``.odt`` drafts through odfpy: headings and paragraphs in document order, with links."""

from __future__ import annotations

import io
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

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
XLINK_NS = "http://www.w3.org/1999/xlink"


class _Paragraph:
    def __init__(self, hint: HintKind | None = None) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.marks: list[SourceMark] = []
        self.hint = hint

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
            hint: HintKind | None = None
            if child.qname == (TEXT_NS, "h"):
                level = str(child.getAttrNS(TEXT_NS, "outline-level") or "1")
                hint = "headline" if level == "1" else "subhead"
            paragraph = _Paragraph(hint)
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
    read = []
    for paragraph in paragraphs:
        text = "".join(paragraph.pieces)
        left = len(text) - len(text.lstrip())
        trimmed = text.strip()
        marks = [
            SourceMark(m.start - left, min(m.end - left, len(trimmed)), m.kind, m.href)
            for m in paragraph.marks
            if m.start >= left and min(m.end - left, len(trimmed)) > m.start - left
        ]
        read.append(ReadParagraph(trimmed, marks, paragraph.hint))
    return assemble(read, "odt", "utf-8")
