"""Keep the reporter's version as a new story when someone else saved first."""

from __future__ import annotations

import copy
import uuid

from redaksi.story.model import Story


def conflict_copy(mine: Story, original_id: int, headline: str) -> Story:
    """A new, unsaved story holding ``mine`` under ``headline``, linked to the original.

    Id, version, slug and uuid are reset so the store creates it as a story of its own;
    ``extra["copy_of"]`` records where it came from for the desk that reconciles the two.
    """
    story = copy.deepcopy(mine)
    story.id = None
    story.version = 0
    story.slug = ""
    story.uuid = uuid.uuid4().hex
    story.created_at = story.updated_at = story.published_at = None
    story.headline = headline
    story.extra["copy_of"] = original_id
    return story
