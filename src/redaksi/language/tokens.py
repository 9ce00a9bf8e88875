"""Split Indonesian news text into the words a checker looks at.

Words keep their hyphens and apostrophes (``anak-anak``, ``al-Muhajir``, ``Qur'an``), the
old-fashioned number reduplication (``kira2``) stays one token, and URLs, e-mail addresses,
handles, hashtags and numbers are skipped.  Every word knows whether it opens a sentence,
so a capitalised word *inside* a sentence can be taken for a name.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import NamedTuple


class TokenKind(StrEnum):
    """What a token is, as far as spelling cares."""

    WORD = "word"
    REDUPLICATION_2 = "reduplication2"  # ``kira2``: written-out reduplication needed
    MIXED = "mixed"  # letters with digits (COVID-19, G20, 5G): not checked
    FRAGMENT = "fragment"  # after a detached apostrophe (``Ma 'ruf``): not checked


class Token(NamedTuple):
    """One word with its code-point span in the checked text (a tuple: cheap to make)."""

    text: str
    start: int
    end: int
    sentence_start: bool
    kind: TokenKind = TokenKind.WORD

    @property
    def is_upper(self) -> bool:
        """All capitals and at least two letters: an acronym or a shouted headline word."""
        letters = [ch for ch in self.text if ch.isalpha()]
        return len(letters) >= 2 and all(ch.isupper() for ch in letters)

    @property
    def is_capitalised(self) -> bool:
        """First letter upper case, the rest not all upper case (``Jakarta``, ``McDonald``)."""
        return self.text[:1].isupper() and not self.is_upper


# Things that look like words but are not prose: checked first so their parts are skipped.
_SKIP = (
    r"(?:https?://|ftp://|www\.)[^\s<>\"]+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|[@#]\w+"  # handles and hashtags
    r"|&(?:amp;)?#?\w+;"  # HTML entities left in pasted text
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|co|go|ac|or|info|io|tv|news)\b(?:/\S*)?"  # domains
)
_APOSTROPHES = "'’ʼ"
# A word: letters (and digits) joined by hyphens or apostrophes; a trailing "2" is kept.
_WORD = rf"[^\W_]+(?:[-‐{_APOSTROPHES}][^\W_]+)*"
# Sentence boundaries: end punctuation plus closing quotes, a line break, a colon, or a
# spaced dash after which a new sentence (a dateline's lead) may begin.  An opening quote
# is not one: a capitalised word in quotes mid-sentence is more often a name or title.
_BREAK = r"[.!?…]+[\"”’)\]]*(?=\s)|\n|\s[-–—]\s|:\s"
_SCANNER = re.compile(rf"(?P<skip>{_SKIP})|(?P<word>{_WORD})|(?P<brk>{_BREAK})")
_DIGIT = re.compile(r"[\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]")  # with ², ³
_NUMBER = re.compile(r"[\d.,‐-]+")
_LETTERS_THEN_2 = re.compile(r"^([^\W\d_]{2,})2$")


# Abbreviations after which a full stop does not end the sentence (``Dr. Budi``).
TITLES = frozenset(
    [
        "Dr",
        "Drs",
        "Dra",
        "Ir",
        "Prof",
        "H",
        "Hj",
        "KH",
        "Tb",
        "St",
        "Sdr",
        "Sdri",
        "Bpk",
        "Ny",
        "Nn",
        "Jl",
        "Jln",
        "Kol",
        "Letjen",
        "Mayjen",
        "Brigjen",
        "Jend",
        "Laksma",
        "Marsma",
        "Kapt",
        "Lettu",
        "Serda",
        "Moh",
        "Muh",
        "Mr",
        "Mrs",
        "Ms",
        "Mt",
        "dr",
        "drg",
        "No",
        "Vol",
        "Hlm",
    ]
)


def _abbreviation_before(tokens: list[Token], text: str, index: int) -> bool:
    """True when the full stop at ``index`` closes an initial or a title (``R.``, ``Dr.``)."""
    if not tokens or tokens[-1].end != index:
        return False
    word = tokens[-1].text
    return (len(word) == 1 and word.isupper()) or word in TITLES


def tokenize(text: str) -> list[Token]:
    """The checkable words of ``text`` in order, with sentence starts marked."""
    tokens: list[Token] = []
    at_start = True
    for match in _SCANNER.finditer(text):
        group = match.lastgroup
        if group == "brk":
            if not (match.group() == "." and _abbreviation_before(tokens, text, match.start())):
                at_start = True
            continue
        if group == "skip":
            at_start = False
            continue
        word = match.group()
        kind = TokenKind.WORD
        if _DIGIT.search(word):
            if _NUMBER.fullmatch(word):
                continue  # a plain number
            kind = TokenKind.REDUPLICATION_2 if _LETTERS_THEN_2.match(word) else TokenKind.MIXED
        if match.start() and text[match.start() - 1] in _APOSTROPHES:
            kind = TokenKind.FRAGMENT
        tokens.append(Token(word, match.start(), match.end(), at_start, kind))
        at_start = False
    return tokens


def word_parts(token: Token) -> list[Token]:
    """The hyphen-separated parts of ``token`` as tokens of their own (``anak-anak``)."""
    parts = []
    offset = token.start
    for index, piece in enumerate(re.split(r"[-‐]", token.text)):
        if piece:
            parts.append(
                Token(piece, offset, offset + len(piece), token.sentence_start and not index)
            )
        offset += len(piece) + 1
    return parts
