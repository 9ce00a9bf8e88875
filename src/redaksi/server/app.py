"""The ASGI application: LanguageTool's ``/v2`` API on Starlette.

The composition hands in a checker factory (``() -> Checker``) and, for ``/v2/words``, an
open store; the app knows nothing about which sources make up the checker.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from redaksi import __version__
from redaksi.server.check import LANGUAGES
from redaksi.server.config import ServerConfig
from redaksi.server.errors import BadRequest, ProtocolError, error_response
from redaksi.server.freshness import DictionaryWatch
from redaksi.server.params import read_parameters
from redaksi.server.pool import CheckerFactory, CheckPool, ProcessCheckPool
from redaksi.server.words import WordsService, check_token
from redaksi.store.store import Store

log = logging.getLogger(__name__)


def _json(body: Any) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        media_type="application/json",
    )


class LanguageToolApi:
    """Request handlers sharing one check pool, config and dictionary."""

    def __init__(
        self, pool: CheckPool | ProcessCheckPool, config: ServerConfig, store: Store | None
    ) -> None:
        self.pool = pool
        self.config = config
        self.words = WordsService(store.sessions) if store is not None else None
        self.watch = (
            DictionaryWatch(self.words, pool, config.dictionary_poll_seconds)
            if self.words is not None
            else None
        )

    async def languages(self, request: Request) -> Response:
        """``GET /v2/languages``."""
        return _json(LANGUAGES)

    async def healthcheck(self, request: Request) -> Response:
        """``GET /v2/healthcheck``: the process answers."""
        return PlainTextResponse("OK")

    async def info(self, request: Request) -> Response:
        """``GET /v2/info``: which software answers."""
        return _json({"software": {"name": "Redaksi", "version": __version__, "premium": False}})

    async def max_text_length(self, request: Request) -> Response:
        """``GET /v2/maxtextlength``: the text limit, as a bare number."""
        return PlainTextResponse(str(self.config.max_text_length))

    async def check(self, request: Request) -> Response:
        """``GET``/``POST /v2/check``."""
        params = await read_parameters(request, self.config.body_limit)
        limit = self.config.max_text_length
        body = await self.pool.check(params, limit)
        return Response(body, media_type="application/json")

    async def words_list(self, request: Request) -> Response:
        """``GET /v2/words``."""
        service = self._words_for(request, "GET", "/words")
        params = await read_parameters(request, self.config.body_limit)
        return _json(await anyio.to_thread.run_sync(service.list, params))

    async def words_add(self, request: Request) -> Response:
        """``POST /v2/words/add`` (needs the token)."""
        return await self._write(request, "/words/add", WordsService.add)

    async def words_delete(self, request: Request) -> Response:
        """``POST /v2/words/delete`` (needs the token)."""
        return await self._write(request, "/words/delete", WordsService.delete)

    async def _write(
        self,
        request: Request,
        path: str,
        operation: Callable[[WordsService, Mapping[str, str]], dict[str, bool]],
    ) -> Response:
        service = self._words_for(request, "POST", path)
        params = await read_parameters(request, self.config.body_limit)
        check_token(params, self.config.token)
        result = await anyio.to_thread.run_sync(operation, service, params)
        if self.watch is not None:
            await self.watch.refresh()
        return _json(result)

    def _words_for(self, request: Request, method: str, path: str) -> WordsService:
        if request.method != method:
            raise BadRequest(f"{path} harus dipanggil dengan {method}")
        if self.words is None:
            raise BadRequest("Server ini berjalan tanpa kamus redaksi")
        return self.words


async def _protocol_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ProtocolError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_response(f"Aksi tidak dikenal: '{request.url.path[:80]}'", 404)
    if exc.status_code == 405:
        return error_response(f"Metode {request.method} tidak didukung di sini", 405)
    return error_response(str(exc.detail), exc.status_code)


async def _internal_error(request: Request, exc: Exception) -> Response:
    log.exception("Kesalahan saat melayani %s", request.url.path, exc_info=exc)
    return error_response("Terjadi kesalahan internal pada server Redaksi", 500)


def create_app(
    checker_factory: CheckerFactory,
    config: ServerConfig | None = None,
    *,
    store: Store | None = None,
) -> Starlette:
    """The LanguageTool-protocol app over the checker ``checker_factory`` builds.

    ``checker_factory`` is called on a worker thread at startup and again after each
    dictionary change; with ``config.processes`` it is pickled and called in each worker
    process instead. ``store`` backs ``/v2/words`` (without it they answer 400).
    """
    config = config or ServerConfig()
    pool_class = ProcessCheckPool if config.processes else CheckPool
    pool = pool_class(checker_factory, config.workers, config.max_queue)
    api = LanguageToolApi(pool, config, store)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            await pool.warm_up()
        except BaseException:
            pool.close()
            raise
        async with anyio.create_task_group() as tasks:
            if api.watch is not None:
                tasks.start_soon(api.watch.run)
            try:
                yield
            finally:
                tasks.cancel_scope.cancel()
                pool.close()

    routes = [
        Route("/v2/languages", api.languages, methods=["GET"]),
        Route("/v2/check", api.check, methods=["GET", "POST"]),
        Route("/v2/healthcheck", api.healthcheck, methods=["GET"]),
        Route("/v2/info", api.info, methods=["GET"]),
        Route("/v2/maxtextlength", api.max_text_length, methods=["GET"]),
        Route("/v2/words", api.words_list, methods=["GET", "POST"]),
        Route("/v2/words/add", api.words_add, methods=["GET", "POST"]),
        Route("/v2/words/delete", api.words_delete, methods=["GET", "POST"]),
    ]
    middleware = []
    if config.cors_origin:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=[config.cors_origin],
                allow_methods=["GET", "POST"],
                allow_headers=["*"],
            )
        )
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={
            ProtocolError: _protocol_error,
            HTTPException: _http_error,
            Exception: _internal_error,
        },
        lifespan=lifespan,
    )
    app.state.pool = pool
    return app
