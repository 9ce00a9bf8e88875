"""``redaksi riwayat``: a story's revisions and the tracked changes between two of them."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``riwayat ID`` and ``riwayat ID --banding A B``."""
    history = subparsers.add_parser("riwayat", help="riwayat revisi dan perubahan sebuah berita")
    history.add_argument("berita", type=int, help="nomor berita")
    history.add_argument(
        "--banding",
        nargs=2,
        type=int,
        metavar=("A", "B"),
        help="tampilkan perubahan kata dari revisi A ke revisi B ([-hapus-] {+sisip+})",
    )
    history.set_defaults(handler=_history)


def _history(args: argparse.Namespace) -> int:
    from redaksi.paths import default_database_url
    from redaksi.review.desk import open_review
    from redaksi.review.diff import Change
    from redaksi.review.identity import sign_in
    from redaksi.store.errors import StoreError
    from redaksi.store.store import open_store

    store = open_store(args.database or default_database_url())
    try:
        review, actor = open_review(store), sign_in(store)
        if args.banding:
            old, new = args.banding
            for diff in review.history.compare(actor, args.berita, old, new):
                if not diff.changed:
                    continue
                marked = "".join(
                    s.text
                    if s.change is Change.EQUAL
                    else (f"[-{s.text}-]" if s.change is Change.DELETE else f"{{+{s.text}+}}")
                    for s in diff.segments
                )
                print(f"== {diff.label}\n{marked}\n")
            return 0
        for info in review.history.revisions(actor, args.berita):
            when = info.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
            print(
                f"{info.number:>4}  {when}  {info.status.label:<13} {info.author:<20} {info.note}"
            )
        return 0
    except StoreError as error:
        print(f"redaksi riwayat: {error}", file=sys.stderr)
        return 2
    finally:
        store.close()
