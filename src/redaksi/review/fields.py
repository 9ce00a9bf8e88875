"""The text fields of a story as plain strings, by key: what diffs and comments point at.

Keys: ``headline``, ``subheadline``, ``dateline``, ``lead``, ``body`` (paragraphs joined by
a blank line), ``paragraph:N`` (one body paragraph, from 0), ``byline``, ``category``,
``tags``, ``end_mark`` and ``captions`` (photo captions, one a line).
"""

from __future__ import annotations

from typing import Any

LABELS = {
    "headline": "Judul",
    "subheadline": "Subjudul",
    "dateline": "Dateline",
    "lead": "Teras",
    "body": "Isi berita",
    "byline": "Penulis",
    "category": "Kategori",
    "tags": "Tag",
    "end_mark": "Tanda akhir",
    "captions": "Keterangan foto",
}

PARAGRAPH = "paragraph:"


def label(key: str) -> str:
    """Indonesian name of a field key (``paragraph:2`` is "Paragraf 3")."""
    if key.startswith(PARAGRAPH):
        return f"Paragraf {int(key[len(PARAGRAPH) :]) + 1}"
    return LABELS.get(key, key)


def snapshot_fields(snapshot: dict[str, Any]) -> dict[str, str]:
    """Every diffable field of a ``story_to_dict`` snapshot as text, in reading order."""
    dateline = snapshot.get("dateline") or {}
    place, outlet = dateline.get("place", ""), dateline.get("outlet", "")
    paragraphs = [p.get("text", "") for p in snapshot.get("paragraphs", [])]
    return {
        "headline": snapshot.get("headline", ""),
        "subheadline": snapshot.get("subheadline", ""),
        "dateline": ", ".join(x for x in (place, outlet) if x),
        "lead": snapshot.get("lead", ""),
        "body": "\n\n".join(paragraphs),
        "byline": snapshot.get("byline", ""),
        "category": snapshot.get("category", ""),
        "tags": ", ".join(snapshot.get("tags", [])),
        "end_mark": snapshot.get("end_mark", ""),
        "captions": "\n".join(p.get("caption", "") for p in snapshot.get("photos", [])),
    }


def field_text(snapshot: dict[str, Any], key: str) -> str | None:
    """The text of one field key, or ``None`` when the story has no such field."""
    if key.startswith(PARAGRAPH):
        try:
            index = int(key[len(PARAGRAPH) :])
        except ValueError:
            return None
        paragraphs = snapshot.get("paragraphs", [])
        return paragraphs[index].get("text", "") if 0 <= index < len(paragraphs) else None
    return snapshot_fields(snapshot).get(key)
