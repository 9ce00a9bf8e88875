"""How one ``redaksi serve`` instance runs: address, limits, token, CORS, workers."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_PORT = 8081
DEFAULT_MAX_TEXT_LENGTH = 100_000


def default_workers() -> int:
    """One checking thread per core, at least two, at most four."""
    return max(2, min(4, os.cpu_count() or 2))


@dataclass(frozen=True)
class ServerConfig:
    """Settings of the LanguageTool-protocol server.

    ``max_text_length`` counts UTF-16 units of the plain text, as LanguageTool does.
    ``max_queue`` requests may wait for a worker; beyond that the server answers 503.
    ``token`` guards dictionary writes; without one the dictionary is read-only.
    ``processes`` runs the ``workers`` in separate processes (every core, more memory).
    ``dictionary_poll_seconds``: how soon words added at the desks reach the checker.
    """

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    token: str | None = None
    cors_origin: str | None = None
    workers: int = field(default_factory=default_workers)
    max_text_length: int = DEFAULT_MAX_TEXT_LENGTH
    max_queue: int = 64
    processes: bool = False
    dictionary_poll_seconds: float = 5.0

    @property
    def body_limit(self) -> int:
        """Largest request body read: room for a full-length text, percent-encoded, in JSON."""
        return 16 * self.max_text_length + (1 << 20)
