"""Run ``redaksi serve``'s app with uvicorn on a thread, on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import uvicorn

from redaksi.language.checker import Checker
from redaksi.server.app import create_app
from redaksi.server.config import ServerConfig
from redaksi.server.run import uvicorn_config
from redaksi.store.store import Store

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
