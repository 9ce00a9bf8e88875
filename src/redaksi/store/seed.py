"""First start: put one sample Indonesian story in an empty library."""

from __future__ import annotations

import json

from redaksi.resources import resource
from redaksi.store.store import Store
from redaksi.story.model import Story
from redaksi.story.serialize import story_from_dict

SAMPLE_STORY = ("sample", "sample-story.json")


def sample_story() -> Story:
    """The sample story shipped in ``resources/sample/``."""
    data = json.loads(resource(*SAMPLE_STORY).read_text(encoding="utf-8"))
    return story_from_dict(data)


def seed_if_empty(store: Store, user_id: int | None = None) -> Story | None:
    """Create the sample story when the library has no stories at all; else do nothing."""
    if store.stories.count() or store.stories.list(trash=True, limit=1):
        return None
    story = sample_story()
    story.author_id = user_id
    return store.stories.create(story, user_id, note="Contoh berita pertama")
