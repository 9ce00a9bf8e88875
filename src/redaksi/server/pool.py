"""Bounded pools that run checks off the event loop: threads, or processes for every core.

At most ``workers`` checks run at once and at most ``max_queue`` wait; beyond that the
server answers 503 at once rather than letting latency grow without bound. The checker is
built by the composition's factory on first use and rebuilt after the newsroom dictionary
changes (``invalidate``), so the next check sees new words whatever the sources cache.

Threads share one checker but, Python being what it is, one core. ``ProcessCheckPool``
gives each worker process its own checker, built there by a picklable factory, so a
long story on one connection does not slow the others down.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import anyio
import anyio.to_thread

from redaksi.language.checker import Checker
from redaksi.server.check import answer
from redaksi.server.errors import Busy, ProtocolError

CheckerFactory = Callable[[], Checker]


class _Admission:
    """Counts checks running or waiting; refuses beyond capacity (event-loop only)."""

    def __init__(self, workers: int, max_queue: int) -> None:
        self.capacity = max(1, workers) + max(0, max_queue)
        self.pending = 0

    def enter(self) -> None:
        if self.pending >= self.capacity:
            raise Busy()
        self.pending += 1

    def leave(self) -> None:
        self.pending -= 1


class CheckPool:
    """Checks on worker threads against one shared, lazily built checker."""

    def __init__(self, factory: CheckerFactory, workers: int, max_queue: int) -> None:
        self._factory = factory
        self._limiter = anyio.CapacityLimiter(max(1, workers))
        self._admission = _Admission(workers, max_queue)
        self._lock = threading.Lock()
        self._checker: Checker | None = None
        self._generation = 0
        self._built_generation = -1

    @property
    def pending(self) -> int:
        """Checks running or waiting right now."""
        return self._admission.pending

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

    async def check(self, params: Mapping[str, str], max_text_length: int) -> bytes:
        """The JSON answer to a check request, computed on a worker thread."""
        self._admission.enter()
        try:
            return await anyio.to_thread.run_sync(
                self._answer, params, max_text_length, limiter=self._limiter
            )
        finally:
            self._admission.leave()

    def _answer(self, params: Mapping[str, str], max_text_length: int) -> bytes:
        return answer(params, max_text_length, self.checker())

    def close(self) -> None:
        """Nothing to release: threads belong to anyio."""


# State of one worker process of ``ProcessCheckPool``.
_factory: CheckerFactory | None = None
_checker: Checker | None = None
_built_generation = -1


def _start_worker(factory: CheckerFactory) -> None:
    global _factory
    _factory = factory


def _worker_answer(generation: int, params: dict[str, str], max_text_length: int) -> bytes:
    global _checker, _built_generation
    if _checker is None or _built_generation != generation:
        assert _factory is not None
        _checker = _factory()
        _built_generation = generation
    return answer(params, max_text_length, _checker)


class ProcessCheckPool:
    """Checks in ``workers`` separate processes, each with a checker of its own.

    ``factory`` must be picklable (a module-level function or a dataclass instance): it
    is sent to each process, which calls it there. A crashed process is replaced.
    """

    def __init__(self, factory: CheckerFactory, workers: int, max_queue: int) -> None:
        self._factory = factory
        self._workers = max(1, workers)
        self._admission = _Admission(workers, max_queue)
        self._generation = 0
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self._factory,),
        )

    @property
    def pending(self) -> int:
        """Checks running or waiting right now."""
        return self._admission.pending

    def invalidate(self) -> None:
        """Each process rebuilds its checker before its next check."""
        self._generation += 1

    async def warm_up(self) -> None:
        """Start the processes and build their checkers before the first request."""
        await asyncio.gather(
            *(self._submit({"text": "", "language": "id"}, 1) for _ in range(self._workers))
        )

    async def check(self, params: Mapping[str, str], max_text_length: int) -> bytes:
        """The JSON answer to a check request, computed in a worker process."""
        self._admission.enter()
        try:
            return await self._submit(dict(params), max_text_length)
        finally:
            self._admission.leave()

    async def _submit(self, params: dict[str, str], max_text_length: int) -> bytes:
        executor = self._executor
        try:
            future = executor.submit(_worker_answer, self._generation, params, max_text_length)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool as error:
            if self._executor is executor:
                self._executor = self._new_executor()
                executor.shutdown(wait=False, cancel_futures=True)
            raise ProtocolError(
                "Proses pemeriksa berhenti mendadak; silakan coba lagi.", 500
            ) from error

    def close(self) -> None:
        """Stop the worker processes."""
        self._executor.shutdown(wait=True, cancel_futures=True)
