"""Protocol errors, answered the way LanguageTool answers them: ``Error: …`` in plain text."""

from __future__ import annotations

from starlette.responses import PlainTextResponse


class ProtocolError(Exception):
    """A request the server refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def __reduce__(self) -> tuple[object, ...]:
        # Checks may run in worker processes; keep the status across pickling.
        return (_rebuild, (self.message, self.status))

    def response(self) -> PlainTextResponse:
        """LanguageTool's error body: the message after ``Error:``."""
        return error_response(self.message, self.status)


class BadRequest(ProtocolError):
    """A missing or invalid parameter (400)."""


class TextTooLong(ProtocolError):
    """The text is over the server's limit (413)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, 413)


class Busy(ProtocolError):
    """Every worker is busy and the queue is full (503), as LanguageTool's work queue."""

    def __init__(self) -> None:
        super().__init__(
            "Terlalu banyak permintaan serentak. Silakan coba lagi sebentar lagi.", 503
        )


class AccessDenied(ProtocolError):
    """A dictionary write without the right token (403)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, 403)


def _rebuild(message: str, status: int) -> ProtocolError:
    return ProtocolError(message, status)


def error_response(message: str, status: int) -> PlainTextResponse:
    """A plain-text ``Error: …`` response."""
    return PlainTextResponse(f"Error: {message}", status_code=status)
