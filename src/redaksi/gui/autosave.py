"""Autosave into the crash-recovery journal a few seconds after typing stops.

Only the journal is written automatically: every store save makes a revision that the whole
desk sees, so it stays a deliberate act (Ctrl+S).  Writing the journal means reading the
form (a few milliseconds for 5,000 words) and one small file write with fsync; the
benchmark measures it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from redaksi.story.model import Story
from redaksi.story.recovery import RecoveryJournal


class Autosave(QObject):
    """Debounced journal writes; ``flush`` writes now (focus loss, before risky actions)."""

    saved = Signal(float)  # milliseconds the write took
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(delay_seconds * 1000))
        self._timer.timeout.connect(self.flush)
        self.pending = False
        self.last_duration_ms = 0.0

    def set_delay(self, seconds: float) -> None:
        """Quiet time after the last keystroke before the journal is written."""
        self._timer.setInterval(int(seconds * 1000))

    def touch(self) -> None:
        """The text changed: (re)start the quiet-time countdown."""
        self.pending = True
        self._timer.start()

    def flush(self) -> bool:
        """Write the journal now if anything changed since the last write."""
        self._timer.stop()
        if not self.pending:
            return False
        started = time.perf_counter()
        try:
            self.journal.write(self._snapshot())
        except OSError as error:
            self.failed.emit(str(error))
            return False
        self.pending = False
        self.last_duration_ms = (time.perf_counter() - started) * 1000
        self.saved.emit(self.last_duration_ms)
        return True

    def cancel(self) -> None:
        """Nothing left to protect (saved or discarded)."""
        self._timer.stop()
        self.pending = False
