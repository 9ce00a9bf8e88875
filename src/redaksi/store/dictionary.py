"""The newsroom dictionary (shared by every desk) and each user's personal ignore list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from redaksi.store.models import DictionaryWordRow, PersonalIgnoreRow, UserRow

WordKind = Literal["word", "name"]


@dataclass(frozen=True)
class DictionaryEntry:
    """A newsroom word with who added it and when."""

    word: str
    kind: WordKind
    added_by: str
    added_at: datetime


class NewsroomDictionary:
    """Words and names the newsroom accepts; every desk's next check sees changes."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def entries(self) -> list[DictionaryEntry]:
        """Every entry, alphabetically."""
        query = (
            select(DictionaryWordRow, UserRow.display_name)
            .outerjoin(UserRow, UserRow.id == DictionaryWordRow.added_by)
            .order_by(DictionaryWordRow.word)
        )
        with self._sessions() as session:
            return [
                DictionaryEntry(row.word, row.kind, name or "", row.added_at)  # type: ignore[arg-type]
                for row, name in session.execute(query)
            ]

    def words(self, kind: WordKind | None = None) -> frozenset[str]:
        """The accepted spellings (optionally only words or only names)."""
        query = select(DictionaryWordRow.word)
        if kind:
            query = query.where(DictionaryWordRow.kind == kind)
        with self._sessions() as session:
            return frozenset(session.scalars(query))

    def add(self, word: str, kind: WordKind = "word", user_id: int | None = None) -> bool:
        """Add ``word``; returns False when it was already there."""
        word = word.strip()
        if not word:
            raise ValueError("Kata kosong tidak dapat ditambahkan ke kamus.")
        try:
            with self._sessions.begin() as session:
                session.add(DictionaryWordRow(word=word, kind=kind, added_by=user_id))
        except IntegrityError:
            return False
        return True

    def remove(self, word: str) -> bool:
        """Remove ``word``; returns False when it was not there."""
        with self._sessions.begin() as session:
            result = session.execute(
                delete(DictionaryWordRow).where(DictionaryWordRow.word == word.strip())
            )
            return result.rowcount > 0


class PersonalIgnores:
    """Words one user chose to ignore in every story."""

    def __init__(self, sessions: sessionmaker[Session], user_id: int) -> None:
        self._sessions = sessions
        self._user_id = user_id

    def words(self) -> frozenset[str]:
        """Words ignored by this user."""
        with self._sessions() as session:
            return frozenset(
                session.scalars(
                    select(PersonalIgnoreRow.word).where(PersonalIgnoreRow.user_id == self._user_id)
                )
            )

    def add(self, word: str) -> None:
        """Ignore ``word`` from now on (idempotent)."""
        if word in self.words():
            return
        with self._sessions.begin() as session:
            session.add(PersonalIgnoreRow(user_id=self._user_id, word=word))
