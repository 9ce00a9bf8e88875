"""``redaksi db``: schema migrations of the story store."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``db upgrade`` and ``db current``."""
    db = subparsers.add_parser("db", help="kelola skema basis data")
    actions = db.add_subparsers(dest="db_command", title="perintah", metavar="AKSI", required=True)
    up = actions.add_parser("upgrade", help="terapkan migrasi skema hingga versi terbaru")
    up.add_argument("revision", nargs="?", default="head", help="revisi tujuan (bawaan: head)")
    up.set_defaults(handler=_upgrade)
    current = actions.add_parser("current", help="tampilkan revisi skema saat ini")
    current.set_defaults(handler=_current)


def _database_url(args: argparse.Namespace) -> str:
    from redaksi.paths import default_database_url

    return args.database or default_database_url()


def _upgrade(args: argparse.Namespace) -> int:
    from redaksi.store.engine import make_engine
    from redaksi.store.migrate import current_revision, upgrade

    url = _database_url(args)
    engine = make_engine(url)
    before = current_revision(engine)
    upgrade(engine, args.revision)
    after = current_revision(engine)
    engine.dispose()
    if before == after:
        print(f"Skema sudah terbaru (revisi {after}).")
    else:
        print(f"Skema diperbarui: {before or 'kosong'} → {after}.")
    return 0


def _current(args: argparse.Namespace) -> int:
    from redaksi.store.engine import make_engine
    from redaksi.store.migrate import current_revision, head_revision

    engine = make_engine(_database_url(args))
    current = current_revision(engine)
    engine.dispose()
    head = head_revision()
    state = "terbaru" if current == head else f"perlu diperbarui ke {head}"
    print(f"Revisi skema: {current or 'kosong'} ({state})", file=sys.stdout)
    return 0
