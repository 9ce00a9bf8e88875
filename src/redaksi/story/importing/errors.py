"""Why a draft could not be opened, in words a reporter understands."""

from __future__ import annotations

from typing import Literal

Reason = Literal[
    "missing",
    "not_a_file",
    "unreadable",
    "empty",
    "binary",
    "too_big",
    "corrupt",
    "unsupported",
]


class DraftImportError(Exception):
    """A draft that cannot be imported; ``str(error)`` is a message in Bahasa Indonesia.

    Raised before anything is written, so a refused import never changes the library.
    ``reason`` is a stable code for callers (GUI dialogs, CLI exit codes, tests).
    """

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason: Reason = reason
        self.message = message
