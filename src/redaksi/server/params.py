"""Request parameters the way LanguageTool reads them.

LanguageTool reads a POST body as a URL-encoded form whatever its Content-Type says, and
clients rely on it (LTeX sends ``application/json`` with a form body). Multipart forms are
accepted too. Query-string parameters count as well; the body wins on a clash.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from redaksi.server.errors import BadRequest, ProtocolError

MAX_FIELDS = 200


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) once it grows past ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _body_too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _body_too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _body_too_large(limit: int) -> ProtocolError:
    return ProtocolError(f"Isi permintaan melebihi batas {limit} bita.", 413)


def parse_form(body: bytes) -> dict[str, str]:
    """A URL-encoded form; undecodable or absurd bodies are a ``BadRequest``."""
    try:
        pairs = parse_qsl(
            body.decode("utf-8"),
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except UnicodeDecodeError as error:
        raise BadRequest("Isi permintaan bukan teks UTF-8 yang sah") from error
    except ValueError as error:
        raise BadRequest(f"Terlalu banyak parameter (paling banyak {MAX_FIELDS})") from error
    return dict(pairs)


async def _parse_multipart(headers: Headers, body: bytes) -> dict[str, str]:
    async def stream() -> AsyncGenerator[bytes, None]:
        yield body
        yield b""

    parser = MultiPartParser(
        headers, stream(), max_files=0, max_fields=MAX_FIELDS, max_part_size=len(body) + 1
    )
    try:
        form = await parser.parse()
    except MultiPartException as error:
        raise BadRequest(f"Formulir multipart tidak sah: {error.message}") from error
    return {key: value for key, value in form.multi_items() if isinstance(value, str)}


async def read_parameters(request: Request, body_limit: int) -> dict[str, str]:
    """Every parameter of ``request``: query string, then the POST body on top."""
    try:
        params = dict(request.query_params)
    except UnicodeDecodeError as error:
        raise BadRequest("Alamat permintaan bukan teks UTF-8 yang sah") from error
    if request.method == "POST":
        body = await _read_body(request, body_limit)
        content_type = request.headers.get("content-type", "")
        if content_type.lower().startswith("multipart/form-data"):
            params.update(await _parse_multipart(request.headers, body))
        else:
            params.update(parse_form(body))
    _refuse_lone_surrogates(params)
    return params


def _refuse_lone_surrogates(params: dict[str, str]) -> None:
    for key, value in params.items():
        try:
            value.encode("utf-8")
            key.encode("utf-8")
        except UnicodeEncodeError as error:
            raise BadRequest("Sebuah parameter memuat karakter yang tidak sah") from error
