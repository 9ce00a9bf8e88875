"""Decide what, if anything, is wrong with one word in its place in a sentence.

The verdict depends only on the word, its kind, whether it opens a sentence and where it
stands relative to names, so it is memoised process-wide: re-checking a paragraph after a keystroke
costs a dictionary lookup per word.  Newsroom words and ignores are applied by the source
afterwards, so they never invalidate this cache.
"""

from __future__ import annotations

import re
import threading
import unicodedata

from redaksi.language.findings import Category, Finding, Level
from redaksi.language.spelling import suggest
from redaksi.language.spelling.lexicon import STRONG_SLIP, Lexicon
from redaksi.language.spelling.prepositions import split_preposition
from redaksi.language.tokens import Token, TokenKind, word_parts

SPELLING_RULE = "ID_SPELLING_RULE"
PREPOSITION_RULE = "ID_PREPOSITION_JOIN_SPELLING_RULE"
GLUED_RULE = "ID_MISSING_SPACE_SPELLING_RULE"
REDUPLICATION_DIGIT_RULE = "ID_REDUPLICATION_DIGIT_SPELLING_RULE"
REDUPLICATION_SPACING_RULE = "ID_REDUPLICATION_SPACING"
COMPOUND_RULE = "ID_COMPOUND_SPACING"
UNKNOWN_NAME_RULE = "ID_UNKNOWN_NAME"
UNKNOWN_TERM_RULE = "ID_UNKNOWN_TERM"
FOREIGN_WORD_RULE = "ID_FOREIGN_WORD"
NAME_CASE_RULE = "ID_NAME_CAPITALISATION"
SOURCE = "ejaan"

# Case boundaries inside a word: ``kemenanganSDF``, ``ANGINIslamic``.
_CASE_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2,})")
_CACHE_LIMIT = 100_000
# A capitalised word one slip from a name this common is taken for a typo (``Irac``).
NAME_TYPO_ZIPF = 4.0
# A long capitalised word one slip from a very common word is a mistyped title or
# institution (``Kementerian Keuangn``); short ones are more often names (``Atet``).
TITLE_TYPO_LENGTH = 6
TITLE_TYPO_ZIPF = 4.5
# At a sentence start, an unknown word one slip from a word this common is a typo.
SENTENCE_START_TYPO_ZIPF = 4.5
# A lower-case word Hunspell knows only capitalised, and this common, is a name (``mesir``).
NAME_CASE_ZIPF = 2.5
# Doubled letters and spelling confusions (``dollar`` → ``dolar``, ``quality`` no).
DOUBLED_SLIP = 0.5
NEAR_NAME = "near-name"
AFTER_FOREIGN_NAME = "after-foreign-name"
INSIDE_NAME = "inside-name"
SHOUTED = "shouted"  # an all-capitals line (a headline or kicker typed in capitals)
SHOUTED_WORD_LENGTH = 5
SHOUTED_TYPO_ZIPF = 3.5


def misspelling(start: int, end: int, word: str, replacements: list[str]) -> Finding:
    """The red finding: a word not in Indonesian dictionaries."""
    return Finding(
        start,
        end,
        SPELLING_RULE,
        f"Kemungkinan salah ketik: «{word}» tidak ada dalam kamus.",
        Category.TYPOS,
        "misspelling",
        Level.ERROR,
        tuple(replacements),
        short_message="Salah ketik",
        description="Ejaan: kata tidak dikenal",
        source=SOURCE,
    )


def glued(start: int, end: int, replacements: list[str]) -> Finding:
    """Red as well: two words written without the space between them."""
    return Finding(
        start,
        end,
        GLUED_RULE,
        "Dua kata tertulis tanpa spasi.",
        Category.TYPOS,
        "misspelling",
        Level.ERROR,
        tuple(replacements),
        short_message="Spasi hilang",
        description="Ejaan: kata bergabung tanpa spasi",
        source=SOURCE,
    )


