"""Word diff speed on a long story: is it safe to run on the GUI thread when comparing?

Prints the median of several runs for a 2,000-word body with ~5 % of words edited, and the
ratio against one flat ``difflib`` pass over all word tokens (the obvious implementation,
quadratic on repeated tokens) measured in the same run.
"""

from __future__ import annotations

import random
import statistics
import time
from difflib import SequenceMatcher

from redaksi.review.diff import word_diff
from redaksi.review.tokens import tokenize

WORDS = [
    "pemerintah",
    "kota",
    "bekasi",
    "menyiagakan",
    "perahu",
    "karet",
    "di",
    "tiga",
    "titik",
    "banjir",
    "warga",
    "mengungsi",
    "ke",
    "masjid",
    "dan",
    "sekolah",
    "terdekat",
    "sementara",
    "hujan",
    "deras",
    "diperkirakan",
    "berlanjut",
    "hingga",
    "rabu",
    "menurut",
    "bmkg",
    "kepala",
    "bpbd",
    "mengatakan",
    "312",
    "rumah",
    "terendam,",
    "sebagian",
    "setinggi",
    "satu",
    "meter.",
]


def story(rng: random.Random, n: int) -> str:
    paragraphs, words = [], []
    for i in range(n):
        words.append(rng.choice(WORDS))
        if i % 60 == 59:
            paragraphs.append(" ".join(words).capitalize() + ".")
            words = []
    paragraphs.append(" ".join(words))
    return "\n\n".join(paragraphs)


def edited(rng: random.Random, text: str, share: float) -> str:
    tokens = text.split(" ")
    for i in range(len(tokens)):
        if rng.random() < share:
            tokens[i] = rng.choice(WORDS)
    return " ".join(tokens)


def median_ms(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    rng = random.Random(7)
    old = story(rng, 2000)
    new = edited(rng, old, 0.05)
    words = median_ms(lambda: word_diff(old, new))
    a, b = tokenize(old), tokenize(new)
    flat = median_ms(lambda: SequenceMatcher(None, a, b, autojunk=False).get_opcodes(), 3)
    print(f"body: {len(old.split())} words, {len(a)} tokens")
    print(f"word_diff (paragraph → sentence → word)  median {words:8.1f} ms")
    print(f"flat token difflib (baseline)            median {flat:8.1f} ms")
    print(f"ratio                                    {words / flat:8.3f}")


if __name__ == "__main__":
    main()
