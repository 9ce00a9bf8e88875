"""The composition of one open store: engine, sessions, repository and the local user."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from redaksi.links.indexing import SearchIndexHook
from redaksi.store.engine import make_engine, make_session_factory
from redaksi.store.migrate import upgrade
from redaksi.store.repository import StoryRepository


@dataclass
class Store:
    """Everything that talks to one database; create with :func:`open_store`."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    stories: StoryRepository

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``: a few features (full-text search) differ."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def open_store(url: str, migrate: bool = True) -> Store:
    """Open the store at ``url``, applying pending migrations unless ``migrate`` is false."""
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    sessions = make_session_factory(engine)
    stories = StoryRepository(sessions, hooks=(SearchIndexHook(),))
    return Store(url=url, engine=engine, sessions=sessions, stories=stories)