def _recase(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _is_latin(word: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in word)


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Clitics written with a hyphen after a capitalised name or an abbreviation.
HYPHEN_CLITICS = frozenset({"nya", "ku", "mu", "lah", "kah", "pun"})


class WordJudge:
    """Turns tokens into findings, with a shared verdict cache."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._cache: dict[tuple[str, bool, str, TokenKind], tuple[Finding, ...]] = {}
        self._lock = threading.Lock()

    def judge(self, token: Token, context: str = "") -> tuple[Finding, ...]:
        """Findings for ``token`` (offsets relative to the token's own start).

        ``context`` is ``NEAR_NAME`` for a lower-case word next to a capitalised one,
        ``SHOUTED`` for any word of a line typed in capitals,
        ``INSIDE_NAME`` between two capitalised words (``Institute for Development``),
        ``AFTER_FOREIGN_NAME`` right after a capitalised word no dictionary knows (the
        epithet of ``Capsicum annuum``), else empty.
        """
        key = (token.text, token.sentence_start, context, token.kind)
        found = self._cache.get(key)
        if found is None:
            local = Token(token.text, 0, len(token.text), token.sentence_start, token.kind)
            found = tuple(self._judge(local, context))
            with self._lock:
                if len(self._cache) > _CACHE_LIMIT:
                    self._cache.clear()
                self._cache[key] = found
        return found

    # -- decisions ----------------------------------------------------------------
    def _judge(self, token: Token, context: str) -> list[Finding]:
        word = token.text
        lex = self.lexicon
        if (
            token.kind in (TokenKind.MIXED, TokenKind.FRAGMENT)
            or not _is_latin(word)
            or len(word) < 2
        ):
            return []
        if token.kind is TokenKind.REDUPLICATION_2:
            return self._digit_reduplication(token)
        joined = split_preposition(word)
        if joined is not None:
            return [self._preposition(token, *joined)]
        if lex.knows(word):
            return []
        if _CASE_BOUNDARY.search(word.strip("-")):
            return self._mixed_case(token)
        if "-" in word or "‐" in word:
            return self._hyphenated(token, context)
        if token.is_upper:
            return self._upper(token, context)
        if token.is_capitalised:
            if token.sentence_start:
                return self._sentence_start(token)
            return self._name(token)
        return self._lowercase(token, context)

    def _lowercase(self, token: Token, context: str) -> list[Finding]:
        word, lex = token.text, self.lexicon
        if context and word in lex.particles:
            return []
        if lex.is_arabic_transliteration(word):
            return [self._foreign(token, "ar")]
        if lex.is_english(word) or (word.endswith("nya") and lex.is_english(word[:-3])):
            if context == INSIDE_NAME:
                return []  # Institute for Development of Economics and Finance
            return [self._foreign(token, "en")]
        title = word[:1].upper() + word[1:]
        if word in lex.names or (lex.indonesian.spell(title) and lex.zipf(word) >= NAME_CASE_ZIPF):
            return [self._name_case(token, title)]
        if context == AFTER_FOREIGN_NAME and not lex.close_common(word, SENTENCE_START_TYPO_ZIPF):
            return [self._foreign(token, "")]
        plain = _strip_accents(word)
        if plain != word:
            if lex.knows(plain):
                return []
            return [self._foreign(token, "")]
        return [self._misspelling(token)]

    def _misspelling(self, token: Token) -> Finding:
        """Red when a likely slip explains the word; else a quiet unknown term."""
        near = suggest.rank(token.text, self.lexicon)
        if near and " " in near[0]:
            return glued(token.start, token.end, near)
        if near:
            return misspelling(token.start, token.end, token.text, near)
        return Finding(
            token.start,
            token.end,
            UNKNOWN_TERM_RULE,
            f"Kata belum dikenal: «{token.text}». Tidak ada kata mirip di kamus; periksa "
            "ejaannya, lalu tambahkan ke kamus redaksi bila sudah benar.",
            Category.TERMS,
            "uncategorized",
            Level.INFO,
            short_message="Kata belum dikenal",
            description="Istilah atau kata yang belum ada di kamus",
            source=SOURCE,
            extra={"action": "add-word"},
        )

    def _upper(self, token: Token, context: str) -> list[Finding]:
        """Acronyms (SDF, ISIS, BBC) pass; in an all-capitals line, long words are words."""
        word, lex = token.text, self.lexicon
        lower = word.lower()
        shouted = context == SHOUTED and len(word) >= SHOUTED_WORD_LENGTH
        if not shouted and len(word) < 7:
            return []
        if lex.knows_name(word) or lex.knows_name(word.capitalize()):
            return []
        zipf = SHOUTED_TYPO_ZIPF if shouted else SENTENCE_START_TYPO_ZIPF + 1.5
        cost = STRONG_SLIP if shouted else 1.0
        if lex.close_common(lower, zipf, max_cost=cost) or lex.close_common(
            lower, zipf, capitalised=True, max_cost=cost
        ):
            return [self._misspelling(token)]
        return []

    def _sentence_start(self, token: Token) -> list[Finding]:
        word, lex = token.text, self.lexicon
        lower = word.lower()
        if lex.knows_name(word) or lex.knows_name(_strip_accents(word)):
            return []
        if lex.zipf(lower) == 0 and self.lexicon.close_common(lower, SENTENCE_START_TYPO_ZIPF):
            return [self._misspelling(token)]
        if lex.is_english(lower) or lex.is_english(word):
            return []  # an English title or name opening the sentence
        return [self._unknown_name(token)]

    def _name(self, token: Token) -> list[Finding]:
        word, lex = token.text, self.lexicon
        if lex.knows_name(word) or lex.knows_name(_strip_accents(word)):
            return []
        close = ""
        if len(word) >= 4:
            close = lex.close_common(
                word.lower(), NAME_TYPO_ZIPF, capitalised=True, max_cost=STRONG_SLIP
            )
            if close and lex.zipf(word) == 0:
                return [self._misspelling(token)]
        if (
            len(word) >= TITLE_TYPO_LENGTH
            and lex.zipf(word) == 0
            and lex.zipf_english(word.lower()) == 0
            and lex.close_common(word.lower(), TITLE_TYPO_ZIPF, max_cost=STRONG_SLIP)
        ):
            return [self._misspelling(token)]  # Menteri Keuangn, Presidne, Gubernru
        if lex.is_arabic_transliteration(word):
            return []
        return [self._unknown_name(token, close)]

    def _hyphenated(self, token: Token, context: str) -> list[Finding]:
        parts = word_parts(token)
        lex = self.lexicon
        if not parts:
            return []
        first = parts[0].text
        # al-Muhajir, bin-Laden, el-Sisi: a name particle joined to a name.
        if first.lower() in lex.particles and len(parts) > 1 and parts[1].text[:1].isupper():
            return [f for part in parts[1:] for f in self._judge(part, NEAR_NAME)]
        # Twitter-nya, STNK-nya, Jakarta-lah: a clitic after a name or abbreviation (EYD V).
        if len(parts) > 1 and first[:1].isupper() and parts[-1].text.lower() in HYPHEN_CLITICS:
            parts = parts[:-1]
        found: list[Finding] = []
        for index, part in enumerate(parts):
            near = context or (
                NEAR_NAME if any(p.text[:1].isupper() for p in parts if p is not part) else ""
            )
            if index and part.text[:1].isupper() and not part.is_upper:
                part = Token(part.text, part.start, part.end, False, part.kind)
            found.extend(self._judge(part, near))
        return found

    def _mixed_case(self, token: Token) -> list[Finding]:
        word, lex = token.text, self.lexicon
        if lex.knows_name(word):
            return []  # a brand such as YouTube or iPhone
        pieces = [p for p in _CASE_BOUNDARY.split(word) if p]
        if pieces[0].istitle() or pieces[0] in ("Mc", "Mac"):
            return []  # CamelCase brands and names: GameSpot, GeoEye, McMurray

        def fine(piece: str) -> bool:
            return (
                lex.knows(piece)
                or (piece.isupper() and len(piece) >= 2)
                or lex.knows_name(piece)
                or lex.is_english(piece.lower())
            )

        if len(pieces) > 1 and all(fine(p) for p in pieces):
            return [glued(token.start, token.end, [" ".join(pieces)])]
        return [] if token.sentence_start or word[:1].isupper() else [self._misspelling(token)]

    # -- special spellings ------------------------------------------------------------
    def _preposition(self, token: Token, prep: str, place: str) -> Finding:
        return Finding(
            token.start,
            token.end,
            PREPOSITION_RULE,
            f"Kata depan «{prep.lower()}» ditulis terpisah dari kata yang mengikutinya.",
            Category.TYPOS,
            "misspelling",
            Level.ERROR,
            (f"{prep} {place}",),
            short_message="Kata depan dipisah",
            description="Ejaan: kata depan di/ke ditulis terpisah",
            source=SOURCE,
        )

    def _digit_reduplication(self, token: Token) -> list[Finding]:
        base = token.text[:-1]
        if not (self.lexicon.knows(base) or self.lexicon.knows_name(base)):
            return [self._misspelling(token)]
        return [
            Finding(
                token.start,
                token.end,
                REDUPLICATION_DIGIT_RULE,
                "Kata ulang ditulis lengkap dengan tanda hubung, bukan dengan angka 2.",
                Category.TYPOS,
                "misspelling",
                Level.ERROR,
                (f"{base}-{base}",),
                short_message="Kata ulang",
                description="Ejaan: kata ulang dengan angka 2",
                source=SOURCE,
            )
        ]

    def _unknown_name(self, token: Token, suggestion: str = "") -> Finding:
        return Finding(
            token.start,
            token.end,
            UNKNOWN_NAME_RULE,
            f"Nama belum dikenal: «{token.text}». Periksa ejaannya, lalu tambahkan ke kamus "
            "redaksi bila sudah benar.",
            Category.NAMES,
            "uncategorized",
            Level.INFO,
            (suggestion,) if suggestion else (),
            short_message="Nama belum dikenal",
            description="Nama diri yang belum ada di kamus",
            source=SOURCE,
            extra={"action": "add-name"},
        )

    def _name_case(self, token: Token, title: str) -> Finding:
        return Finding(
            token.start,
            token.end,
            NAME_CASE_RULE,
            "Nama diri diawali huruf kapital.",
            Category.CASING,
            "typographical",
            Level.WARNING,
            (title,),
            short_message="Huruf kapital",
            description="Nama diri ditulis dengan huruf awal kapital",
            source=SOURCE,
        )

    def _foreign(self, token: Token, language: str) -> Finding:
        label = {"en": "bahasa Inggris", "ar": "transliterasi Arab"}.get(language, "asing")
        # An Indonesian spelling one small step away is the equivalent (dollar → dolar).
        equivalent = self.lexicon.close_common(token.text.lower(), 2.5, max_cost=DOUBLED_SLIP)
        return Finding(
            token.start,
            token.end,
            FOREIGN_WORD_RULE,
            f"Kata asing ({label}): tulis miring atau gunakan padanannya dalam bahasa Indonesia.",
            Category.STYLE,
            "style",
            Level.SUGGESTION,
            (_recase(equivalent, token.text),) if equivalent else (),
            short_message="Kata asing",
            description="Kata asing dicetak miring",
            source=SOURCE,
            extra={"action": "italic", "language": language},
        )
