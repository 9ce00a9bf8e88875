"""Speed of the spelling check against plain Hunspell lookups of the same words.

Prints: first check after start (dictionary load included), a full check of a 1,500-word
story with warm word caches (median), and the re-check of one edited 100-word paragraph,
each with the time plain Hunspell needs to look up the same words in the same run.

    PYTHONPATH=src python benchmarks/bench_spelling_speed.py [TEXT]

TEXT defaults to the shared Indonesian-GSD evaluation text (any UTF-8 prose works).
"""

from __future__ import annotations

import contextlib
import re
import statistics
import sys
import time
from pathlib import Path

EVAL_NAME = "shared/eval/ud-id-gsd-dev.txt"


def default_text() -> Path:
    """The shared evaluation text, in a folder above the checkout (``../shared/eval``)."""
    for folder in Path(__file__).resolve().parents:
        if (folder / EVAL_NAME).is_file():
            return folder / EVAL_NAME
    raise SystemExit(f"{EVAL_NAME} not found; pass a text file")


RUNS = 15


def story_paragraphs(text: str, words: int, per_paragraph: int = 100) -> list[str]:
    """About ``words`` words of ``text`` as paragraphs of about ``per_paragraph`` words."""
    paragraphs, current, count = [], [], 0
    for line in text.splitlines():
        n = len(line.split())
        if not n:
            continue
        current.append(line)
        count += n
        if sum(len(x.split()) for x in current) >= per_paragraph:
            paragraphs.append(" ".join(current))
            current = []
        if count >= words:
            break
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


CPU: dict[str, float] = {}


def median_ms(fn, runs: int = RUNS) -> float:
    """Median wall-clock milliseconds; the median CPU time goes to ``CPU[fn.__name__]``.

    CPU time is printed too because other jobs on a shared machine inflate wall time."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    CPU[fn.__name__] = statistics.median(cpu)
    return statistics.median(times)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default_text()
    text = path.read_text(encoding="utf-8")
    paragraphs = story_paragraphs(text, 1500)
    words = sum(len(p.split()) for p in paragraphs)

    t0 = time.perf_counter()
    from redaksi.language.checker import Checker
    from redaksi.language.defaults import spelling_source
    from redaksi.language.spelling.lexicon import default_lexicon
    from redaksi.language.story_check import ParagraphChecker
    from redaksi.story.model import Paragraph, Story

    lexicon = default_lexicon()
    load_ms = (time.perf_counter() - t0) * 1000
    # The spelling source alone (the style rules have their own benchmark, bench_style.py).
    checker = Checker([spelling_source()])
    story = Story(headline="Uji kecepatan", paragraphs=[Paragraph(p) for p in paragraphs])
    t1 = time.perf_counter()
    ParagraphChecker(checker).check_story(story)
    first_ms = (time.perf_counter() - t1) * 1000

    import hunspell

    plain = hunspell.Hunspell("id_ID", hunspell_data_dir=str(lexicon.indonesian.files.folder))
    tokens = [t for p in paragraphs for t in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", p)]

    def hunspell_story() -> None:
        for token in tokens:
            with contextlib.suppress(UnicodeEncodeError):
                plain.spell(token)

    # chunspell memoises spell() too; time its lookups on a fresh object, then warm.
    warm_hunspell = median_ms(hunspell_story)

    def full_check() -> None:
        ParagraphChecker(checker).check_story(story)

    full_ms = median_ms(full_check)

    cache = ParagraphChecker(checker)
    cache.check_story(story)
    edited = paragraphs[3]
    para_tokens = re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", edited)
    counter = iter(range(10**6))

    def hunspell_paragraph() -> None:
        for token in para_tokens:
            with contextlib.suppress(UnicodeEncodeError):
                plain.spell(token)

    def recheck_known_word() -> None:  # the reporter typed a known word at the end
        cache.check(f"{edited} dan{(next(counter) % 2 and ' juga') or ''} {next(counter)}", "body")

    def recheck_new_typo() -> None:  # the reporter typed a word never seen before
        n = next(counter)
        cache.check(f"{edited} tersebu{'x' * (n % 7)}{chr(97 + n % 26)}", "body")

    para_hunspell = median_ms(hunspell_paragraph)
    para_known = median_ms(recheck_known_word)
    para_typo = median_ms(recheck_new_typo)

    print(f"story: {len(paragraphs)} paragraphs, {words} words ({len(tokens)} word tokens)")
    print(f"dictionary load (Hunspell id/en, KBBI roots, frequencies): {load_ms:8.1f} ms")
    print(f"first full check after start (cold word caches):          {first_ms:8.1f} ms")
    print(f"{'median of ' + str(RUNS) + ' runs':56} {'wall ms':>9} {'CPU ms':>9}  ratio")
    rows = [
        ("plain Hunspell spell(), story's words", hunspell_story, warm_hunspell, None),
        ("Redaksi full check, warm (target <= 30 ms)", full_check, full_ms, hunspell_story),
        ("plain Hunspell spell(), one 100-word paragraph", hunspell_paragraph, para_hunspell, None),
        (
            "re-check edited paragraph, known word (target <= 2 ms)",
            recheck_known_word,
            para_known,
            hunspell_paragraph,
        ),
        (
            "re-check edited paragraph, new typo + suggestions",
            recheck_new_typo,
            para_typo,
            hunspell_paragraph,
        ),
    ]
    for label, fn, wall, base in rows:
        cpu = CPU[fn.__name__]
        ratio = f"{cpu / CPU[base.__name__]:.1f}x Hunspell (CPU)" if base else ""
        print(f"{label:56} {wall:9.3f} {cpu:9.3f}  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
