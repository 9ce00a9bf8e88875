"""A story as simple, escaped HTML for read-only views (conflict and recovery dialogs)."""

from __future__ import annotations

from html import escape

from redaksi.story.model import Story

CHANGED_STYLE = "background-color:#fff1b8;"


def story_preview_html(story: Story, compare_to: Story | None = None) -> str:
    """Headline, dateline, lead and body; parts that differ from ``compare_to`` highlighted."""
    other_texts = (
        {compare_to.headline, compare_to.lead, *(p.text for p in compare_to.paragraphs)}
        if compare_to is not None
        else None
    )

    def mark(text: str) -> str:
        changed = other_texts is not None and text not in other_texts
        return f' style="{CHANGED_STYLE}"' if changed else ""

    parts = [f"<h2{mark(story.headline)}>{escape(story.headline)}</h2>"]
    if story.subheadline:
        parts.append(f"<p><i>{escape(story.subheadline)}</i></p>")
    dateline = ", ".join(x for x in (story.dateline.place, story.dateline.outlet) if x)
    lead = escape(story.lead)
    if dateline:
        lead = f"<b>{escape(dateline)}</b> – {lead}"
    parts.append(f"<p{mark(story.lead)}>{lead}</p>")
    for paragraph in story.paragraphs:
        text = escape(paragraph.text)
        style = mark(paragraph.text)
        if paragraph.kind == "quote":
            parts.append(f"<blockquote{style}>{text}</blockquote>")
        elif paragraph.kind == "subhead":
            parts.append(f"<h4{style}>{text}</h4>")
        else:
            parts.append(f"<p{style}>{text}</p>")
    return "\n".join(parts)
