"""Word count and reading time as the status bar shows them."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# A word is a run of letters or digits, allowing inner hyphens and apostrophes
# (anak-anak, Jum'at, 6.000) so Indonesian reduplication counts once.
_WORD = re.compile(r"[^\W_]+(?:[-'’.,][^\W_]+)*")

# Silent reading speed for Indonesian news prose; long affixed words read slower than English.
DEFAULT_WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class TextStats:
    """Words, characters and whole minutes to read."""

    words: int
    characters: int
    minutes: int


def count_words(text: str) -> int:
    """Words in ``text``."""
    return sum(1 for _ in _WORD.finditer(text))


def text_stats(text: str, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> TextStats:
    """Statistics of ``text``; reading time rounds up and is at least one minute for any word."""
    words = count_words(text)
    minutes = math.ceil(words / max(1, words_per_minute)) if words else 0
    return TextStats(words=words, characters=len(text), minutes=minutes)
