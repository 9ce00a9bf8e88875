"""Tracked changes as rich text for ``QTextBrowser``.

Inserted words are green and underlined, deleted words red and struck through, each field
under its own small heading.
"""

from __future__ import annotations

from html import escape

from redaksi.gui.review_style import (
    DELETE_BACK,
    DELETE_TEXT,
    INSERT_BACK,
    INSERT_TEXT,
    MUTED,
)
from redaksi.review.diff import Change, Segment
from redaksi.review.history import FieldDiff
from redaksi.review.tokens import tokenize

INS_STYLE = f"color:{INSERT_TEXT}; background-color:{INSERT_BACK}; text-decoration:underline;"
DEL_STYLE = f"color:{DELETE_TEXT}; background-color:{DELETE_BACK}; text-decoration:line-through;"


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def segments_html(segments: list[Segment]) -> str:
    """One field's segments as inline HTML."""
    parts = []
    for seg in segments:
        if seg.change is Change.EQUAL:
            parts.append(_text(seg.text))
        elif seg.change is Change.INSERT:
            parts.append(f'<span style="{INS_STYLE}">{_text(seg.text)}</span>')
        else:
            parts.append(f'<span style="{DEL_STYLE}">{_text(seg.text)}</span>')
    return "".join(parts)


def word_counts(diffs: list[FieldDiff]) -> tuple[int, int]:
    """Words inserted and deleted over all fields."""
    inserted = deleted = 0
    for diff in diffs:
        for seg in diff.segments:
            words = sum(1 for t in tokenize(seg.text) if t[0].isalnum())
            if seg.change is Change.INSERT:
                inserted += words
            elif seg.change is Change.DELETE:
                deleted += words
    return inserted, deleted


def diffs_html(diffs: list[FieldDiff], show_unchanged: bool, empty_message: str) -> str:
    """The whole comparison: changed fields (and unchanged ones when asked)."""
    blocks = []
    for diff in diffs:
        if not diff.changed and not (show_unchanged and diff.segments):
            continue
        heading = escape(diff.label.upper())
        size = "16pt" if diff.key == "headline" else "11pt"
        weight = "600" if diff.key == "headline" else "400"
        blocks.append(
            f'<p style="margin-top:14px; margin-bottom:3px; color:{MUTED}; font-size:8pt; '
            f'letter-spacing:1px;">{heading}</p>'
            f'<p style="margin-top:0; font-size:{size}; font-weight:{weight}; '
            f'line-height:140%;">{segments_html(diff.segments)}</p>'
        )
    if not blocks:
        return f'<p style="color:{MUTED}; margin-top:18px;">{escape(empty_message)}</p>'
    return "".join(blocks)
