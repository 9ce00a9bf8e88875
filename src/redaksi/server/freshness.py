"""Keep the server's checker in step with the newsroom dictionary.

Desks add words straight to the database, not through the server; every desk's next check
must still see them. A cheap fingerprint of the dictionary is polled and the checker is
rebuilt when it changes (and at once after the server's own writes).
"""

from __future__ import annotations

import logging
from typing import Protocol

import anyio
import anyio.to_thread

from redaksi.server.words import WordsService

log = logging.getLogger(__name__)


class Invalidates(Protocol):
    """A pool whose checker can be marked stale."""

    def invalidate(self) -> None:
        """Rebuild the checker before the next check."""


class DictionaryWatch:
    """Polls the dictionary's fingerprint every ``interval`` seconds."""

    def __init__(self, words: WordsService, pool: Invalidates, interval: float) -> None:
        self._words = words
        self._pool = pool
        self._interval = interval
        self._last: object = None

    async def run(self) -> None:
        """Watch until cancelled; database hiccups are logged and retried."""
        self._last = await anyio.to_thread.run_sync(self._words.fingerprint)
        while True:
            await anyio.sleep(self._interval)
            try:
                await self.refresh()
            except Exception as error:
                log.warning("Kamus redaksi tidak dapat diperiksa: %s", error)

    async def refresh(self) -> None:
        """Rebuild the checker if the dictionary changed since last seen."""
        current = await anyio.to_thread.run_sync(self._words.fingerprint)
        if current != self._last:
            self._last = current
            self._pool.invalidate()
