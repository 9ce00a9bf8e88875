"""``redaksi cari``: search the library, or list related stories for one story."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``cari KUERI`` and ``cari --terkait ID``."""
    cari = subparsers.add_parser(
        "cari", help="cari berita di pustaka (kata dasar: pembangunan = membangun)"
    )
    cari.add_argument("kueri", nargs="*", help="kata yang dicari")
    cari.add_argument(
        "--terkait", type=int, metavar="ID", help="tampilkan saran berita terkait untuk berita ID"
    )
    cari.add_argument("--batas", type=int, default=10, metavar="N", help="jumlah hasil (10)")
    cari.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from redaksi.cli import EXIT_ERROR, EXIT_OK
    from redaksi.links.search import StorySearch
    from redaksi.links.suggest import RelatedSuggester
    from redaksi.paths import default_database_url
    from redaksi.store.errors import StoryNotFound
    from redaksi.store.store import open_store

    query = " ".join(args.kueri).strip()
    if not query and args.terkait is None:
        print("galat: berikan kata yang dicari atau --terkait ID")
        return EXIT_ERROR
    store = open_store(args.database or default_database_url())
    try:
        search = StorySearch.for_store(store)
        if args.terkait is not None:
            try:
                story = store.stories.load(args.terkait)
            except StoryNotFound:
                print(f"galat: berita {args.terkait} tidak ditemukan")
                return EXIT_ERROR
            suggestions = RelatedSuggester(search).suggest(story, limit=args.batas)
            for s in suggestions:
                print(f"{s.story_id:>7}  {s.when:%d-%m-%Y}  {s.headline}\n         {s.reason}")
            if not suggestions:
                print("Tidak ada saran berita terkait.")
            return EXIT_OK
        hits = search.search(query, limit=args.batas)
        for hit in hits:
            when = hit.published_at or hit.updated_at
            print(f"{hit.story_id:>7}  {hit.status.label:<12} {when:%d-%m-%Y}  {hit.headline}")
        if not hits:
            print("Tidak ada berita yang cocok.")
        return EXIT_OK
    finally:
        store.close()
