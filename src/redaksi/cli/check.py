"""``redaksi check FILE...``: spelling and style findings for draft files, as text or JSON.

Each file is read by the draft importer, so page debris it drops is not checked; offsets
refer to the file's own text (code points in text output, UTF-16 units in the
LanguageTool-shaped JSON), so a script can locate every finding in the file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from redaksi.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK


def register(subparsers: Any) -> None:
    """Add ``check``."""
    parser = subparsers.add_parser(
        "check",
        help="periksa ejaan dan gaya berkas naskah",
        description=(
            "Memeriksa ejaan dan gaya tiap naskah (.txt, .md, .docx, .odt, .html). Bagian\n"
            "yang dibuang pengimpor (kolom komentar, tombol bagi) tidak diperiksa. Posisi temuan\n"
            "mengacu pada"
            "teks berkas itu sendiri (format json: satuan UTF-16 seperti LanguageTool).\n"
            "Dengan beberapa berkas, format json mencetak satu objek per baris dengan kunci\n"
            '"file". Keluar dengan status 0 bila tidak ada temuan, 1 bila ada temuan,\n'
            "2 bila terjadi galat."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="BERKAS", help="berkas naskah")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="bentuk keluaran: text (bawaan) atau json (format /v2/check LanguageTool)",
    )
    parser.add_argument(
        "--tanpa-nama",
        dest="names",
        action="store_false",
        help="jangan laporkan nama yang belum dikenal",
    )
    parser.add_argument(
        "--kamus",
        metavar="BERKAS",
        help="daftar kata tambahan (satu kata per baris) yang diterima",
    )
    parser.set_defaults(handler=_check)


def _read(path: str) -> str:
    data = Path(path).read_bytes()
    return data.decode("utf-8-sig")


def _check(args: argparse.Namespace) -> int:
    from redaksi.language.defaults import build_checker
    from redaksi.language.draft_check import check_draft
    from redaksi.language.ltjson import check_response
    from redaksi.story.importing import DraftImportError

    try:
        extra = _read(args.kamus).split() if args.kamus else []
    except (OSError, UnicodeDecodeError) as error:
        print(f"redaksi check: galat: tidak dapat membaca berkas: {error}", file=sys.stderr)
        return EXIT_ERROR
    checker = build_checker(extra, report_names=args.names)
    checked = []
    for path in args.files:
        try:
            checked.append((path, check_draft(checker, Path(path))))
        except DraftImportError as error:
            print(f"redaksi check: galat: {path}: {error}", file=sys.stderr)
            return EXIT_ERROR
    any_findings = False
    for path, draft in checked:
        text, findings = draft.text, draft.findings
        any_findings = any_findings or bool(findings)
        if args.format == "json":
            response = check_response(findings, text)
            if len(checked) > 1:
                response["file"] = path
            json.dump(response, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            _print_text(path, text, findings)
    return EXIT_FINDINGS if any_findings else EXIT_OK


def _print_text(path: str, text: str, findings: list[Any]) -> None:
    if not findings:
        print(f"{path}: tidak ada temuan.")
        return
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    import bisect

    for finding in findings:
        line = bisect.bisect_right(line_starts, finding.start)
        column = finding.start - line_starts[line - 1] + 1
        word = text[finding.start : finding.end]
        hint = f" → {', '.join(finding.replacements[:3])}" if finding.replacements else ""
        print(f"{path}:{line}:{column}: «{word}» {finding.message}{hint} [{finding.rule_id}]")
    print(f"{path}: {len(findings)} temuan.")
