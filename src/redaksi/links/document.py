"""What the search index stores for one story: stemmed text in weighted columns.

``title`` (headline and subheadline) weighs most, then ``names`` and ``tags``, then
``body`` (lead, paragraphs and captions).  Every column holds space-separated index terms
from :mod:`redaksi.links.stemming`, so the engines only split on spaces.
"""

from __future__ import annotations

from dataclasses import dataclass

from redaksi.links.names import story_names
from redaksi.links.stemming import term_text
from redaksi.story.model import Story


@dataclass(frozen=True)
class SearchDocument:
    """The four indexed columns of one story."""

    title: str
    body: str
    names: str
    tags: str


def search_document(story: Story) -> SearchDocument:
    """Index columns for ``story`` (pure: safe in a worker thread or a migration)."""
    title = term_text(f"{story.headline}\n{story.subheadline}")
    body_parts = [story.lead, *(p.text for p in story.paragraphs)]
    body_parts += [photo.caption for photo in story.photos]
    body = term_text("\n".join(body_parts))
    names = " ".join(story_names(story))
    tags = " ".join(term_text(tag) for tag in story.tags)
    return SearchDocument(title=title, body=body, names=names, tags=tags)
