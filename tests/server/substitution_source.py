"""A small real finding source for the server tests: fixed wrong→right word substitutions.

It stands in for Redaksi's spelling and style sources (same rule ids, categories and issue
types) so the protocol can be tested before they are composed into the server. Words in
the newsroom dictionary are accepted, as the real spelling source accepts them.
"""

from __future__ import annotations

import os
import re

from redaksi.language.checker import Checker
from redaksi.language.findings import Category, Finding, Level
from redaksi.store.dictionary import NewsroomDictionary
from redaksi.store.store import Store

WORD = re.compile(r"\w+(?:-\w+)*")

SPELLING = {"tersebu": "tersebut", "mengunakan": "menggunakan", "kemarn": "kemarin"}
STYLE = {"praktek": "praktik", "dimana": "di mana", "aktifitas": "aktivitas"}
PICKY = {"merupakan": "adalah"}


class SubstitutionSource:
    """Flags listed words, case-insensitively, with their one replacement."""

    name = "substitutions"

    def __init__(self, accepted: frozenset[str] = frozenset()) -> None:
        self.accepted = {word.lower() for word in accepted}

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        """Findings for every listed word in ``text`` not in the dictionary."""
        found = []
        for match in WORD.finditer(text):
            word = match.group().lower()
            if word in self.accepted:
                continue
            finding = self._finding(word, match.start(), match.end())
            if finding is not None:
                found.append(finding)
        return found

    @staticmethod
    def _finding(word: str, start: int, end: int) -> Finding | None:
        if word in SPELLING:
            return Finding(
                start,
                end,
                "ID_SPELLING_RULE",
                "Kemungkinan salah ketik.",
                Category.TYPOS,
                "misspelling",
                Level.ERROR,
                (SPELLING[word],),
                short_message="Salah ketik",
                description="Kemungkinan salah ketik",
            )
        if word in STYLE:
            return Finding(
                start,
                end,
                "ID_BAKU_RULE",
                f"Bentuk baku: {STYLE[word]}.",
                Category.STYLE,
                "style",
                Level.WARNING,
                (STYLE[word],),
                description="Kata tidak baku",
            )
        if word in PICKY:
            return Finding(
                start,
                end,
                "ID_RINGKAS_RULE",
                f"Lebih ringkas: {PICKY[word]}.",
                Category.STYLE,
                "style",
                Level.INFO,
                (PICKY[word],),
                description="Kata yang dapat diringkas",
            )
        return None


def make_checker(store: Store) -> Checker:
    """``redaksi serve --checker substitution_source:make_checker``."""
    return Checker([SubstitutionSource(NewsroomDictionary(store.sessions).words())])


class ProcessKiller:
    """Ends its process on a trigger word, as a crashing native library would."""

    name = "process-killer"
    trigger = "matikan-proses-ini"

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        """No findings; exits the process when the trigger is in ``text``."""
        if self.trigger in text:
            os._exit(70)
        return []


def crashable_checker() -> Checker:
    """A picklable factory for worker processes: substitutions plus a crash on demand."""
    return Checker([SubstitutionSource(), ProcessKiller()])
