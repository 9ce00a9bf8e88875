"""Run one core call on the thread pool and hand its result back to the GUI thread.

Each request carries a generation number; the receiver drops results whose generation is
no longer the newest, so a slow search never overwrites the answer to a newer query.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal


class WorkerSignals(QObject):
    """Delivered on the receiver's thread (queued): ``(generation, result)`` or an error."""

    finished = Signal(int, object)
    failed = Signal(int, str)


class CallRunnable(QRunnable):
    """Calls ``function()`` in a pool thread; the function must touch no widget."""

    def __init__(self, generation: int, function: Callable[[], Any]) -> None:
        super().__init__()
        self.generation = generation
        self.signals = WorkerSignals()
        self._function = function

    def run(self) -> None:
        """Compute and report; errors become a message instead of a crash in the pool."""
        try:
            result = self._function()
        except Exception as error:  # reported to the panel, never lost
            self.signals.failed.emit(self.generation, str(error))
            return
        self.signals.finished.emit(self.generation, result)


class LatestOnly(QObject):
    """Starts calls of one kind and forwards only the newest one's result."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, pool: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._generation = 0
        self._running: dict[int, WorkerSignals] = {}

    @property
    def generation(self) -> int:
        """The newest request's number."""
        return self._generation

    def start(self, function: Callable[[], Any]) -> int:
        """Run ``function`` off the GUI thread; earlier pending results become stale."""
        self._generation += 1
        runnable = CallRunnable(self._generation, function)
        runnable.signals.finished.connect(self._on_finished)
        runnable.signals.failed.connect(self._on_failed)
        self._running[self._generation] = runnable.signals  # alive until delivered
        self._pool.start(runnable)
        return self._generation

    def invalidate(self) -> None:
        """Drop whatever is still running (e.g. the story was closed)."""
        self._generation += 1

    def _on_finished(self, generation: int, result: object) -> None:
        self._running.pop(generation, None)
        if generation == self._generation:
            self.finished.emit(result)

    def _on_failed(self, generation: int, message: str) -> None:
        self._running.pop(generation, None)
        if generation == self._generation:
            self.failed.emit(message)
