"""``redaksi serve``: Redaksi's Indonesian checker behind LanguageTool's HTTP API."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

TOKEN_ENV = "REDAKSI_SERVER_TOKEN"


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' bukan bilangan bulat") from None
    if number < 1:
        raise argparse.ArgumentTypeError("harus 1 atau lebih")
    return number


def _port(value: str) -> int:
    number = _positive(value) if value != "0" else 0
    if number > 65535:
        raise argparse.ArgumentTypeError("nomor port paling besar 65535")
    return number


def register(subparsers: Any) -> None:
    """Add ``serve``."""
    from redaksi.server.config import DEFAULT_MAX_TEXT_LENGTH, DEFAULT_PORT

    serve = subparsers.add_parser(
        "serve",
        help="layani pemeriksa bahasa lewat protokol LanguageTool",
        description=(
            "Menjalankan server HTTP yang berbicara dengan protokol LanguageTool (/v2/check),\n"
            "sehingga LibreOffice, LTeX, pengaya peramban dan language-tool-python dapat\n"
            "memeriksa teks bahasa Indonesia dengan aturan redaksi."
        ),
    )
    serve.add_argument("--host", default="127.0.0.1", help="alamat dengar (bawaan: 127.0.0.1)")
    serve.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"port (bawaan: {DEFAULT_PORT})"
    )
    serve.add_argument(
        "--token",
        help=f"token untuk menambah/menghapus kata kamus (apiKey); juga dari {TOKEN_ENV}",
    )
    serve.add_argument("--cors-origin", metavar="ASAL", help="izinkan peramban dari asal ini")
    serve.add_argument(
        "--workers", type=_positive, help="jumlah utas pemeriksa (bawaan: sesuai jumlah inti)"
    )
    serve.add_argument(
        "--processes",
        action="store_true",
        help="jalankan pemeriksa dalam proses terpisah (semua inti terpakai, memori lebih besar)",
    )
    serve.add_argument(
        "--max-text-length",
        type=_positive,
        default=DEFAULT_MAX_TEXT_LENGTH,
        metavar="N",
        help=f"panjang teks terbesar dalam karakter (bawaan: {DEFAULT_MAX_TEXT_LENGTH})",
    )
    serve.add_argument(
        "--checker",
        metavar="MODUL:FUNGSI",
        help="pabrik pemeriksa lain, fungsi (store) -> Checker (bawaan: pemeriksa Redaksi)",
    )
    serve.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    from functools import partial

    from redaksi.paths import default_database_url
    from redaksi.server.app import create_app
    from redaksi.server.compose import StoredCheckerFactory, load_factory, newsroom_checker
    from redaksi.server.config import ServerConfig, default_workers
    from redaksi.server.run import run
    from redaksi.store.store import open_store

    try:
        factory = load_factory(args.checker) if args.checker else newsroom_checker
    except ValueError as error:
        print(f"redaksi serve: galat: {error}", file=sys.stderr)
        return 2
    config = ServerConfig(
        host=args.host,
        port=args.port,
        token=args.token or os.environ.get(TOKEN_ENV) or None,
        cors_origin=args.cors_origin,
        workers=args.workers or default_workers(),
        max_text_length=args.max_text_length,
        processes=args.processes,
    )
    database_url = args.database or default_database_url()
    try:
        store = open_store(database_url)
    except Exception as error:
        print(f"redaksi serve: galat: basis data tidak dapat dibuka: {error}", file=sys.stderr)
        return 2
    if config.processes:
        checker_factory: Any = StoredCheckerFactory(database_url, args.checker)
    else:
        checker_factory = partial(factory, store)
    app = create_app(checker_factory, config, store=store)
    print(
        f"Redaksi melayani protokol LanguageTool di http://{config.host}:{config.port}/v2/ "
        f"({config.workers} {'proses' if config.processes else 'utas'} pemeriksa; "
        "tekan Ctrl+C untuk berhenti)",
        flush=True,
    )
    try:
        run(app, config)
    finally:
        store.close()
    return 0
