"""``redaksi import FILE``: open a draft, show what was recognised, save it to the library."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from redaksi.cli import EXIT_ERROR, EXIT_OK

FORMAT_NAMES = {
    "text": "teks",
    "markdown": "Markdown",
    "docx": "Word .docx",
    "odt": "OpenDocument .odt",
    "html": "HTML",
}


def register(subparsers: Any) -> None:
    """Add ``import FILE [--json] [--dry-run]``."""
    command = subparsers.add_parser(
        "import",
        help="impor draf (.txt, .md, .docx, .odt, .html) ke pustaka",
        description=(
            "Buka draf, kenali bagian-bagian berita (judul, dateline, teras, foto, "
            "Baca juga, tanda akhir), lalu simpan ke pustaka sebagai draf."
        ),
    )
    command.add_argument("file", metavar="BERKAS", help="berkas draf yang akan diimpor")
    command.add_argument(
        "--json", action="store_true", help="cetak hasil pengenalan sebagai JSON yang stabil"
    )
    command.add_argument(
        "--dry-run",
        action="store_true",
        help="hanya tampilkan hasil pengenalan, jangan simpan ke pustaka",
    )
    command.set_defaults(handler=_run)


def _short(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _position(after: int | None) -> str:
    if after is None:
        return "di akhir"
    if after < 0:
        return "setelah teras"
    return f"setelah paragraf isi ke-{after + 1}"


def _print_human(summary: dict[str, Any], name: str, fmt: str, encoding: str) -> None:
    dash = "—"
    dateline = ", ".join(
        v for v in (summary["dateline"]["place"], summary["dateline"]["outlet"]) if v
    )
    described = FORMAT_NAMES.get(fmt, fmt) + (f", {encoding}" if encoding else "")
    print(f"Dikenali dari {name} ({described}):")
    print(f"  Judul       : {_short(summary['headline']) or dash}")
    print(f"  Subjudul    : {_short(summary['subheadline']) or dash}")
    if summary["byline"]:
        print(f"  Penulis     : {summary['byline']}")
    print(f"  Dateline    : {dateline or dash}")
    print(f"  Teras       : {_short(summary['lead']) or dash}")
    print(f"  Paragraf    : {len(summary['paragraphs'])}")
    print(f"  Foto        : {len(summary['photos'])}")
    for number, photo in enumerate(summary["photos"], 1):
        print(f"    {number}. {_short(photo['caption'], 70) or dash} (kredit: {photo['credit']})")
    print(f"  Baca juga   : {len(summary['related'])}")
    for number, link in enumerate(summary["related"], 1):
        url = f" <{link['url']}>" if link["url"] else ""
        print(f"    {number}. {_short(link['title'], 70)}{url} ({_position(link['position'])})")
    print(f"  Tanda akhir : {summary['end_mark'] or dash}")
    credits = "; ".join(f"{k}: {v}" for k, v in summary["credits"].items())
    print(f"  Kredit      : {credits or dash}")
    if summary["tags"]:
        print(f"  Tag         : {', '.join(summary['tags'])}")
    print(f"  Dibuang     : {len(summary['dropped'])} potong teks")
    for item in summary["dropped"]:
        print(f"    - [{item['reason']}] {_short(item['text'], 70)}")


def _run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from redaksi.story.importing import DraftImportError, import_file
    from redaksi.story.importing.summary import import_record, import_summary

    path = Path(args.file)
    try:
        result = import_file(path)
    except DraftImportError as error:
        print(f"redaksi import: galat: {error}", file=sys.stderr)
        return EXIT_ERROR
    summary = import_summary(result)
    story_id: int | None = None
    linked = 0
    if not args.dry_run:
        from redaksi.links.importing import resolve_related
        from redaksi.links.search import StorySearch
        from redaksi.paths import default_database_url
        from redaksi.store.store import open_store
        from redaksi.store.users import ensure_user, local_username

        result.story.extra["import"] = import_record(result, path.name)
        store = open_store(args.database or default_database_url())
        try:
            user_id = ensure_user(store.sessions, local_username())
            linked = resolve_related(result.story, StorySearch.for_store(store))
            saved = store.stories.create(result.story, user_id, note=f"Diimpor dari {path.name}")
            story_id = saved.id
        except Exception as error:  # the store reports SQL errors of many kinds
            print(f"redaksi import: galat: gagal menyimpan ke pustaka: {error}", file=sys.stderr)
            return EXIT_ERROR
        finally:
            store.close()
    if args.json:
        payload = {**summary, "saved_id": story_id, "warnings": result.report.warnings}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_human(summary, path.name, result.report.source_format, result.report.encoding)
    for warning in result.report.warnings:
        print(f"Peringatan: {warning}")
    if linked:
        print(f"Baca juga  : {linked} judul dikaitkan ke berita di pustaka.")
    if story_id is None:
        print("Uji coba (--dry-run): tidak ada yang disimpan.")
    else:
        print(f"Disimpan ke pustaka sebagai cerita #{story_id} (status draf).")
    return EXIT_OK
