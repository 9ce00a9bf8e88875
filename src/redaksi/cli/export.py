"""``redaksi export``: a story from the library (by id) or a story file to an HTML bundle."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from redaksi.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK


def register(subparsers: Any) -> None:
    """Add ``export STORY_OR_FILE --out DIR [--zip] [--paksa --alasan TEKS]``."""
    parser = subparsers.add_parser(
        "export",
        help="ekspor berita menjadi HTML siap terbit",
        description=(
            "Ekspor berita menjadi paket HTML siap terbit: nomor berita di pustaka, berkas\n"
            "story.json, atau naskah (.txt, .md, .docx, .odt, .html) yang dikenali pengimpor."
        ),
    )
    parser.add_argument("story", metavar="BERITA_ATAU_BERKAS", help="nomor berita atau berkas")
    parser.add_argument("--out", required=True, type=Path, metavar="FOLDER", help="folder tujuan")
    parser.add_argument("--zip", action="store_true", help="buat juga berkas .zip")
    parser.add_argument(
        "--paksa", action="store_true", help="ekspor walau belum siap (wajib --alasan)"
    )
    parser.add_argument("--alasan", default="", help="alasan memaksa ekspor (dicatat)")
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from redaksi.links.targets import LinkTargets
    from redaksi.media.library import PhotoLibrary
    from redaksi.paths import default_database_url
    from redaksi.publish.bundle import export_bundle
    from redaksi.publish.library_links import library_resolver
    from redaksi.publish.override import Override, record_override
    from redaksi.publish.readiness import readiness_problems
    from redaksi.publish.site import load_site_settings
    from redaksi.review.errors import PermissionDenied
    from redaksi.review.identity import sign_in
    from redaksi.review.permissions import StoryFacts, require_export
    from redaksi.store.errors import StoreError
    from redaksi.store.settings import SettingsStore
    from redaksi.store.store import open_store
    from redaksi.story.importing import DraftImportError, import_file
    from redaksi.story.serialize import story_from_dict

    if args.paksa and not args.alasan.strip():
        print("Galat: --paksa memerlukan --alasan.", file=sys.stderr)
        return EXIT_ERROR
    store = open_store(args.database or default_database_url())
    try:
        from_library = args.story.isdigit()
        try:
            if from_library:
                story = store.stories.load(int(args.story))
            elif args.story.endswith(".json"):
                path = Path(args.story)
                story = story_from_dict(json.loads(path.read_text(encoding="utf-8")))
            else:
                story = import_file(Path(args.story)).story
        except (StoreError, DraftImportError, OSError, ValueError, KeyError) as error:
            print(f"Galat: berita tidak dapat dibuka: {error}", file=sys.stderr)
            return EXIT_ERROR
        if from_library:
            try:
                actor = sign_in(store)
                require_export(actor, StoryFacts(story.id, story.author_id, story.status))
            except PermissionDenied as error:
                print(f"Galat: {error}", file=sys.stderr)
                return EXIT_ERROR
        problems = readiness_problems(story)
        if problems and not args.paksa:
            print("Berita belum siap diterbitkan:", file=sys.stderr)
            for problem in problems:
                print(f"  - {problem.message}", file=sys.stderr)
            print('Perbaiki dulu, atau gunakan --paksa --alasan "...".', file=sys.stderr)
            return EXIT_FINDINGS
        if problems and from_library:
            story = record_override(store, story, Override(actor.user_id, args.alasan), problems)

        site = load_site_settings(SettingsStore(store.sessions))
        photos = PhotoLibrary(store)
        links = library_resolver(LinkTargets(store.sessions), site, story)
        result = export_bundle(story, args.out, site, photos.data, links, make_zip=args.zip)
    finally:
        store.close()
    print(f"Diekspor ke {result.folder} ({len(result.files)} berkas, {result.total_bytes:,} bita).")
    if result.zip_path:
        print(f"Arsip: {result.zip_path}")
    return EXIT_OK
