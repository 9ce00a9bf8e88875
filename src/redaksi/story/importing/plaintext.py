"""``.txt`` and ``.md`` drafts: decode, unify line endings, nothing else."""

from __future__ import annotations

from redaksi.story.importing.encoding import decode_text
from redaksi.story.importing.source import SourceText


def normalise_newlines(text: str) -> str:
    r"""Windows (CRLF) and old Mac (CR) line ends become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_plain(data: bytes, format_name: str = "text") -> SourceText:
    """Decode ``data`` (encoding detected, see :mod:`encoding`) into a source text."""
    text, encoding = decode_text(data)
    return SourceText(text=normalise_newlines(text), format=format_name, encoding=encoding)
