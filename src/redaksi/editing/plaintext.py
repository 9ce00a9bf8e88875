"""A new story from plain text: first line the headline, first paragraph the lead.

Used for ``.txt`` files dropped on the window until the full importer
(``redaksi.story.importing``) handles every format.
"""

from __future__ import annotations

import re

from redaksi.story.model import Paragraph, Story

_BLANK_LINES = re.compile(r"\n\s*\n")


def decode_text(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252 as old desks wrote it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def story_from_plain_text(text: str) -> Story:
    """Split ``text`` into headline, lead and body paragraphs; raises on empty text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ValueError("Berkas kosong: tidak ada teks untuk dijadikan berita.")
    headline, _, rest = text.partition("\n")
    blocks = [" ".join(b.split()) for b in _BLANK_LINES.split(rest.strip()) if b.strip()]
    if not blocks:
        blocks = [line.strip() for line in rest.split("\n") if line.strip()]
    lead = blocks[0] if blocks else ""
    return Story(
        headline=headline.strip(),
        lead=lead,
        paragraphs=[Paragraph(text=b) for b in blocks[1:]],
    )
