"""Between the editor's text cursors and comment anchors (field key + code-point range).

Comments point at a field of the story (:mod:`redaksi.review.fields`): the headline, the
lead, or one body paragraph (``paragraph:N``, counting only non-empty blocks, as the story
model does).  Qt counts UTF-16 units, anchors count code points; :class:`Utf16Map` converts.
A selection that spans several body paragraphs anchors to its first paragraph's part.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from redaksi.editing.offsets import Utf16Map
from redaksi.review.comments import Anchor, MarginMark, locate
from redaksi.review.fields import PARAGRAPH

TextWidget = QTextEdit | QPlainTextEdit

#: Open comment ranges are tinted like a highlighter pen, under the finding underlines.
COMMENT_TINT = QColor(241, 196, 63, 70)


def paragraph_blocks(editor: TextWidget) -> list[QTextBlock]:
    """The body's blocks that are paragraphs of the story, in order."""
    blocks = []
    block = editor.document().firstBlock()
    while block.isValid():
        if block.text().strip():
            blocks.append(block)
        block = block.next()
    return blocks


def field_block(editor: TextWidget, field: str) -> QTextBlock | None:
    """The block that holds ``field``'s text (the whole document for headline and lead)."""
    if not field.startswith(PARAGRAPH):
        return editor.document().firstBlock()
    try:
        index = int(field[len(PARAGRAPH) :])
    except ValueError:
        return None
    blocks = paragraph_blocks(editor)
    return blocks[index] if 0 <= index < len(blocks) else None


def _field_text(editor: TextWidget, field: str) -> tuple[str, int] | None:
    """The field's text and its document position."""
    if field.startswith(PARAGRAPH):
        block = field_block(editor, field)
        return None if block is None else (block.text(), block.position())
    return editor.toPlainText(), 0


def selection_anchor(field: str, editor: TextWidget) -> Anchor | None:
    """The editor's selection as an anchor of ``field`` (``body`` → ``paragraph:N``)."""
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        return None
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    if field == "body":
        block = editor.document().findBlock(start)
        if not block.text().strip():
            return None
        index = sum(1 for b in paragraph_blocks(editor) if b.position() < block.position())
        field = f"{PARAGRAPH}{index}"
        base, text = block.position(), block.text()
        end = min(end, base + block.length() - 1)  # only this paragraph's part
    else:
        base, text = 0, editor.toPlainText()
    units = Utf16Map(text)
    first, last = units.to_code_point(start - base), units.to_code_point(end - base)
    words = text[first:last]
    if not words.strip():
        return None
    return Anchor(field, first, last, words)


def anchor_cursor(editors: Mapping[str, TextWidget], anchor: Anchor) -> QTextCursor | None:
    """A cursor over the anchored words where they are now, or ``None`` when they are gone."""
    editor = editors.get("body" if anchor.field.startswith(PARAGRAPH) else anchor.field)
    if editor is None:
        return None
    cursor = _cursor_in(editor, anchor.field, anchor)
    if cursor is None and anchor.field.startswith(PARAGRAPH):
        # The paragraph moved (one was inserted above it): look through the whole body.
        for index in range(len(paragraph_blocks(editor))):
            cursor = _cursor_in(editor, f"{PARAGRAPH}{index}", anchor)
            if cursor is not None:
                break
    return cursor


def _cursor_in(editor: TextWidget, field: str, anchor: Anchor) -> QTextCursor | None:
    found = _field_text(editor, field)
    where = locate(anchor, found[0]) if found is not None else None
    if found is None or where is None:
        return None
    return _range_cursor(editor, found, where)


def _range_cursor(
    editor: TextWidget, located: tuple[str, int], where: tuple[int, int]
) -> QTextCursor:
    """A cursor over code points ``where`` of a field located at ``(text, position)``."""
    text, base = located
    units = Utf16Map(text)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(base + units.to_utf16(where[0]))
    cursor.setPosition(base + units.to_utf16(where[1]), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def comment_selections(
    editors: Mapping[str, TextWidget], marks: list[MarginMark]
) -> dict[str, list[QTextEdit.ExtraSelection]]:
    """Tinted extra selections over each open comment's words, by editor field."""
    tint = QTextCharFormat()
    tint.setBackground(COMMENT_TINT)
    found: dict[str, list[QTextEdit.ExtraSelection]] = {name: [] for name in editors}
    for mark in marks:
        field = "body" if mark.field.startswith(PARAGRAPH) else mark.field
        editor = editors.get(field)
        located = _field_text(editor, mark.field) if editor is not None else None
        if editor is None or located is None:
            continue
        if not 0 <= mark.start < mark.end <= len(located[0]):
            continue
        cursor = _range_cursor(editor, located, (mark.start, mark.end))
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = tint  # type: ignore[attr-defined]
        found[field].append(selection)
    return found
