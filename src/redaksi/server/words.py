"""``/v2/words``: the newsroom dictionary through LanguageTool's personal-dictionary API.

Reading is open to every client; adding and deleting need the server's token, sent as
``apiKey`` (LanguageTool clients send ``username`` and ``apiKey``). ``username`` names
the newsroom account the word is credited to when such an account exists.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from redaksi.server.errors import AccessDenied, BadRequest
from redaksi.store.dictionary import NewsroomDictionary, WordKind
from redaksi.store.models import DictionaryWordRow, UserRow

MAX_WORD_LENGTH = 120  # the dictionary_words.word column
DEFAULT_LIMIT = 10  # LanguageTool's page size
MAX_LIMIT = 10_000


def _int(params: Mapping[str, str], name: str, default: int, maximum: int) -> int:
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    if not raw.strip().isdigit():
        raise BadRequest(f"Parameter '{name}' harus berupa bilangan bulat positif")
    return min(int(raw), maximum)


def check_token(params: Mapping[str, str], token: str | None) -> None:
    """Refuse a write unless ``apiKey`` matches the configured token."""
    if not token:
        raise AccessDenied(
            "Kamus redaksi hanya dapat dibaca: server dijalankan tanpa token (--token)"
        )
    given = params.get("apiKey") or params.get("token") or ""
    if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise AccessDenied("Token (apiKey) tidak cocok; kata tidak diubah")


def read_word(params: Mapping[str, str]) -> str:
    """The ``word`` parameter: one word, no spaces, within the column's length."""
    word = params.get("word", "").strip()
    if not word:
        raise BadRequest("Parameter 'word' tidak ada")
    if any(ch.isspace() for ch in word):
        raise BadRequest("Kata tidak boleh memuat spasi; tambahkan satu kata setiap kali")
    if len(word) > MAX_WORD_LENGTH:
        raise BadRequest(f"Kata terlalu panjang (paling banyak {MAX_WORD_LENGTH} karakter)")
    return word


def read_kind(params: Mapping[str, str]) -> WordKind:
    """``dict=names`` files the word as a name; anything else is an ordinary word."""
    return "name" if params.get("dict", "").strip().lower() in ("name", "names") else "word"


class WordsService:
    """Blocking dictionary operations behind the words endpoints (run off the event loop)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._dictionary = NewsroomDictionary(sessions)

    def list(self, params: Mapping[str, str]) -> dict[str, list[str]]:
        """A page of words, alphabetically (``offset``, ``limit``)."""
        offset = _int(params, "offset", 0, 1 << 31)
        limit = _int(params, "limit", DEFAULT_LIMIT, MAX_LIMIT)
        words = sorted(self._dictionary.words())
        return {"words": words[offset : offset + limit]}

    def add(self, params: Mapping[str, str]) -> dict[str, bool]:
        """Add ``word``; ``added`` is false when it was already there."""
        word = read_word(params)
        added = self._dictionary.add(word, read_kind(params), self._user_id(params))
        return {"added": added}

    def delete(self, params: Mapping[str, str]) -> dict[str, bool]:
        """Delete ``word``; ``deleted`` is false when it was not there."""
        return {"deleted": self._dictionary.remove(read_word(params))}

    def fingerprint(self) -> tuple[object, ...]:
        """Changes whenever a word is added or removed (count, newest id, newest time)."""
        query = select(
            func.count(DictionaryWordRow.id),
            func.max(DictionaryWordRow.id),
            func.max(DictionaryWordRow.added_at),
        )
        with self._sessions() as session:
            return tuple(session.execute(query).one())

    def _user_id(self, params: Mapping[str, str]) -> int | None:
        username = params.get("username", "").strip()
        if not username:
            return None
        with self._sessions() as session:
            return session.scalar(select(UserRow.id).where(UserRow.username == username))
