"""A bounded pool of checking threads, so CPU-bound checks never block the event loop.

At most ``workers`` checks run at once and at most ``max_queue`` wait; beyond that the
server answers 503 at once rather than letting latency grow without bound. The checker is
built by the composition's factory on first use and rebuilt after the newsroom dictionary
changes, so the next check sees new words whatever the sources cache.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

from redaksi.language.checker import Checker
from redaksi.server.errors import Busy

CheckerFactory = Callable[[], Checker]
T = TypeVar("T")


class CheckPool:
    """Runs checks on worker threads against one shared, lazily built checker."""

    def __init__(self, factory: CheckerFactory, workers: int, max_queue: int) -> None:
        self._factory = factory
        self._limiter = anyio.CapacityLimiter(max(1, workers))
        self._capacity = max(1, workers) + max(0, max_queue)
        self._pending = 0
        self._lock = threading.Lock()
        self._checker: Checker | None = None
        self._generation = 0
        self._built_generation = -1

    @property
    def pending(self) -> int:
        """Checks running or waiting right now."""
        return self._pending

    def checker(self) -> Checker:
        """The current checker, built (or rebuilt after ``invalidate``) on a worker thread."""
        with self._lock:
            if self._checker is None or self._built_generation != self._generation:
                generation = self._generation
                self._checker = self._factory()
                self._built_generation = generation
            return self._checker

    def invalidate(self) -> None:
        """The sources' data changed (dictionary): build a fresh checker for the next check."""
        with self._lock:
            self._generation += 1

    async def warm_up(self) -> None:
        """Build the checker before the first request arrives."""
        await anyio.to_thread.run_sync(self.checker, limiter=self._limiter)

    async def run(self, work: Callable[[Checker], T]) -> T:
        """``work(checker)`` on a worker thread; ``Busy`` when the queue is full."""
        if self._pending >= self._capacity:
            raise Busy()
        self._pending += 1
        try:
            return await anyio.to_thread.run_sync(self._call, work, limiter=self._limiter)
        finally:
            self._pending -= 1

    def _call(self, work: Callable[[Checker], T]) -> T:
        return work(self.checker())
