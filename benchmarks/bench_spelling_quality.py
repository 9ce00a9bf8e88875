"""Spelling quality on the Indonesian-GSD dev text: plain Hunspell vs Redaksi, side by side.

Both checkers are scored by the shared evaluation script (``shared/eval/langeval.py``)
on the same text and gold typos in the same run:

    PYTHONPATH=src python benchmarks/bench_spelling_quality.py

Also prints Redaksi's recall counting only red (misspelling) findings, and how its
findings split by rule.
"""

from __future__ import annotations

import collections
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def eval_dir() -> Path:
    """``shared/eval`` in a folder above the checkout."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "shared/eval/langeval.py").is_file():
            return folder / "shared/eval"
    raise SystemExit("shared/eval/langeval.py not found")


def summary(command: list[str], evaluation: Path) -> str:
    result = subprocess.run(
        [
            sys.executable,
            str(evaluation / "langeval.py"),
            str(evaluation / "ud-id-gsd-dev.txt"),
            str(evaluation / "ud-id-gsd-dev.gold.tsv"),
            "--",
            *command,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


KINDS = ("dropped", "doubled", "transposed", "neighbour key", "confusion")


def make_typo(word: str, kind: str, rng) -> str:
    """One typing slip of ``kind`` in ``word`` (the same seed gives the same typos)."""
    from redaksi.language.spelling.slips import _NEIGHBOURS

    i = rng.randrange(1, len(word) - 1)
    if kind == "dropped":
        return word[:i] + word[i + 1 :]
    if kind == "doubled":
        return word[:i] + word[i] + word[i:]
    if kind == "transposed":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "neighbour key":
        near = sorted(_NEIGHBOURS.get(word[i], ()))
        return word[:i] + rng.choice(near) + word[i + 1 :] if near else word
    pairs = [
        ("u", "w"),
        ("f", "v"),
        ("f", "p"),
        ("z", "dz"),
        ("s", "sy"),
        ("t", "th"),
        ("k", "kh"),
        ("k", "c"),
        ("ua", "wa"),
    ]
    rng.shuffle(pairs)
    for meant, written in pairs:
        if meant in word[1:]:
            at = word.index(meant, 1)
            return word[:at] + written + word[at + len(meant) :]
    return word


def suggestion_accuracy(samples: int = 300) -> None:
    """Top-1/top-3 of Redaksi's ranking vs Hunspell's suggest on generated typing slips.

    The words are common Indonesian words (wordfreq) that Hunspell accepts; each gets
    one slip of each kind, and typos that happen to be valid words are skipped.
    """
    import random
    import time

    from redaksi.language.spelling import suggest
    from redaksi.language.spelling.lexicon import default_lexicon

    lexicon = default_lexicon()
    rng = random.Random(20261124)
    words = [
        w
        for w, z in sorted(lexicon.zipf_id.items(), key=lambda item: -item[1])
        if len(w) >= 5 and w.isalpha() and w.isascii() and lexicon.indonesian.spell(w)
    ][:1500]
    rng.shuffle(words)
    table = {kind: [0, 0, 0, 0, 0] for kind in KINDS}  # n, R top1, R top3, H top1, H top3
    hunspell_time = redaksi_time = 0.0
    for word in words[: samples // len(KINDS) * 2]:
        for kind in KINDS:
            typo = make_typo(word, kind, rng)
            if typo == word or lexicon.knows(typo) or table[kind][0] >= samples // len(KINDS):
                continue
            t0 = time.perf_counter()
            ours = suggest.rank(typo, lexicon)
            t1 = time.perf_counter()
            theirs = list(lexicon.indonesian.suggest(typo))
            t2 = time.perf_counter()
            redaksi_time += t1 - t0
            hunspell_time += t2 - t1
            row = table[kind]
            row[0] += 1
            row[1] += ours[:1] == [word]
            row[2] += word in ours[:3]
            row[3] += theirs[:1] == [word]
            row[4] += word in theirs[:3]
    total = [sum(row[i] for row in table.values()) for i in range(5)]
    print(f"\nSuggestions for generated typing slips of common words ({total[0]} typos):")
    print(
        f"  {'slip':16} {'n':>4}  {'Redaksi top-1':>13} {'top-3':>6}  {'Hunspell top-1':>14} "
        f"{'top-3':>6}"
    )
    for kind, row in [*table.items(), ("all", total)]:
        n = max(row[0], 1)
        print(
            f"  {kind:16} {row[0]:4}  {100 * row[1] / n:12.0f}% {100 * row[2] / n:5.0f}%  "
            f"{100 * row[3] / n:13.0f}% {100 * row[4] / n:5.0f}%"
        )
    n = max(total[0], 1)
    print(
        f"  time per word: Redaksi {1000 * redaksi_time / n:.2f} ms, "
        f"Hunspell suggest {1000 * hunspell_time / n:.2f} ms"
    )


def main() -> int:
    evaluation = eval_dir()
    from redaksi.language.spelling.dictionaries import find_dictionary

    folder = find_dictionary("id_ID").folder
    plain = summary(
        [sys.executable, str(evaluation / "hunspell_baseline.py"), str(folder)], evaluation
    )
    redaksi = summary([sys.executable, "-m", "redaksi", "check", "--format", "json"], evaluation)
    print(f"{'plain Hunspell id_ID':22} {plain}")
    print(f"{'Redaksi':22} {redaksi}")

    # Red-only recall and the split of Redaksi's findings by rule.
    text = (evaluation / "ud-id-gsd-dev.txt").read_text(encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "redaksi",
            "check",
            "--format",
            "json",
            str(evaluation / "ud-id-gsd-dev.txt"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        check=False,
    )
    matches = json.loads(out.stdout)["matches"]
    gold = []
    for line in (evaluation / "ud-id-gsd-dev.gold.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0] == "span":
            gold.append((int(parts[1]), int(parts[2])))
    if any(ord(ch) > 0xFFFF for ch in text):
        print("(text has astral characters: red-only recall below is approximate)")
    red = [m for m in matches if m["rule"]["issueType"] == "misspelling"]
    hit = sum(any(m["offset"] < e and s < m["offset"] + m["length"] for m in red) for s, e in gold)
    print(f"Redaksi red (misspelling) findings alone: recall {hit}/{len(gold)}")
    rules = collections.Counter(m["rule"]["id"] for m in matches)
    words = len(re.findall(r"\w+", text))
    print(f"Redaksi findings by rule over {words} words:")
    for rule, count in rules.most_common():
        print(f"  {rule:40} {count:5}")
    suggestion_accuracy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
