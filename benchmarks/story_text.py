"""Generated Indonesian news text for the workstation benchmarks (imported by them).

Words of a flood story, drawn at random with a fixed seed, so every run types into the
same text and figures stay comparable between runs and machines.
"""

from __future__ import annotations

import random

WORDS = (
    "pemerintah",
    "kota",
    "semarang",
    "memasang",
    "pompa",
    "air",
    "baru",
    "di",
    "kawasan",
    "tanjung",
    "mas",
    "untuk",
    "mempercepat",
    "surutnya",
    "banjir",
    "rob",
    "yang",
    "hampir",
    "setiap",
    "bulan",
    "merendam",
    "permukiman",
    "warga",
    "pesisir",
    "utara",
    "kota",
    "itu",
    "kepala",
    "dinas",
    "pekerjaan",
    "umum",
    "mengatakan",
    "pompa",
    "tersebut",
    "mulai",
    "beroperasi",
    "pada",
    "senin",
    "pagi",
    "dengan",
    "kapasitas",
    "total",
    "enam",
    "ribu",
    "liter",
    "per",
    "detik",
)


def story_paragraphs(words: int, seed: int = 7, shortest: int = 35, longest: int = 60) -> list[str]:
    """About ``words`` words in paragraphs of ``shortest`` to ``longest`` words."""
    rng = random.Random(seed)
    paragraphs, left = [], words
    while left > 0:
        size = min(left, rng.randint(shortest, longest))
        text = " ".join(rng.choice(WORDS) for _ in range(size))
        paragraphs.append(text[0].upper() + text[1:] + ".")
        left -= size
    return paragraphs
