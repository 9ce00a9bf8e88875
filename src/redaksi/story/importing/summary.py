"""The stable, JSON-ready summary of an import: what ``redaksi import --json`` prints.

The corpus tests compare against the same shape, so its keys change only deliberately.
"""

from __future__ import annotations

from typing import Any

from redaksi.story.importing.importer import ImportResult

SUMMARY_VERSION = 1


def import_summary(result: ImportResult) -> dict[str, Any]:
    """Headline, dateline, lead, paragraphs, photos, related, end mark and dropped text."""
    story, report = result.story, result.report
    return {
        "headline": story.headline,
        "subheadline": story.subheadline,
        "byline": story.byline,
        "dateline": {"place": story.dateline.place, "outlet": story.dateline.outlet},
        "lead": story.lead,
        "paragraphs": [paragraph.text for paragraph in story.paragraphs],
        "photos": [{"caption": photo.caption, "credit": photo.credit} for photo in story.photos],
        "related": [
            {"title": link.title, "url": link.url, "position": link.after_paragraph}
            for link in story.related
        ],
        "end_mark": story.end_mark,
        "credits": dict(story.credits),
        "tags": list(story.tags),
        "dropped": [{"text": item.text, "reason": item.reason} for item in report.dropped],
    }


def import_record(result: ImportResult, file_name: str = "") -> dict[str, Any]:
    """What the library keeps about the import in ``story.extra["import"]``."""
    return {
        "file": file_name,
        "format": result.report.source_format,
        "encoding": result.report.encoding,
        "characters": result.report.characters,
        "dropped": [
            {"text": item.text, "reason": item.reason, "start": item.start}
            for item in result.report.dropped
        ],
        "warnings": list(result.report.warnings),
    }
