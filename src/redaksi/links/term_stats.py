"""How rare each term is in the library, estimated from a random sample of stories.

Suggestions need rarity twice: to leave common words out of the candidate query (a word
in half the library would make it slow and vague) and to weigh what a candidate shares.
Exact document frequencies would cost a scan of the whole index on PostgreSQL, so a
sample of a few thousand stories stands in on both engines.  A large library's sample is
renewed every few minutes (one new story hardly moves its frequencies); a small library
is sampled whole and renewed whenever a story was saved since.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from redaksi.store.models import StoryRow, StorySearchRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

SAMPLE_SIZE = 3000
MAX_AGE_SECONDS = 300.0
# Stories assumed to lack every term, so a word shared by all of a tiny library's few
# stories is not taken for a common word.
PRIOR_STORIES = 20


@dataclass(frozen=True)
class TermSnapshot:
    """Term frequencies of one sample; immutable, so a worker can use it freely."""

    size: int
    library: int
    complete: bool
    terms: Counter[str]
    names: Counter[str]
    stamp: datetime | None
    taken_at: float

    def _scaled(self, df: int) -> float:
        total = self.size + PRIOR_STORIES + 1
        return min(1.0, math.log(total / (df + 0.5)) / math.log(total))

    def idf(self, term: str) -> float:
        """Rarity 0..1 of an index term among the sampled titles, bodies and tags."""
        return self._scaled(self.terms.get(term, 0))

    def name_idf(self, name: str) -> float:
        """Rarity 0..1 of a name key among the sampled stories' names."""
        return self._scaled(self.names.get(name, 0))

    def expected_stories(self, term: str) -> float:
        """About how many stories of the whole library contain ``term`` (or the name)."""
        if self.size == 0:
            return 0.0
        df = max(self.terms.get(term, 0), self.names.get(term, 0))
        return (df + 0.5) / self.size * self.library

    def absent(self, term: str) -> bool:
        """True when the library surely lacks ``term`` (the sample was the whole library)."""
        return self.complete and term not in self.terms and term not in self.names


class TermStatistics:
    """Keeps a current :class:`TermSnapshot` of one store; thread-safe."""

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
        self._snapshot: TermSnapshot | None = None

    def refresh(self) -> TermSnapshot:
        """Take a new sample now (after an import, for instance)."""
        snapshot = self._take()
        with self._lock:
            self._snapshot = snapshot
        return snapshot

    def current(self) -> TermSnapshot:
        """The snapshot to use now, renewed when stale."""
        with self._lock:
            snapshot = self._snapshot
        if snapshot is None or time.monotonic() - snapshot.taken_at > self._max_age:
            return self.refresh()
        if snapshot.complete and self._stamp() != snapshot.stamp:
            return self.refresh()
        return snapshot

    def _stamp(self) -> datetime | None:
        with self._sessions() as session:
            return session.scalar(select(func.max(StoryRow.updated_at)))

    def _take(self) -> TermSnapshot:
        columns = (
            StorySearchRow.title,
            StorySearchRow.body,
            StorySearchRow.tags,
            StorySearchRow.names,
        )
        stamp = self._stamp()
        with self._sessions() as session:
            low, high, count = session.execute(
                select(
                    func.min(StorySearchRow.story_id),
                    func.max(StorySearchRow.story_id),
                    func.count(),
                )
            ).one()
            count = int(count or 0)
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
        return TermSnapshot(
            size=len(rows),
            library=count,
            complete=count <= self._sample_size,
            terms=terms,
            names=names,
            stamp=stamp,
            taken_at=time.monotonic(),
        )
