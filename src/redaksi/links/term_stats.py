"""How rare each term is in the library, estimated from a random sample of stories.

Suggestions need rarity twice: to leave common words out of the candidate query (a word
in half the library would make it slow and vague) and to weigh what a candidate shares.
Exact document frequencies would cost a scan of the whole index on PostgreSQL, so a
sample of a few thousand stories, refreshed every few minutes, stands in on both engines.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from redaksi.store.models import StorySearchRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

SAMPLE_SIZE = 3000
MAX_AGE_SECONDS = 300.0
# Stories assumed to lack every term, so a word shared by all of a tiny library's few
# stories is not taken for a common word.
PRIOR_STORIES = 20


@dataclass(frozen=True)
class _Sample:
    size: int
    library: int
    complete: bool
    terms: Counter[str]
    names: Counter[str]
    taken_at: float


class TermStatistics:
    """Inverse document frequencies scaled to 0..1 (1 for a term never seen in the sample)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        sample_size: int = SAMPLE_SIZE,
        max_age: float = MAX_AGE_SECONDS,
    ) -> None:
        self._sessions = sessions
        self._sample_size = sample_size
        self._max_age = max_age
        self._lock = threading.Lock()
        self._sample: _Sample | None = None

    def refresh(self) -> None:
        """Take a new sample now (after an import, or in tests that grow the library)."""
        sample = self._take()
        with self._lock:
            self._sample = sample

    def _current(self) -> _Sample:
        with self._lock:
            sample = self._sample
        if sample is None or time.monotonic() - sample.taken_at > self._max_age:
            self.refresh()
            with self._lock:
                sample = self._sample
        assert sample is not None
        return sample

    def _take(self) -> _Sample:
        columns = (
            StorySearchRow.title,
            StorySearchRow.body,
            StorySearchRow.tags,
            StorySearchRow.names,
        )
        with self._sessions() as session:
            low, high, count = session.execute(
                select(
                    func.min(StorySearchRow.story_id),
                    func.max(StorySearchRow.story_id),
                    func.count(),
                )
            ).one()
            if not count:
                rows = []
            elif count <= self._sample_size:
                rows = session.execute(select(*columns)).all()
            else:
                ids = random.sample(range(low, high + 1), min(self._sample_size, high - low + 1))
                rows = session.execute(
                    select(*columns).where(StorySearchRow.story_id.in_(ids))
                ).all()
        terms: Counter[str] = Counter()
        names: Counter[str] = Counter()
        for title, body, tags, story_names in rows:
            terms.update(set(title.split()) | set(body.split()) | set(tags.split()))
            names.update(set(story_names.split()))
        complete = count <= self._sample_size
        return _Sample(len(rows), int(count or 0), complete, terms, names, time.monotonic())

    @staticmethod
    def _scaled(size: int, df: int) -> float:
        total = size + PRIOR_STORIES + 1
        return min(1.0, math.log(total / (df + 0.5)) / math.log(total))

    def expected_stories(self, term: str) -> float:
        """About how many stories of the whole library contain ``term`` (or the name)."""
        sample = self._current()
        if sample.size == 0:
            return 0.0
        df = max(sample.terms.get(term, 0), sample.names.get(term, 0))
        return (df + 0.5) / sample.size * sample.library

    def library_size(self) -> int:
        """Stories in the index when the sample was taken."""
        return self._current().library

    def absent(self, term: str) -> bool:
        """True when the library surely lacks ``term`` (the sample was the whole library)."""
        sample = self._current()
        return sample.complete and term not in sample.terms and term not in sample.names

    def idf(self, term: str) -> float:
        """Rarity of an index term among the sampled stories' titles, bodies and tags."""
        sample = self._current()
        return self._scaled(sample.size, sample.terms.get(term, 0))

    def name_idf(self, name: str) -> float:
        """Rarity of a name key among the sampled stories' names."""
        sample = self._current()
        return self._scaled(sample.size, sample.names.get(name, 0))
