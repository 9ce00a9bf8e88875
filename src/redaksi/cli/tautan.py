"""``redaksi tautan``: check a story's "Baca juga" links before it is published."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``tautan ID``."""
    tautan = subparsers.add_parser(
        "tautan", help="periksa tautan berita terkait (belum terbit, ditarik, dihapus, URL salah)"
    )
    tautan.add_argument("id", type=int, help="ID berita")
    tautan.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from redaksi.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
    from redaksi.links.targets import LinkTargets
    from redaksi.links.validation import check_links
    from redaksi.paths import default_database_url
    from redaksi.store.errors import StoryNotFound
    from redaksi.store.store import open_store

    store = open_store(args.database or default_database_url())
    try:
        try:
            story = store.stories.load(args.id)
        except StoryNotFound:
            print(f"galat: berita {args.id} tidak ditemukan")
            return EXIT_ERROR
        findings = check_links(story, LinkTargets(store.sessions))
        for finding in findings:
            number = int(finding.extra["link_index"]) + 1
            print(f"tautan {number}: [{finding.level.value}] {finding.message}")
        if not findings:
            print(f"{len(story.related)} tautan diperiksa, tidak ada masalah.")
        return EXIT_FINDINGS if findings else EXIT_OK
    finally:
        store.close()
