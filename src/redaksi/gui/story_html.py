"""A story as simple, escaped HTML for read-only views (conflict and recovery dialogs)."""

from __future__ import annotations

from html import escape

from redaksi.story.model import Story


def story_preview_html(story: Story) -> str:
    """Headline, dateline, lead and body paragraphs; no formatting beyond quotes."""
    parts = [f"<h2>{escape(story.headline)}</h2>"]
    if story.subheadline:
        parts.append(f"<p><i>{escape(story.subheadline)}</i></p>")
    dateline = " ".join(x for x in (story.dateline.place, story.dateline.outlet) if x)
    lead = escape(story.lead)
    if dateline:
        lead = f"<b>{escape(dateline)}</b> – {lead}"
    parts.append(f"<p>{lead}</p>")
    for paragraph in story.paragraphs:
        text = escape(paragraph.text)
        if paragraph.kind == "quote":
            parts.append(f"<blockquote>{text}</blockquote>")
        elif paragraph.kind == "subhead":
            parts.append(f"<h4>{text}</h4>")
        else:
            parts.append(f"<p>{text}</p>")
    return "\n".join(parts)
