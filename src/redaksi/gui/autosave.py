"""Autosave into the crash-recovery journal a few seconds after typing stops.

Only the journal is written automatically: every store save makes a revision that the whole
desk sees, so it stays a deliberate act (Ctrl+S).  The GUI thread only takes a snapshot of
the form (plain data); serialising and writing it with fsync happens on a one-thread pool, so
a slow disk never freezes the editor.  Writes run in order, and :meth:`Autosave.discard`
waits for queued writes first, so a saved story never gets its journal back.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from redaksi.story.model import Story
from redaksi.story.recovery import RecoveryJournal


class _Relay(QObject):
    written = Signal(float)  # milliseconds the write took on the worker
    failed = Signal(str)


class _WriteTask(QRunnable):
    def __init__(self, journal: RecoveryJournal, story: Story, relay: _Relay) -> None:
        super().__init__()
        self._journal = journal
        self._story = story
        self._relay = relay

    def run(self) -> None:
        started = time.perf_counter()
        try:
            self._journal.write(self._story)
        except OSError as error:
            self._relay.failed.emit(str(error))
            return
        self._relay.written.emit((time.perf_counter() - started) * 1000)


class Autosave(QObject):
    """Debounced journal writes; ``flush`` snapshots now (focus loss, before risky actions)."""

    saved = Signal(float)  # milliseconds the disk write took (off the GUI thread)
    failed = Signal(str)

    def __init__(
        self,
        journal: RecoveryJournal,
        snapshot: Callable[[], Story],
        delay_seconds: float = 3.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self._snapshot = snapshot
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # journal writes stay in order
        self._relay = _Relay(self)
        self._relay.written.connect(self.saved)
        self._relay.failed.connect(self.failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(delay_seconds * 1000))
        self._timer.timeout.connect(self.flush)
        self.pending = False
        self.last_duration_ms = 0.0  # GUI-thread cost of the last flush (the snapshot)

    def set_delay(self, seconds: float) -> None:
        """Quiet time after the last keystroke before the journal is written."""
        self._timer.setInterval(int(seconds * 1000))

    def touch(self) -> None:
        """The text changed: (re)start the quiet-time countdown."""
        self.pending = True
        self._timer.start()

    def flush(self) -> bool:
        """Snapshot the form now and queue the journal write, if anything changed."""
        self._timer.stop()
        if not self.pending:
            return False
        started = time.perf_counter()
        story = self._snapshot()
        self._pool.start(_WriteTask(self.journal, story, self._relay))
        self.pending = False
        self.last_duration_ms = (time.perf_counter() - started) * 1000
        return True

    def wait(self, timeout_ms: int = 10000) -> bool:
        """Block until queued journal writes are on disk."""
        return self._pool.waitForDone(timeout_ms)

    def cancel(self) -> None:
        """Nothing left to protect (saved or discarded): stop the countdown."""
        self._timer.stop()
        self.pending = False

    def discard(self, story: Story) -> None:
        """Forget ``story``'s journal once any queued write of it has finished."""
        self.cancel()
        self.wait()
        self.journal.discard(story)
