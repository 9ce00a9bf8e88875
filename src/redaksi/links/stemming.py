"""Indonesian terms for search: folded, tokenised, stop words dropped, stemmed.

The index and the query go through the same function, so ``pembangunan`` and
``membangun`` meet at ``bangun`` on SQLite and PostgreSQL alike.  Folding (case and
accents) happens here in Python rather than in each engine, so both engines index exactly
the same terms.  Sastrawi is slow on unseen words (milliseconds), so stems are cached.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_PART = re.compile(r"[^\W_]+")
_STEMMER_LOCK = threading.Lock()
_stemmer = None

# Words too frequent in news to tell stories apart, on top of Sastrawi's list.
_NEWS_STOP_WORDS_TEXT = """
    kata ujar tutur ungkap jelas sebut menurut kamis jumat sabtu minggu senin selasa rabu
    hari tahun bulan pekan lalu kemarin pukul wib wita wit detik news com redaksi
"""
_NEWS_STOP_WORDS = frozenset(_NEWS_STOP_WORDS_TEXT.split())


def fold(text: str) -> str:
    """Case- and accent-insensitive form: ``Pérez`` and ``PEREZ`` become ``perez``."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Indonesian function words that carry no topic (Sastrawi's list plus newsroom words)."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words()) | _NEWS_STOP_WORDS


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's dictionary of Indonesian root words."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words())


def is_whole_word(word: str) -> bool:
    """True for a folded word that is already complete: a root word or a derivation of one."""
    return word in root_words() or stem(word) != word


def _sastrawi() -> object:
    global _stemmer
    with _STEMMER_LOCK:
        if _stemmer is None:
            from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

            _stemmer = StemmerFactory().create_stemmer()
        return _stemmer


@lru_cache(maxsize=262_144)
def stem(word: str) -> str:
    """The root of one folded word; numbers and short words are kept as they are."""
    if len(word) <= 3 or not word.isalpha():
        return word
    root = _sastrawi().stem(word)  # type: ignore[attr-defined]
    return root or word


def words(text: str) -> Iterator[str]:
    """Folded words of ``text`` (hyphenated words kept whole for reduplication)."""
    yield from _WORD.findall(fold(text))


def _word_terms(word: str) -> list[str]:
    if "-" not in word:
        return [stem(word)]
    parts = word.split("-")
    if len(set(parts)) == 1:  # reduplication: anak-anak, buku-buku
        return [stem(parts[0])]
    return [stem(part) for part in parts]


@lru_cache(maxsize=262_144)
def word_terms(word: str) -> tuple[str, ...]:
    """Index terms of one folded word (none for a stop word); cached, words repeat a lot."""
    stops = stop_words()
    if word in stops:
        return ()
    return tuple(root for root in _word_terms(word) if root and root not in stops)


def terms(text: str) -> Iterator[str]:
    """Index terms of ``text``: folded, stop words dropped, stemmed, split at hyphens.

    Reduplicated words (``anak-anak``) count once as their base; other hyphenated words
    (``covid-19``) become their parts, as both engines' tokenizers would split them.
    """
    for word in _WORD.findall(fold(text)):
        yield from word_terms(word)


def term_surfaces(text: str) -> dict[str, str]:
    """Each term of ``text`` with the first word that produced it, for human reasons."""
    stops = stop_words()
    surfaces: dict[str, str] = {}
    for match in _WORD.finditer(text):
        original = match.group(0)
        word = fold(original)
        if word in stops:
            continue
        for root in _word_terms(word):
            if root and root not in stops:
                surfaces.setdefault(root, original.lower())
    return surfaces


def term_text(text: str) -> str:
    """Index terms of ``text`` joined by spaces: what the search columns store."""
    return " ".join(terms(text))
