"""Run the app under uvicorn on the configured address."""

from __future__ import annotations

import uvicorn
from starlette.applications import Starlette

from redaksi.server.config import ServerConfig

# Open connections beyond this get uvicorn's 503 instead of exhausting file descriptors.
MAX_CONNECTIONS = 1024


def uvicorn_config(app: Starlette, config: ServerConfig) -> uvicorn.Config:
    """Uvicorn settings for ``app``: quiet logs, bounded connections, keep-alive for clients."""
    return uvicorn.Config(
        app,
        host=config.host,
        port=config.port,
        log_level="warning",
        access_log=False,
        lifespan="on",
        limit_concurrency=MAX_CONNECTIONS,
        timeout_keep_alive=30,
        server_header=False,
    )


def run(app: Starlette, config: ServerConfig) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM)."""
    uvicorn.Server(uvicorn_config(app, config)).run()
