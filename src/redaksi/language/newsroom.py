"""The checking configuration a newsroom's store holds, read once as plain values.

Its words, a user's ignores, the house style and its own LanguageTool server: read in a few
short queries, then built into a checker on any thread without touching the database again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redaksi.language.checker import Checker, FindingSource
from redaksi.language.style.config import HouseStyle

if TYPE_CHECKING:
    from redaksi.store.store import Store


@dataclass(frozen=True)
class NewsroomLanguage:
    """The store's checking configuration as plain values."""

    words: frozenset[str]
    ignores: frozenset[str]
    house: HouseStyle
    remote: FindingSource | None

    @classmethod
    def read(cls, store: Store, user_id: int | None = None) -> NewsroomLanguage:
        """Read the configuration from ``store`` (``user_id``: whose personal ignores)."""
        from redaksi.language.remote_settings import load_remote_settings, remote_source
        from redaksi.store.dictionary import NewsroomDictionary, PersonalIgnores
        from redaksi.store.house_style import HouseStyleRepository

        ignores = (
            PersonalIgnores(store.sessions, user_id).words() if user_id is not None else frozenset()
        )
        return cls(
            words=NewsroomDictionary(store.sessions).words(),
            ignores=ignores,
            house=HouseStyleRepository(store.sessions).load(),
            remote=remote_source(load_remote_settings(store.sessions)),
        )

    def checker(self, extra_sources: Iterable[FindingSource] = ()) -> Checker:
        """Spelling, style and the newsroom's LanguageTool (when configured)."""
        from redaksi.language.defaults import build_checker

        extra = [self.remote] if self.remote is not None else []
        return build_checker(
            self.words, self.ignores, extra_sources=[*extra, *extra_sources], house=self.house
        )
