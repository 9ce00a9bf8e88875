"""Texts with markup, in LanguageTool's ``data`` annotation format.

Clients that check marked-up documents (LTeX for LaTeX and Markdown, browser add-ons for
HTML) send ``{"annotation": [{"text": …}, {"markup": …, "interpretAs": …}]}``. The checker
sees only the plain text (text parts plus each markup's ``interpretAs``); matches are placed
back in the original text (every part concatenated), which is what the client highlights.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable
from dataclasses import dataclass

from redaksi.language.ltjson import Utf16Map
from redaksi.server.errors import BadRequest


@dataclass(frozen=True)
class Part:
    """One piece of plain text and the original characters it stands for."""

    plain_start: int
    plain_end: int
    original_start: int
    original_end: int
    is_text: bool


class AnnotatedText:
    """The plain text to check and the way back to positions in the original."""

    def __init__(self, pieces: Iterable[tuple[str, str | None]]) -> None:
        """``pieces`` are ``(text, None)`` for text and ``(markup, interpretAs)`` for markup.

        Markup without ``interpretAs`` is given as ``(markup, "")``.
        """
        plain: list[str] = []
        original: list[str] = []
        self._parts: list[Part] = []
        p = o = 0
        for chars, interpret_as in pieces:
            shown = chars if interpret_as is None else interpret_as
            if shown:
                part = Part(p, p + len(shown), o, o + len(chars), interpret_as is None)
                self._parts.append(part)
            plain.append(shown)
            original.append(chars)
            p += len(shown)
            o += len(chars)
        self.plain = "".join(plain)
        self.original = "".join(original)
        self._starts = [part.plain_start for part in self._parts]
        self.has_markup = self.plain != self.original or len(self._parts) > 1
        self._to16_map: Utf16Map | None = None

    @classmethod
    def plain_text(cls, text: str) -> AnnotatedText:
        """A text without markup."""
        return cls([(text, None)])

    def original_index(self, index: int, *, end: bool = False) -> int:
        """Code-point position in the original text for plain-text position ``index``.

        A start inside an ``interpretAs`` lands on its markup's start, an end on its
        markup's end; an end right after a text part stays before the markup that follows.
        """
        if not self._parts:
            return 0
        if end:
            i = bisect.bisect_left(self._starts, index) - 1
            if i < 0:
                return self._parts[0].original_start
        else:
            i = bisect.bisect_right(self._starts, index) - 1
            if index >= len(self.plain):
                return len(self.original)
        part = self._parts[i]
        if part.is_text:
            return part.original_start + min(index, part.plain_end) - part.plain_start
        return part.original_end if end else part.original_start

    def locate(self, start: int, end: int) -> tuple[int, int]:
        """UTF-16 offset and length in the original text of the plain span ``start``..``end``."""
        if self._to16_map is None:
            self._to16_map = Utf16Map(self.original)
        to16 = self._to16_map
        first = self.original_index(start)
        last = max(first, self.original_index(end, end=True)) if end > start else first
        offset = to16(first)
        return offset, to16(last) - offset


def _string(node: dict[str, object], key: str) -> str:
    value = node[key]
    if not isinstance(value, str):
        raise BadRequest(f"'{key}' dalam 'annotation' harus berupa teks: {_short(node)}")
    return value


def _short(node: object) -> str:
    shown = json.dumps(node, ensure_ascii=False)
    return shown if len(shown) <= 80 else shown[:77] + "…"


def parse_data(data: str) -> AnnotatedText:
    """The annotated text in a ``data`` parameter; ``BadRequest`` for anything malformed."""
    try:
        root = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise BadRequest("JSON dalam parameter 'data' tidak dapat dibaca") from error
    if not isinstance(root, dict):
        raise BadRequest("Parameter 'data' harus berupa objek JSON")
    if "text" in root and "annotation" in root:
        raise BadRequest("Objek 'data' memerlukan kunci 'text' atau 'annotation', bukan keduanya")
    if "text" in root:
        return AnnotatedText.plain_text(_string(root, "text"))
    annotation = root.get("annotation")
    if annotation is None:
        raise BadRequest("Objek 'data' memerlukan kunci 'text' atau 'annotation'")
    if not isinstance(annotation, list):
        raise BadRequest("'annotation' dalam parameter 'data' harus berupa daftar")
    pieces: list[tuple[str, str | None]] = []
    for node in annotation:
        if not isinstance(node, dict):
            raise BadRequest(f"Setiap isi 'annotation' harus berupa objek: {_short(node)}")
        if "text" in node and "markup" in node:
            raise BadRequest(f"Pakai 'text' atau 'markup', bukan keduanya: {_short(node)}")
        if "text" in node:
            if "interpretAs" in node:
                raise BadRequest(
                    f"'interpretAs' hanya dapat dipakai bersama 'markup': {_short(node)}"
                )
            pieces.append((_string(node, "text"), None))
        elif "markup" in node:
            interpret = _string(node, "interpretAs") if "interpretAs" in node else ""
            pieces.append((_string(node, "markup"), interpret))
        else:
            raise BadRequest(f"Hanya 'text' dan 'markup' yang dikenal: {_short(node)}")
    return AnnotatedText(pieces)
