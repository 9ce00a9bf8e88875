"""Build the checker Redaksi uses everywhere: GUI, server, command line.

Inputs are plain immutable values (words from the newsroom dictionary, a user's personal
ignores, a story's ignored words), so the result can run on a worker thread without the
database.  The heavy dictionaries are loaded once per process and shared.
"""

from __future__ import annotations

from collections.abc import Iterable

from redaksi.language.checker import Checker, FindingSource
from redaksi.language.spelling.lexicon import default_lexicon
from redaksi.language.spelling.source import SpellingSource

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


def style_sources() -> list[FindingSource]:
    """The house-style rule sources (``language/style``); wired in at merge."""
    return []


def build_checker(
    dictionary_words: Iterable[str] = (),
    personal_ignores: Iterable[str] = (),
    story_ignores: Iterable[str] = (),
    *,
    extra_sources: Iterable[FindingSource] = (),
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
    return Checker([spelling, *style_sources(), *extra_sources])


def warm_up() -> None:
    """Load the dictionaries and word lists now (about a second).

    Call it on a worker thread at start-up so the reporter's first check does not wait.
    """
    default_lexicon()
    build_checker().check(_WARM_UP_TEXT)
