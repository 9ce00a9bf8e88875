"""Style rules: recall, false alarms on clean text, and speed.

Prints
- recall on the hand-written error corpus (tests/language/style/corpus/*.tsv);
- false alarms per 1,000 words on the UD Indonesian-GSD dev text (every finding outside the
  gold typo spans counts as a false alarm), and how many gold spans were caught;
- speed: all rule sets over a 1,500-word story, warm (compiled) with an empty paragraph
  cache, and with the cache; one edited paragraph; compile time. The baseline is the same
  rules matched one pattern at a time (no combined alternation), measured in the same run.

usage: PYTHONPATH=src python benchmarks/bench_style.py [--eval-dir ../shared/eval]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from redaksi.language.style import StyleSource
from redaksi.language.style.evaluation import load_corpus, missed_cases
from redaksi.language.style.source import _PARAGRAPH

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests/language/style/corpus").glob("*.tsv"))


CPU = {"on": False}


def median_ms(func, runs: int = 15) -> float:
    """Median wall time, or process CPU time with --cpu (robust on a shared, loaded machine)."""
    clock = time.process_time if CPU["on"] else time.perf_counter
    times = []
    for _ in range(runs):
        start = clock()
        func()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def story_text(sentences: list[str], words: int = 1500) -> str:
    paragraphs, current, count = [], [], 0
    for sentence in sentences:
        current.append(sentence)
        count += len(sentence.split())
        if len(current) == 3:
            paragraphs.append(" ".join(current))
            current = []
        if count >= words:
            break
    if current:
        paragraphs.append(" ".join(current))
    return "\n".join(paragraphs)


def without_needles(source: StyleSource, text: str) -> int:
    """Baseline: every pattern of every rule scanned over each paragraph, no literal prefilter."""
    compiled = source.compiled
    branches = compiled._branches
    hits = 0
    for match in _PARAGRAPH.finditer(text):
        paragraph = match.group()
        for branch in branches:
            hits += sum(1 for _ in branch.own.finditer(paragraph))
        compiled._scan_words(paragraph, "body", [])
    return hits


def false_alarms(source: StyleSource, eval_dir: Path) -> None:
    text_path = eval_dir / "ud-id-gsd-dev.txt"
    gold_path = eval_dir / "ud-id-gsd-dev.gold.tsv"
    if not text_path.exists():
        print(f"(no clean text at {text_path}; false alarms not measured)")
        return
    text = text_path.read_text("utf-8")
    gold = []
    for line in gold_path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if parts and parts[0] == "span":
            gold.append((int(parts[1]), int(parts[2])))
    words = len(re.findall(r"\w+", text))
    found = source.check(text)
    caught, alarms = set(), []
    for finding in found:
        spans = [g for g in gold if finding.start < g[1] and g[0] < finding.end]
        if spans:
            caught.update(spans)
        else:
            alarms.append(finding)
    print(f"clean text: {words} words, {len(found)} findings")
    print(f"  gold typo spans caught: {len(caught)}/{len(gold)}")
    print(f"  false alarms: {len(alarms)} = {1000 * len(alarms) / words:.1f} per 1,000 words")
    by_set = Counter(f.rule_set for f in alarms)
    print("  by rule set:", ", ".join(f"{k} {v}" for k, v in by_set.most_common()))
    by_rule = Counter(f.rule_id for f in alarms)
    print("  by rule:", ", ".join(f"{k} {v}" for k, v in by_rule.most_common(12)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared/eval")
    parser.add_argument("--cpu", action="store_true", help="time with process CPU time")
    args = parser.parse_args()
    CPU["on"] = args.cpu
    print(f"clock: {'process CPU time' if args.cpu else 'wall time'}; load {os.getloadavg()}")

    start = time.perf_counter()
    source = StyleSource()
    compile_ms = (time.perf_counter() - start) * 1000
    rules = [r for rs in source.rule_sets for r in rs.rules]
    print(f"rule sets: {len(source.rule_sets)}, rules: {len(rules)}")
    for rule_set in source.rule_sets:
        pairs = sum(len(r.swap) for r in rule_set.rules)
        print(f"  {rule_set.name:15} {len(rule_set.rules):3} rules {pairs:4} listed pairs")

    cases = load_corpus(CORPUS)
    missed = missed_cases(cases, source)
    hit = len(cases) - len(missed)
    print(f"corpus recall: {hit}/{len(cases)} = {100 * hit / len(cases):.1f}%")
    for case in missed:
        print(f"  missed {case.rule_id}: {case.text}")

    false_alarms(source, args.eval_dir)

    clean = args.eval_dir / "ud-id-gsd-dev.txt"
    sentences = (
        clean.read_text("utf-8").splitlines() if clean.exists() else [c.text for c in cases] * 10
    )
    story = story_text(sentences)
    paragraphs = story.split("\n")
    print(f"speed story: {len(story.split())} words, {len(paragraphs)} paragraphs")

    def cold() -> None:
        source.clear_cache()
        source.check(story)

    cold()
    cold_ms = median_ms(cold)
    cached_ms = median_ms(lambda: source.check(story))
    baseline_ms = median_ms(lambda: without_needles(source, story), runs=7)
    edits = iter(range(10**6))

    def edit_one() -> None:
        paragraphs[5] = paragraphs[5].rstrip(".0123456789") + f" {next(edits)}."
        source.check("\n".join(paragraphs))

    edit_ms = median_ms(edit_one)
    single = paragraphs[5]

    def one_paragraph() -> None:
        source.clear_cache()
        source.check_paragraph(single)

    paragraph_ms = median_ms(one_paragraph, runs=51)
    print(f"compile all rule sets: {compile_ms:.0f} ms (once per house style)")
    print(f"1,500-word story, warm, empty cache: {cold_ms:.2f} ms (target <= 20 ms)")
    print(
        f"  baseline, every pattern over every paragraph: {baseline_ms:.2f} ms "
        f"(needle prefilter is {baseline_ms / cold_ms:.1f}x faster)"
    )
    print(f"1,500-word story, cached: {cached_ms:.2f} ms")
    print(f"story with one edited paragraph: {edit_ms:.2f} ms")
    print(
        f"one paragraph ({len(single.split())} words), uncached: {paragraph_ms:.3f} ms "
        f"(target <= 2 ms)"
    )


if __name__ == "__main__":
    main()
