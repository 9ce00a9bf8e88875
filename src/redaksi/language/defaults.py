"""Build the checker Redaksi uses everywhere: GUI, server, command line.

Inputs are plain immutable values (words from the newsroom dictionary, a user's personal
ignores, a story's ignored words), so the result can run on a worker thread without the
database.  The heavy dictionaries are loaded once per process and shared.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from redaksi.language.checker import Checker, FindingSource
from redaksi.language.findings import Finding
from redaksi.language.spelling.lexicon import default_lexicon
from redaksi.language.spelling.source import SpellingSource
from redaksi.language.style.analysis import roots_of
from redaksi.language.style.config import DEFAULT_HOUSE_STYLE, HouseStyle
from redaksi.language.style.source import StyleSource

_WARM_UP_TEXT = "Presiden tersebu mengatakan hal itu kepada wartawan di Jakarta, awesome."


def spelling_source(
    dictionary_words: Iterable[str] = (),
    personal_ignores: Iterable[str] = (),
    story_ignores: Iterable[str] = (),
    *,
    report_names: bool = True,
    report_foreign: bool = True,
) -> SpellingSource:
    """The Indonesian spelling source with the newsroom's words and the ignores applied."""
    return SpellingSource(
        dictionary_words,
        (*personal_ignores, *story_ignores),
        report_names=report_names,
        report_foreign=report_foreign,
    )


@functools.lru_cache(maxsize=4)
def style_source(house: HouseStyle = DEFAULT_HOUSE_STYLE) -> StyleSource:
    """The style rules compiled for ``house`` (about half a second, so kept per house style).

    Affix-aware: the morphology's root analysis lets a rule on ``praktek`` also catch
    forms the rule files never listed.
    """
    return StyleSource(house, analyzer=_nonstandard_roots)


def _nonstandard_roots(word: str, is_root: Callable[[str], bool]) -> Iterable[str]:
    """Roots of ``word`` that a style rule knows, unless a standard KBBI root explains it.

    ``penampakan`` is peN- + ``tampak`` (standard), so the rule on ``nampak`` must not
    claim it as pe- + ``nampak`` + -an.
    """
    from redaksi.language import morphology

    if morphology.derive(word, default_lexicon().is_root) is not None:
        return ()
    return roots_of(morphology.analyses)(word, is_root)


def style_sources(house: HouseStyle | None = None) -> list[FindingSource]:
    """The house-style rule sources (``language/style``) for ``house``."""
    return [style_source(house or DEFAULT_HOUSE_STYLE)]


def build_checker(
    dictionary_words: Iterable[str] = (),
    personal_ignores: Iterable[str] = (),
    story_ignores: Iterable[str] = (),
    *,
    extra_sources: Iterable[FindingSource] = (),
    house: HouseStyle | None = None,
    report_names: bool = True,
    report_foreign: bool = True,
) -> Checker:
    """Spelling plus style rules plus ``extra_sources`` (e.g. a remote LanguageTool)."""
    spelling = spelling_source(
        dictionary_words,
        personal_ignores,
        story_ignores,
        report_names=report_names,
        report_foreign=report_foreign,
    )
    accepted = frozenset((*dictionary_words, *personal_ignores, *story_ignores))
    styles: list[FindingSource] = list(style_sources(house))
    if accepted:
        styles = [AcceptedWords(source, accepted) for source in styles]
    return Checker([spelling, *styles, *extra_sources])


class AcceptedWords:
    """Drops another source's spelling findings on words the newsroom or user accepted.

    "Tambahkan ke kamus redaksi" means the desk accepts that spelling: a style rule calling
    the same word non-standard would otherwise keep underlining it.
    """

    def __init__(self, source: FindingSource, words: frozenset[str]) -> None:
        self._source = source
        self._words = words
        self.name = source.name

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        """The wrapped source's findings minus misspellings of accepted words."""
        return [
            f
            for f in self._source.check(text, scope)
            if not (f.is_spelling and text[f.start : f.end] in self._words)
        ]


def warm_up() -> None:
    """Load the dictionaries and word lists now (about a second).

    Call it on a worker thread at start-up so the reporter's first check does not wait.
    """
    default_lexicon()
    build_checker().check(_WARM_UP_TEXT)
