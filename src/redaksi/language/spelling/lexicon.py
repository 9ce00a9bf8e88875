"""Everything the spelling check knows about words, loaded once per process and shared.

* Hunspell ``id_ID`` (plus ``en_US``/``en_GB`` for recognising English),
* the KBBI root list that PySastrawi ships (``kata-dasar.txt``),
* word frequencies from ``wordfreq`` (Indonesian and English): they rank suggestions and
  keep typos of very common words (``tersebu``) from passing as affixed obscure roots,
* Redaksi's curated lists under ``resources/language/`` (names and places, name
  particles, Arabic transliterations).

All lookups are memoised; the object is immutable from the outside and safe to share
between the GUI thread's checks and worker threads.
"""

from __future__ import annotations

import math
import threading
from functools import cache
from importlib.resources import files as package_files

import wordfreq

from redaksi.language import morphology
from redaksi.language.spelling.dictionaries import DictionaryNotFound, find_dictionary
from redaksi.language.spelling.hunspell_dict import HunspellDictionary
from redaksi.language.spelling.slips import LIKELY, slips
from redaksi.resources import resource

# A typo of a word at least this common (Zipf scale) is not excused as an affixed rare root.
COMMON_ZIPF = 4.0
# Any slip away from one of the most common words is suspect (``berberapa``).
VERY_COMMON_ZIPF = 5.0
# Slips typical enough to suspect a typo behind an otherwise valid-looking affixed word:
# a dropped letter, a transposition, a neighbouring key (not any stray extra letter).
STRONG_SLIP = 0.8
# Words that name-particles may stand between or before (``al-Muhajir``, ``van der Berg``).
_CACHE_LIMIT = 200_000


def read_word_list(name: str) -> frozenset[str]:
    """A word list under ``resources/language/``: one entry a line, ``#`` comments."""
    text = resource("language", name).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def kbbi_roots() -> frozenset[str]:
    """Root words (kata dasar) from PySastrawi's KBBI-derived list."""
    data = package_files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt"
    return frozenset(
        word.strip().lower() for word in data.read_text(encoding="utf-8").split("\n") if word
    )


def _zipf_table(language: str) -> dict[str, float]:
    return {
        word: math.log10(freq) + 9.0
        for word, freq in wordfreq.get_frequency_dict(language, wordlist="best").items()
        if freq > 0
    }


