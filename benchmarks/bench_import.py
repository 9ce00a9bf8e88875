"""Import benchmark: time to import a generated 5,000-word .docx, and corpus recognition rate.

Run from the repository root:  PYTHONPATH=src python benchmarks/bench_import.py [--runs 7]

The baseline, measured in the same run, is python-docx alone opening the file and reading
every paragraph's text: the ratio shows what Redaksi's readers and recogniser add on top.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import docx

from redaksi.story.importing import import_file, import_source, read_file
from redaksi.story.importing.summary import import_summary

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "story" / "corpus"
HOLDOUT = ROOT / "tests" / "story" / "holdout"
FIELDS = (
    "headline",
    "subheadline",
    "byline",
    "dateline",
    "lead",
    "paragraphs",
    "photos",
    "related",
    "end_mark",
    "credits",
    "tags",
    "dropped",
)
WORDS = [
    "pemerintah",
    "kota",
    "warga",
    "banjir",
    "rob",
    "pesisir",
    "pompa",
    "anggaran",
    "dinas",
    "pekerjaan",
    "umum",
    "kepala",
    "mengatakan",
    "menurut",
    "dia",
    "tahun",
    "ini",
    "kawasan",
    "permukiman",
    "nelayan",
    "tanggul",
    "laut",
    "pasang",
    "kabupaten",
    "provinsi",
    "bantuan",
    "sosial",
    "rumah",
    "sakit",
    "sekolah",
    "jalan",
    "jembatan",
    "pasar",
    "harga",
    "beras",
]


def make_docx(path: Path, words: int = 5000, seed: int = 7) -> int:
    """A realistic long draft: dateline lead, quotes, bold runs, related lines, credits."""
    rng = random.Random(seed)
    document = docx.Document()
    document.add_paragraph("Pemkot Semarang Tambah 120 Pompa untuk Atasi Banjir Rob")
    document.add_paragraph(
        "Petugas memeriksa pompa di Tanjung Mas, Senin (23/11/2026). (FOTO: ANTARA/Budi Santoso)"
    )
    written = 0
    number = 0
    while written < words:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 24)))
        sentence = sentence.capitalize() + "."
        if number == 0:
            text = f"SEMARANG, KOMPAS.com - {sentence} {sentence}"
        elif number % 9 == 0:
            text = f"“{sentence}” kata Rini di Semarang."
        else:
            text = f"{sentence} {sentence.lower()}"
        paragraph = document.add_paragraph()
        head, _, tail = text.partition(" ")
        paragraph.add_run(head + " ").bold = number % 4 == 0
        paragraph.add_run(tail)
        written += len(text.split())
        number += 1
        if number % 15 == 0:
            document.add_paragraph(f"Baca juga: Pompa Baru Nomor {number} Dipasang di Kali Banger")
    document.add_paragraph("(*)")
    document.add_paragraph("Pewarta: Dewi Anggraini")
    document.add_paragraph("Editor: Bambang Santoso")
    document.save(str(path))
    return written


def _median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _baseline(path: Path) -> None:
    document = docx.Document(str(path))
    "\n\n".join(p.text for p in document.paragraphs)


def recognition_rate(folder: Path) -> tuple[int, int, int, int, list[str]]:
    drafts = sorted(
        p for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html"} and p.stem != "README"
    )
    fields_ok = drafts_ok = 0
    misses: list[str] = []
    for draft in drafts:
        expected = json.loads(draft.with_suffix(".json").read_text(encoding="utf-8"))
        actual = import_summary(import_file(draft))
        good = [name for name in FIELDS if actual[name] == expected[name]]
        fields_ok += len(good)
        drafts_ok += len(good) == len(FIELDS)
        misses += [f"{draft.name}: {name}" for name in FIELDS if name not in good]
    return drafts_ok, len(drafts), fields_ok, len(drafts) * len(FIELDS), misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--words", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draf-panjang.docx"
        words = make_docx(path, args.words)
        size = path.stat().st_size
        result = import_file(path)
        source = read_file(path)
        baseline = _median_seconds(lambda: _baseline(path), args.runs)
        full = _median_seconds(lambda: import_file(path), args.runs)
        recognise_only = _median_seconds(lambda: import_source(source), args.runs)
    print(f"docx: {words} kata, {size / 1024:.0f} KB")
    print(
        f"  hasil: {len(result.story.paragraphs)} paragraf, {len(result.story.related)} "
        f"baca juga, {len(result.story.photos)} foto"
    )
    print(f"  python-docx saja (dasar)   : {baseline * 1000:8.1f} ms (median {args.runs}x)")
    print(f"  impor penuh (baca+kenali)  : {full * 1000:8.1f} ms  rasio {full / baseline:.2f}x")
    print(f"  pengenalan struktur saja   : {recognise_only * 1000:8.1f} ms")
    for label, folder in (("korpus", CORPUS), ("korpus uji tertutup", HOLDOUT)):
        drafts_ok, drafts, fields_ok, fields, misses = recognition_rate(folder)
        print(f"{label}: {drafts_ok}/{drafts} draf dikenali sepenuhnya")
        rate = 100 * fields_ok / fields
        print(f"  tingkat pengenalan bidang : {fields_ok}/{fields} = {rate:.1f}%")
        for miss in misses:
            print(f"  meleset: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
