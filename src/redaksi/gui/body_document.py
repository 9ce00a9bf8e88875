"""Convert between the core's ``Paragraph(text, kind, marks)`` and a ``QTextDocument``.

One paragraph is one block.  The paragraph kind is a block property (quotes are also indented
and set in italic grey so they look like quotes); bold, italic and links are character
formats.  Only what the model can hold is read back, so pasted web formatting (fonts,
colours, tables) never leaks into a story.  Offsets cross the UTF-16 boundary through
:class:`~redaksi.editing.offsets.Utf16Map`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from redaksi.editing.offsets import Utf16Map
from redaksi.gui.marker_format import carry_markers
from redaksi.story.model import Mark, Paragraph, ParagraphKind

KIND_PROPERTY = QTextFormat.Property.UserProperty + 1
KINDS: tuple[ParagraphKind, ...] = ("p", "quote", "subhead")
LINK_COLOUR = QColor("#1d5fbf")
# Translucent, so a quote reads as set apart on the light and on the dark palette alike.
QUOTE_BACKGROUND = QColor(128, 128, 128, 34)


def block_format(kind: ParagraphKind) -> QTextBlockFormat:
    """How a paragraph of ``kind`` is laid out."""
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, kind)
    fmt.setBottomMargin(10)
    fmt.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if kind == "quote":
        fmt.setLeftMargin(28)
        fmt.setRightMargin(16)
        fmt.setBackground(QUOTE_BACKGROUND)
    elif kind == "subhead":
        fmt.setTopMargin(8)
        fmt.setHeadingLevel(3)
    return fmt


def kind_char_format(kind: ParagraphKind) -> QTextCharFormat:
    """The base character look of a paragraph kind (before marks)."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Normal)
    fmt.setFontItalic(False)
    fmt.setAnchor(False)
    fmt.setAnchorHref("")
    fmt.setFontUnderline(False)
    fmt.clearForeground()
    if kind == "subhead":
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def mark_format(mark: Mark) -> QTextCharFormat:
    """The character format that ``mark`` adds."""
    fmt = QTextCharFormat()
    if mark.kind == "bold":
        fmt.setFontWeight(QFont.Weight.Bold)
    elif mark.kind == "italic":
        fmt.setFontItalic(True)
    elif mark.kind == "link":
        fmt.setAnchor(True)
        fmt.setAnchorHref(mark.href or "")
        fmt.setFontUnderline(True)
        fmt.setForeground(LINK_COLOUR)
    return fmt


def block_kind(block: QTextBlock) -> ParagraphKind:
    """The paragraph kind stored on ``block`` (``p`` when none was set)."""
    fmt = block.blockFormat()
    # Ask first: in PySide6 6.12 reading an unset property returns an unowned None.
    if not fmt.hasProperty(KIND_PROPERTY):
        return "p"
    value = fmt.property(KIND_PROPERTY)
    return value if value in KINDS else "p"


def write_paragraphs(cursor: QTextCursor, paragraphs: Sequence[Paragraph]) -> None:
    """Insert ``paragraphs`` at ``cursor``: the first joins the current block, others follow."""
    for index, paragraph in enumerate(paragraphs):
        if index:
            cursor.insertBlock(block_format(paragraph.kind), kind_char_format(paragraph.kind))
        else:
            # The block keeps its "Baca juga" markers when text is pasted into it.
            cursor.setBlockFormat(carry_markers(cursor.blockFormat(), block_format(paragraph.kind)))
        start = cursor.position()
        text = paragraph.text.replace("\n", "\u2028")
        cursor.insertText(text, kind_char_format(paragraph.kind))
        offsets = Utf16Map(text)
        for mark in paragraph.marks:
            span = QTextCursor(cursor.document())
            span.setPosition(start + offsets.to_utf16(mark.start))
            span.setPosition(start + offsets.to_utf16(mark.end), QTextCursor.MoveMode.KeepAnchor)
            span.mergeCharFormat(mark_format(mark))


def load_paragraphs(document: QTextDocument, paragraphs: Sequence[Paragraph]) -> None:
    """Replace the whole document with ``paragraphs`` (clears undo history)."""
    document.clear()
    if not paragraphs:
        QTextCursor(document).setBlockFormat(block_format("p"))
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    write_paragraphs(cursor, paragraphs)
    cursor.endEditBlock()
    document.clearUndoRedoStacks()
    document.setModified(False)


def iter_blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    """Every block of ``document`` in order."""
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def block_marks(block: QTextBlock, offsets: Utf16Map) -> list[Mark]:
    """Marks of one block, adjacent equal ranges merged, in the model's code-point offsets."""
    runs: dict[tuple[str, str | None], list[list[int]]] = {}
    base = block.position()
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            start = offsets.to_code_point(fragment.position() - base)
            end = offsets.to_code_point(fragment.position() - base + fragment.length())
            kinds: list[tuple[str, str | None]] = []
            if fmt.fontWeight() >= QFont.Weight.DemiBold and block_kind(block) != "subhead":
                kinds.append(("bold", None))
            if fmt.fontItalic():
                kinds.append(("italic", None))
            if fmt.isAnchor() and fmt.anchorHref():
                kinds.append(("link", fmt.anchorHref()))
            for key in kinds:
                spans = runs.setdefault(key, [])
                if spans and spans[-1][1] == start:
                    spans[-1][1] = end
                else:
                    spans.append([start, end])
        it += 1
    marks = [
        Mark(start=s, end=e, kind=kind, href=href)  # type: ignore[arg-type]
        for (kind, href), spans in runs.items()
        for s, e in spans
    ]
    return sorted(marks, key=lambda m: (m.start, m.end, m.kind))


def block_paragraph(block: QTextBlock) -> Paragraph:
    """The model paragraph held by one block."""
    text = block.text().replace("\u2028", "\n")
    return Paragraph(text=text, kind=block_kind(block), marks=block_marks(block, Utf16Map(text)))


def read_paragraphs(document: QTextDocument) -> list[Paragraph]:
    """The body as model paragraphs; blocks holding only whitespace are not paragraphs."""
    return [block_paragraph(b) for b in iter_blocks(document) if b.text().strip()]


def paragraphs_from_html(html: str) -> list[Paragraph]:
    """Paragraphs from pasted HTML, keeping only bold, italic and links."""
    scratch = QTextDocument()
    scratch.setHtml(html)
    return read_paragraphs(scratch)
