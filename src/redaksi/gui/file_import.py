"""The single place where a dropped or opened file becomes a story: the draft importer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from redaksi.links.importing import resolve_related
from redaksi.links.search import StorySearch
from redaksi.story.importing import SUPPORTED, DraftImportError, import_file, import_pasted
from redaksi.story.importing.summary import import_record
from redaksi.story.model import Story

if TYPE_CHECKING:
    from redaksi.store.store import Store

IMPORTABLE_SUFFIXES = tuple(SUPPORTED)


class ImportRejected(ValueError):
    """The file cannot become a story; the message is shown to the reporter as is."""


def import_story_file(path: Path, store: Store | None = None) -> Story:
    """A new, unsaved story recognised from the draft at ``path`` (any supported format).

    Boilerplate the importer dropped is kept on the story (``extra["import"]``) so the
    reporter can see what was left out; nothing is lost silently.  With ``store``, its
    title-only "Baca juga" lines become links to the library stories of that headline.
    """
    try:
        result = import_file(path)
    except DraftImportError as error:
        raise ImportRejected(str(error)) from error
    story = result.story
    story.extra["import"] = import_record(result, path.name)
    _link_library(story, store)
    return story


def import_clipboard(text: str | None, html: str | None, store: Store | None = None) -> Story:
    """A new, unsaved story recognised from pasted text (the HTML flavour preferred)."""
    if not (text or "").strip() and not (html or "").strip():
        raise ImportRejected("Papan klip kosong: salin dulu naskah yang akan ditempel.")
    try:
        result = import_pasted(text, html)
    except DraftImportError as error:
        raise ImportRejected(str(error)) from error
    story = result.story
    story.extra["import"] = import_record(result, "papan klip")
    _link_library(story, store)
    return story


def _link_library(story: Story, store: Store | None) -> None:
    """A few indexed lookups, one per title-only related line: fine on the GUI thread."""
    if store is not None and story.related:
        resolve_related(story, StorySearch.for_store(store))
