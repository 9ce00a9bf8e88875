"""Fixtures for links tests: the labelled corpus shared with the benchmark."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import links_corpus  # noqa: E402


@pytest.fixture
def labelled_library(store) -> list[links_corpus.LabelledEvent]:
    """The ten labelled events plus 150 archive stories, stored through the repository."""
    rng = random.Random(11)
    events = links_corpus.labelled_events()
    archive = [links_corpus.random_story(rng) for _ in range(150)]
    for story in archive[:75]:
        store.stories.create(story)
    for event in events:
        for story in event.distractors:
            store.stories.create(story)
        event.related_ids = [store.stories.create(story).id for story in event.related]
    for story in archive[75:]:
        store.stories.create(story)
    return events
