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
    return 0


if __name__ == "__main__":
    sys.exit(main())
