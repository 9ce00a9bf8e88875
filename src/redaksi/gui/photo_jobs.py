"""Run photo work (decoding, database, thumbnails) on a thread pool, results on the GUI thread.

A job is a plain callable over plain data; its result or its Indonesian error message comes
back through a Qt signal, so widgets never block on a 24-megapixel decode or a slow shared
database.  Each job carries a ``token`` chosen by the caller (the panel uses the story it
was started for), so results that arrive after the user moved on can be dropped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from redaksi.media.errors import PhotoError
from redaksi.store.errors import StoreError


class _Relay(QObject):
    """Lives in the GUI thread; its queued signals carry results across threads."""

    finished = Signal(object, object, object)  # token, tag, result
    failed = Signal(object, object, str)  # token, tag, message


class _Job(QRunnable):
    def __init__(self, relay: _Relay, token: object, tag: object, work: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._token = token
        self._tag = tag
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except (PhotoError, StoreError) as error:
            self._report(self._relay.failed, str(error))
        except Exception as error:  # a bug must not kill the worker thread silently
            self._report(self._relay.failed, f"Terjadi kesalahan tak terduga: {error!r}")
        else:
            self._report(self._relay.finished, result)

    def _report(self, signal: Any, payload: object) -> None:
        # RuntimeError: the widget was closed while we worked; nobody is waiting any more.
        with contextlib.suppress(RuntimeError):
            signal.emit(self._token, self._tag, payload)


class PhotoJobs(QObject):
    """A small private thread pool with result and failure signals."""

    finished = Signal(object, object, object)
    failed = Signal(object, object, str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._running = 0

    def submit(self, token: object, tag: object, work: Callable[[], Any]) -> None:
        """Run ``work()`` on the pool; ``finished`` or ``failed`` follows on the GUI thread."""
        self._running += 1
        self._pool.start(_Job(self._relay, token, tag, work))

    @property
    def busy(self) -> bool:
        """True while any job has not reported back yet."""
        return self._running > 0

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is empty (shutdown and tests); signals still follow."""
        return self._pool.waitForDone(msecs)

    def _on_finished(self, token: object, tag: object, result: object) -> None:
        self._running -= 1
        self.finished.emit(token, tag, result)
        if not self._running:
            self.idle.emit()

    def _on_failed(self, token: object, tag: object, message: str) -> None:
        self._running -= 1
        self.failed.emit(token, tag, message)
        if not self._running:
            self.idle.emit()
