"""A live ``redaksi serve`` app on a free loopback port, checking with a substitution source."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from substitution_source import make_checker

from redaksi.language.checker import Checker
from redaksi.server.app import create_app
from redaksi.server.config import ServerConfig
from redaksi.server.run import uvicorn_config
from redaksi.store.store import Store, open_store

TOKEN = "rahasia-redaksi-7"
CORS_ORIGIN = "https://cms.redaksi.example"
TEXT_LIMIT = 5_000


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(
    factory: Callable[[], Checker], config: ServerConfig, store: Store | None
) -> Iterator[str]:
    """Serve ``create_app`` with uvicorn on a thread; yields the base URL."""
    server = uvicorn.Server(uvicorn_config(create_app(factory, config, store=store), config))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.02)
    try:
        yield f"http://{config.host}:{config.port}"
    finally:
        server.should_exit = True
        thread.join(10)


def server_config(**changes: object) -> ServerConfig:
    """Test defaults: a free port, a token, a CORS origin and a small text limit."""
    values: dict[str, object] = {
        "port": free_port(),
        "token": TOKEN,
        "cors_origin": CORS_ORIGIN,
        "workers": 2,
        "max_text_length": TEXT_LIMIT,
    }
    values.update(changes)
    return ServerConfig(**values)  # type: ignore[arg-type]


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
