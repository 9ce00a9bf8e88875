"""Fixtures: a live server over the substitution source, with a store of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from redaksi.store.store import Store, open_store
from tests.server.lt_server import running_server, server_config
from tests.server.substitution_source import make_checker


@pytest.fixture(scope="module")
def server_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store of its own for the module's server."""
    path: Path = tmp_path_factory.mktemp("server") / "redaksi.sqlite3"
    store = open_store(f"sqlite:///{path}")
    yield store
    store.close()


@pytest.fixture(scope="module")
def lt_url(server_store: Store) -> Iterator[str]:
    """Base URL of a running server over the substitution source."""
    with running_server(lambda: make_checker(server_store), server_config(), server_store) as url:
        yield url
