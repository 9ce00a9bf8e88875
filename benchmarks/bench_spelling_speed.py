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


def median_ms(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default_text()
    text = path.read_text(encoding="utf-8")
    paragraphs = story_paragraphs(text, 1500)
    words = sum(len(p.split()) for p in paragraphs)

    t0 = time.perf_counter()
    from redaksi.language.defaults import build_checker
    from redaksi.language.spelling.lexicon import default_lexicon
    from redaksi.language.story_check import ParagraphChecker
    from redaksi.story.model import Paragraph, Story

    lexicon = default_lexicon()
    load_ms = (time.perf_counter() - t0) * 1000
    checker = build_checker()
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
    full_ms = median_ms(lambda: ParagraphChecker(checker).check_story(story))

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
    print(f"plain Hunspell spell() of the story's words (median):     {warm_hunspell:8.2f} ms")
    ratio = full_ms / warm_hunspell
    print(
        f"Redaksi full check, warm (median of {RUNS}):                {full_ms:8.2f} ms"
        f"  ({ratio:.1f}x Hunspell; target <= 30 ms)"
    )
    print(f"plain Hunspell spell() of one 100-word paragraph:         {para_hunspell:8.3f} ms")
    print(
        f"re-check of the edited paragraph (known word typed):      {para_known:8.3f} ms"
        f"  ({para_known / para_hunspell:.1f}x Hunspell; target <= 2 ms)"
    )
    print(
        f"re-check of the edited paragraph (new typo + suggestions): {para_typo:7.3f} ms"
        f"  ({para_typo / para_hunspell:.1f}x Hunspell)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
