"""Names in a story: the people, places and organisations that tie stories together.

A name is a capitalised word that does not open a sentence (``Baghuz``, ``Mustafa``) or
an acronym anywhere (``SDF``, ``ISIS``).  Headlines are usually in title case, so a
headline word counts only when it is an acronym or also a name in the body.  The key is
the folded word (what the index stores); the display form is the one the writer used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redaksi.links.stemming import fold, root_words, stem, stop_words
from redaksi.story.model import Story

_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W_]+)*")
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][^\W_]*(?:['’-][^\W_]+)*")
_SENTENCE_END = frozenset(".!?:;\"“”'‘’()[]–—-")

# Capitalised in running text but naming no one: days, months, titles, generic bodies.
_NOT_NAMES_TEXT = """
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli
    agustus september oktober november desember bapak ibu pak bu presiden menteri gubernur
    bupati wali kota wakil ketua kepala direktur jenderal kapolri kapolda kapolres tuhan
    allah wib wita wit com kompas detik tempo redaksi baca juga lihat
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def _is_acronym(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


def _opens_sentence(text: str, start: int) -> bool:
    """True when only spaces and sentence punctuation separate ``start`` from the last stop."""
    index = start - 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index < 0 or text[index] in _SENTENCE_END


def _candidates(text: str) -> Iterable[tuple[str, bool, bool]]:
    """Capitalised tokens with whether they open a sentence and a capitalised word follows."""
    for match in _CAPITALISED.finditer(text):
        token = match.group(0)
        follows = text[match.end() : match.end() + 2]
        joined = len(follows) == 2 and follows[0] == " " and _CAPITALISED.match(follows[1])
        yield token, _opens_sentence(text, match.start()), bool(joined)


def _usable(key: str) -> bool:
    return len(key) >= 2 and key not in _NOT_NAMES and key not in stop_words()


def story_names(story: Story) -> dict[str, str]:
    """Names of ``story`` as ``{folded key: display form}``, in order of first use."""
    body = [story.lead, *(p.text for p in story.paragraphs)]
    names: dict[str, str] = {}
    openers: dict[str, str] = {}
    for text in body:
        for token, opens, joined in _candidates(text):
            key = fold(token)
            if not _usable(key):
                continue
            # A sentence-opening word is a name when a name follows ("Wulan Tanjung
            # berkata"); otherwise only when it is no Indonesian word or derivation.
            if _is_acronym(token) or not opens or joined:
                names.setdefault(key, token)
            else:
                openers.setdefault(key, token)
    for key, token in openers.items():
        if key not in names and stem(key) == key and key not in root_words():
            names[key] = token
    place = story.dateline.place.strip()
    for word in _TOKEN.findall(place):
        key = fold(word)
        if _usable(key):
            names.setdefault(key, word.title() if word.isupper() and len(word) > 4 else word)
    for text in (story.headline, story.subheadline):
        for token, _opens, _joined in _candidates(text):
            key = fold(token)
            if _usable(key) and _is_acronym(token):
                names.setdefault(key, token)
    return names


_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W_]*(?:[ ][A-ZÀ-ÖØ-Þ][^\W_]*)+")


def name_phrases(story: Story, names: dict[str, str]) -> list[tuple[tuple[str, ...], str]]:
    """Adjacent names written together (``Rahmat Situmorang``) as ``(keys, display)``.

    Reasons read better with whole names than with their parts; ``names`` is the result
    of :func:`story_names` for the same story.
    """
    phrases: dict[tuple[str, ...], str] = {}
    for text in [story.lead, *(p.text for p in story.paragraphs)]:
        for match in _RUN.finditer(text):
            run: list[str] = []
            for token in [*match.group(0).split(" "), ""]:
                if token and fold(token) in names:
                    run.append(token)
                    continue
                if len(run) >= 2:
                    phrases.setdefault(tuple(fold(t) for t in run), " ".join(run))
                run = []
    return list(phrases.items())
