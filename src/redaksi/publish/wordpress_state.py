"""Keep the WordPress publish state (media ids, post id, URL) on the story in the store.

:func:`redaksi.publish.wordpress.publish_story` reports its state after every upload so a
publish that stops half-way resumes where it stopped.  The state is written through
:meth:`StoryRepository.modify` — version check, revision and write hooks like any other save —
and applied to the *stored* story, so words another desk saved meanwhile are never replaced.

Uploads can come quickly; writing a revision for each would bury the story's history, so
upload progress is written at most once per ``interval`` seconds.  The post's own result (a
state with no new upload) is always left for the caller's :meth:`PublishStateKeeper.flush`,
which runs once at the end — whether publishing succeeded, failed or was cancelled — and
names the outcome in the revision note.  Only a desk that dies mid-publish can lose the last
``interval`` of uploads (they are uploaded again, never published twice).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from redaksi.publish.wordpress import STATE_KEY
from redaksi.store.errors import VersionConflict

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from redaksi.store.repository import StoryRepository
    from redaksi.story.model import Story

#: Seconds between two writes of the publish state while uploads go on.
DEFAULT_INTERVAL = 1.0
_ATTEMPTS = 3


def published_state(story: Story) -> dict[str, Any]:
    """What the story remembers of its last publish (empty when never published)."""
    return dict(story.extra.get(STATE_KEY) or {})


class PublishStateKeeper:
    """A ``save_state`` callback for ``publish_story`` that writes through the repository."""

    def __init__(
        self,
        stories: StoryRepository,
        story_id: int,
        user_id: int | None = None,
        interval: float = DEFAULT_INTERVAL,
        on_saved: Callable[[Story], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        initial: dict[str, Any] | None = None,
    ) -> None:
        self._stories = stories
        self._story_id = story_id
        self._user_id = user_id
        self._interval = interval
        self._on_saved = on_saved
        self._clock = clock
        self._pending: dict[str, Any] | None = None
        self._last_write = float("-inf")
        self._uploaded = set((initial or {}).get("media") or {})
        self.writes = 0

    def __call__(self, state: dict[str, Any]) -> None:
        """Remember ``state``; write new uploads when the last write is ``interval`` old."""
        self._pending = copy.deepcopy(state)
        uploaded = set(state.get("media") or {})
        grew = bool(uploaded - self._uploaded)
        self._uploaded |= uploaded
        if grew and self._clock() - self._last_write >= self._interval:
            self.flush("WordPress: foto diunggah")

    def flush(self, note: str) -> Story | None:
        """Write the newest unwritten state now; returns the saved story, if anything was."""
        state, self._pending = self._pending, None
        if state is None:
            return None

        def apply(stored: Story, _session: Session) -> None:
            stored.extra[STATE_KEY] = state

        for attempt in range(_ATTEMPTS):
            try:
                saved = self._stories.modify(self._story_id, apply, None, self._user_id, note)
                break
            except VersionConflict:  # another desk saved between read and write: apply again
                if attempt == _ATTEMPTS - 1:
                    self._pending = state
                    raise
        self._last_write = self._clock()
        self.writes += 1
        if self._on_saved:
            self._on_saved(saved)
        return saved
