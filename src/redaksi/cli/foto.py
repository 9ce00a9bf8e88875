"""``redaksi foto``: check photo files and make web renditions without opening the window.

``periksa`` shows what the desk would prefill (caption, credit, photographer, date) and
what the caption rules say about it; ``rendisi`` writes the publish-ready files.
Exit codes: 0 fine, 1 findings, 2 a file was refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def register(subparsers: Any) -> None:
    """Add ``foto periksa`` and ``foto rendisi``."""
    foto = subparsers.add_parser("foto", help="periksa foto dan buat berkas untuk web")
    actions = foto.add_subparsers(dest="foto_command", title="perintah", metavar="AKSI")
    actions.required = True
    check = actions.add_parser("periksa", help="baca metadata dan periksa keterangan foto")
    check.add_argument("berkas", nargs="+", type=Path, help="berkas foto (JPEG, PNG, WebP, HEIC)")
    check.set_defaults(handler=_check)
    render = actions.add_parser("rendisi", help="buat berkas JPEG dan WebP siap terbit")
    render.add_argument("berkas", type=Path, help="berkas foto asli")
    render.add_argument("--nama", required=True, help="nama dasar berkas, mis. slug berita")
    render.add_argument("--keluar", type=Path, required=True, help="folder tujuan")
    render.add_argument(
        "--lebar", default="1600,1024,640", help="lebar dalam piksel (bawaan: 1600,1024,640)"
    )
    render.add_argument("--format", default="jpeg,webp", help="jpeg, webp (bawaan: keduanya)")
    render.add_argument("--kredit", default="", help="kredit foto, mis. “FOTO: ANTARA/Nama”")
    render.set_defaults(handler=_render)


def _check(args: argparse.Namespace) -> int:
    from redaksi.media.caption_rules import check_photo
    from redaksi.media.errors import PhotoError
    from redaksi.media.library import prepare, read_photo_file

    status = EXIT_OK
    for path in args.berkas:
        print(f"{path}:")
        try:
            prepared = prepare(read_photo_file(path), path.name)
        except PhotoError as error:
            print(f"  DITOLAK: {error}")
            status = EXIT_ERROR
            continue
        photo, meta = prepared.photo, prepared.metadata
        rows = [
            ("Ukuran", f"{photo.width} × {photo.height} piksel ({photo.mime})"),
            ("Keterangan", photo.caption),
            ("Kredit", photo.credit),
            ("Fotografer", photo.photographer),
            ("Diambil", photo.taken_at.isoformat() if photo.taken_at else ""),
            ("Tempat", photo.place),
            ("Kamera", meta.camera),
            ("Hak cipta", meta.copyright),
        ]
        for label, value in rows:
            print(f"  {label:<11} {value or '-'}")
        if meta.has_gps:
            print(
                f"  {'Lokasi GPS':<11} {meta.latitude:.5f}, {meta.longitude:.5f} "
                "(tidak ikut diterbitkan)"
            )
        findings = check_photo(photo).all()
        for finding in findings:
            print(f"  [{finding.level.value}] {finding.message}")
        if findings and status == EXIT_OK:
            status = EXIT_FINDINGS
    return status


def _render(args: argparse.Namespace) -> int:
    from redaksi.media.errors import PhotoError
    from redaksi.media.library import read_photo_file
    from redaksi.media.renditions import make_renditions

    try:
        widths = [int(w) for w in args.lebar.split(",") if w.strip()]
        formats = [f.strip().lower() for f in args.format.split(",") if f.strip()]
        made = make_renditions(
            read_photo_file(args.berkas), args.nama, args.keluar,
            widths=widths, formats=formats, credit=args.kredit,
        )  # fmt: skip
    except PhotoError as error:
        print(f"{args.berkas}: DITOLAK: {error}")
        return EXIT_ERROR
    except ValueError as error:
        print(f"Pilihan tidak sah: {error}")
        return EXIT_ERROR
    for rendition in made:
        print(
            f"{rendition.path}  {rendition.width}×{rendition.height}  "
            f"{rendition.mime}  {rendition.size_bytes / 1024:.0f} KiB"
        )
    return EXIT_OK