class Lexicon:
    """Dictionaries, roots, frequencies and lists behind every spelling decision."""

    def __init__(self) -> None:
        self.indonesian = HunspellDictionary(find_dictionary("id_ID"))
        try:
            self.english: HunspellDictionary | None = HunspellDictionary(
                find_dictionary("en_US", "en_GB")
            )
        except DictionaryNotFound:
            self.english = None
        self.roots = kbbi_roots()
        self.zipf_id = _zipf_table("id")
        self.names = frozenset(w.lower() for w in read_word_list("nama-diri.txt"))
        self.particles = read_word_list("partikel-nama.txt")
        self.arabic = read_word_list("transliterasi-arab.txt")
        self.abbreviations = read_word_list("singkatan.txt") | read_word_list("bentuk-terikat.txt")
        self._lock = threading.Lock()
        self._words: dict[str, bool] = {}
        self._english: dict[str, bool] = {}

    # -- frequencies -------------------------------------------------------------------
    def zipf(self, word: str) -> float:
        """How common ``word`` is in Indonesian text (Zipf scale, 0 when unseen)."""
        return self.zipf_id.get(word.lower(), 0.0)

    def zipf_english(self, word: str) -> float:
        """How common ``word`` is in English text (Zipf scale)."""
        return wordfreq.zipf_frequency(word, "en", wordlist="best")

    # -- Indonesian words ------------------------------------------------------------
    def is_root(self, word: str) -> bool:
        """A root an affixed word may be built on: KBBI root or a word Hunspell knows."""
        return word in self.roots or self.indonesian.spell(word)

    def knows(self, word: str) -> bool:
        """True for a correct Indonesian word written as given (case matters to Hunspell)."""
        known = self._words.get(word)
        if known is None:
            known = self._decide(word)
            with self._lock:
                if len(self._words) > _CACHE_LIMIT:
                    self._words.clear()
                self._words[word] = known
        return known

    def _decide(self, word: str) -> bool:
        if self.indonesian.spell(word):
            return True
        lower = word.lower()
        if lower != word and (word[:1].isupper() or word.isupper()):
            return self.knows(lower)
        if lower in self.roots or lower in self.abbreviations:
            return True
        if "-" in lower:
            return self._knows_compound(lower)
        for clitic in ("nya", "ku", "mu", "lah", "kah", "pun"):
            # an enclitic on any known word (``upayanya``, ``Jakartalah``)
            base = lower[: -len(clitic)]
            if lower.endswith(clitic) and len(base) >= 3 and self.indonesian.spell(base):
                return True
        analysis = morphology.derive(lower, self.is_root)
        if analysis is None:
            return False
        return self.zipf(lower) > 0 or not self.near_common_word(lower)

    def _knows_compound(self, lower: str) -> bool:
        """Hyphenated words: reduplication (``anak-anak``, ``berbeda-beda``) and compounds."""
        parts = [p for p in lower.split("-") if p]
        if len(parts) < 2:
            return bool(parts) and self.knows(parts[0])
        first, *rest = parts
        if all(self.knows(p) for p in parts):
            return True
        # Rhyming or affixed reduplication: ``sayur-mayur``, ``tolong-menolong``.
        return (
            len(parts) == 2
            and self.knows(first)
            and (rest[0].endswith(first[1:]) or first in rest[0])
        )

    def near_common_word(self, lower: str) -> bool:
        """True when a single typing slip turns ``lower`` into a common known word."""
        return bool(
            self.close_common(lower, COMMON_ZIPF, max_cost=STRONG_SLIP)
            or self.close_common(lower, VERY_COMMON_ZIPF)
        )

    def close_common(
        self, lower: str, min_zipf: float, capitalised: bool = False, max_cost: float = LIKELY
    ) -> str:
        """The most common known word one likely slip from ``lower`` (at least ``min_zipf``).

        With ``capitalised`` only proper names count: words Hunspell knows capitalised but
        not in lower case, or in Redaksi's name list (``Irac`` → ``Irak``, not ``Atet`` →
        ``Atlet``).
        """
        best, best_zipf = "", min_zipf
        for candidate, cost in slips(lower).items():
            zipf = self.zipf_id.get(candidate, 0.0)
            if zipf < best_zipf or cost > max_cost:
                continue
            if capitalised:
                title = candidate[:1].upper() + candidate[1:]
                if self.indonesian.spell(title) and (
                    candidate in self.names or not self.indonesian.spell(candidate)
                ):
                    best, best_zipf = title, zipf
            elif self.indonesian.spell(candidate):
                best, best_zipf = candidate, zipf
        return best

    # -- names and foreign words ------------------------------------------------------
    def knows_name(self, word: str) -> bool:
        """A proper name Redaksi has seen: in Hunspell, the name list or common usage."""
        lower = word.lower()
        return (
            self.indonesian.spell(word)
            or lower in self.names
            or self.zipf_id.get(lower, 0.0) >= 2.0
            or self.zipf_english(lower) >= 3.0
            or (
                self.english is not None
                and word[:1].isupper()
                and not word.isupper()
                and self.english.spell(word)
                and not self.english.spell(lower)
            )  # a name the English dictionary lists capitalised: Kennedy, Napoleon
        )

    def is_english(self, word: str) -> bool:
        """An English word (Hunspell en dictionary and actually used in English text)."""
        known = self._english.get(word)
        if known is None:
            zipf = self.zipf_english(word)
            in_dictionary = self.english is not None and (
                self.english.spell(word) or self.english.spell(word.capitalize())
            )
            known = zipf >= 3.0 or (in_dictionary and zipf >= 1.5)
            self._english[word] = known
        return known

    def is_arabic_transliteration(self, word: str) -> bool:
        """A transliterated Arabic word (``insya``, ``syar'i``, ``ta'ala``)."""
        lower = word.lower()
        if lower in self.arabic:
            return True
        core = lower.strip("'’ʼ")
        return any(mark in core for mark in ("'", "’", "ʼ", "ʿ")) or any(
            ch in core for ch in "āīūḥṣṭẓḍ"
        )


_default_lock = threading.Lock()


@cache
def _load() -> Lexicon:
    return Lexicon()


def default_lexicon() -> Lexicon:
    """The process-wide lexicon (loaded on first use, in whichever thread asks first)."""
    with _default_lock:
        return _load()
