"""The spelling :class:`~redaksi.language.checker.FindingSource`.

It holds only immutable inputs — the newsroom dictionary's words, a user's personal
ignores, a story's ignored words — and the shared :class:`WordJudge`, so one instance can be
used from any thread and a new one is cheap to build when the dictionary changes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from redaksi.language.findings import Category, Finding, Level
from redaksi.language.spelling import suggest
from redaksi.language.spelling.judge import (
    AFTER_FOREIGN_NAME,
    COMPOUND_RULE,
    INSIDE_NAME,
    NEAR_NAME,
    REDUPLICATION_SPACING_RULE,
    SHOUTED,
    SOURCE,
    SPELLING_RULE,
    WordJudge,
)
from redaksi.language.spelling.lexicon import Lexicon, default_lexicon
from redaksi.language.spelling.slips import slips
from redaksi.language.tokens import Token, TokenKind, tokenize

_SPACED_HYPHEN = re.compile(r"\s*[-–‐]\s*")
_VERB_PREFIXES = ("di", "ber", "ter", "me", "se", "ke", "pe")

_judges: dict[int, WordJudge] = {}


def judge_for(lexicon: Lexicon) -> WordJudge:
    """The shared judge (and its verdict cache) of ``lexicon``."""
    judge = _judges.get(id(lexicon))
    if judge is None or judge.lexicon is not lexicon:
        judge = _judges[id(lexicon)] = WordJudge(lexicon)
    return judge


def _fold(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.strip().casefold() for w in words if w and w.strip())


class SpellingSource:
    """Indonesian spelling findings for a text, honouring newsroom words and ignores."""

    name = "spelling"

    def __init__(
        self,
        dictionary_words: Iterable[str] = (),
        ignored_words: Iterable[str] = (),
        *,
        lexicon: Lexicon | None = None,
        report_names: bool = True,
        report_foreign: bool = True,
    ) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.judge = judge_for(self.lexicon)
        self.dictionary_words = frozenset(dictionary_words)
        self.ignored_words = frozenset(ignored_words)
        self._accepted = _fold(self.dictionary_words) | _fold(self.ignored_words)
        self.report_names = report_names
        self.report_foreign = report_foreign

    def with_words(
        self, dictionary_words: Iterable[str] = (), ignored_words: Iterable[str] = ()
    ) -> SpellingSource:
        """A source over the same lexicon with other accepted words (cheap)."""
        return SpellingSource(
            dictionary_words,
            ignored_words,
            lexicon=self.lexicon,
            report_names=self.report_names,
            report_foreign=self.report_foreign,
        )

    def suggest(self, word: str, limit: int = 8) -> list[str]:
        """More suggestions for ``word``: the ranked ones, then Hunspell's.

        For a context menu's "more" entry; tens of milliseconds, so off the GUI thread.
        """
        return suggest.more(word, self.lexicon, limit)

    def accepts(self, word: str) -> bool:
        """True when the newsroom or the user accepted ``word`` (case-insensitive)."""
        return word.casefold() in self._accepted

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        """Spelling findings in ``text`` (code-point offsets)."""
        tokens = tokenize(text)
        found: list[Finding] = []
        accepted = self._accepted
        judge = self.judge.judge
        shouted = _shouted(tokens)
        for index, token in enumerate(tokens):
            if token.text.casefold() in accepted:
                continue
            context = SHOUTED if shouted and token.is_upper else self._context(tokens, index)
            for finding in judge(token, context):
                if finding.rule_id == SPELLING_RULE:
                    finding = self._compound(text, tokens, index) or finding
                finding = finding.shifted(token.start)
                if accepted and text[finding.start : finding.end].casefold() in accepted:
                    continue
                if not self._wanted(finding) or (found and found[-1] == finding):
                    continue  # unwanted, or a compound already reported from its first word
                found.append(finding)
        found.extend(self._spaced_reduplications(text, tokens))
        found.sort(key=lambda f: (f.start, f.end))
        return found

    def _context(self, tokens: list[Token], index: int) -> str:
        """Where a lower-case word stands relative to names (see ``WordJudge.judge``).

        Only unknown words need it, so known ones share one cache entry whatever follows.
        """
        token = tokens[index]
        if not token.text.islower() or self.lexicon.knows(token.text):
            return ""
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if before is None:
            return NEAR_NAME if _next_to_name(tokens, index) else ""
        if (
            after is not None
            and before.text[:1].isupper()
            and after.text[:1].isupper()
            and not after.sentence_start
        ):
            return INSIDE_NAME
        if (
            before.is_capitalised
            and not before.sentence_start
            and before.end + 1 == token.start
            and not self.lexicon.knows(before.text)
        ):
            return AFTER_FOREIGN_NAME
        return NEAR_NAME if _next_to_name(tokens, index) else ""

    def _compound(self, text: str, tokens: list[Token], index: int) -> Finding | None:
        """``hiruk pikuk``, ``kasat mata``: a compound written as two words.

        Returns the finding relative to ``tokens[index].start`` (like the judge's).
        """
        token = tokens[index]
        for left, right in ((index - 1, index), (index, index + 1)):
            if left < 0 or right >= len(tokens):
                continue
            a, b = tokens[left], tokens[right]
            if text[a.end : b.start] != " " or a.kind is not TokenKind.WORD:
                continue
            for joined in (f"{a.text}-{b.text}", f"{a.text}{b.text}"):
                if self.lexicon.indonesian.spell(joined):
                    return Finding(
                        a.start - token.start,
                        b.end - token.start,
                        COMPOUND_RULE,
                        f"Kata majemuk ini ditulis «{joined}».",
                        Category.TYPOGRAPHY,
                        "typographical",
                        Level.WARNING,
                        (joined,),
                        short_message="Kata majemuk",
                        description="Penulisan kata majemuk",
                        source=SOURCE,
                    )
        return None

    def _wanted(self, finding: Finding) -> bool:
        if finding.category is Category.NAMES:
            return self.report_names
        if finding.category is Category.STYLE:
            return self.report_foreign
        return True

    def _spaced_reduplications(self, text: str, tokens: list[Token]) -> list[Finding]:
        """``berbeda - beda``, ``anak - anak``: a reduplication written with spaces."""
        found = []
        for left, right in itertools.pairwise(tokens):
            gap = text[left.end : right.start]
            if (
                " " not in gap
                or not _SPACED_HYPHEN.fullmatch(gap)
                or left.kind is not TokenKind.WORD
                or not right.text.islower()
                or not _related(left.text.lower(), right.text)
            ):
                continue
            joined = f"{left.text}-{right.text}"
            found.append(
                Finding(
                    left.start,
                    right.end,
                    REDUPLICATION_SPACING_RULE,
                    "Kata ulang ditulis dengan tanda hubung tanpa spasi.",
                    Category.TYPOGRAPHY,
                    "typographical",
                    Level.WARNING,
                    (joined,),
                    short_message="Kata ulang",
                    description="Kata ulang dengan spasi di sekitar tanda hubung",
                    source=SOURCE,
                )
            )
        return found


def _shouted(tokens: list[Token]) -> bool:
    """True for a line typed in capitals: at least three words, nearly all upper case."""
    if len(tokens) < 3:
        return False
    return sum(1 for t in tokens if t.is_upper) >= 0.8 * len(tokens)


def _next_to_name(tokens: list[Token], index: int) -> bool:
    for other in (index - 1, index + 1):
        if 0 <= other < len(tokens) and tokens[other].text[:1].isupper():
            return True
    return False


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=4096)
def _related(left: str, right: str) -> bool:
    """True when ``right`` repeats ``left`` (whole, its root, or with a different affix)."""
    if left == right or (len(right) >= 3 and left.endswith(right)):
        return True
    if len(left) >= 4 and left in slips(right):
        return True  # the repeat itself mistyped: ``tempat - ternpat``
    stems = [left] + [left[len(p) :] for p in _VERB_PREFIXES if left.startswith(p)]
    return any(
        len(stem) >= 3 and _common_prefix(stem, right) >= min(4, len(stem)) for stem in stems
    )
