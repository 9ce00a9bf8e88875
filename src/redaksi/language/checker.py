"""Compose finding sources (spelling, style, a remote LanguageTool) into one checker.

A source is anything with ``check(text, scope) -> list[Finding]`` that is a pure function of
the text snapshot and its own immutable state, so it can run on a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from redaksi.language.findings import Finding, Level

# Parts of a story a check can be scoped to (rules declare which they apply to).
SCOPES = ("headline", "subheadline", "dateline", "lead", "body", "caption", "alt_text", "text")


class FindingSource(Protocol):
    """A check over plain text."""

    name: str

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        """Findings in ``text``; offsets are code-point indices into it."""
        ...


class Checker:
    """Runs every source and returns their findings in text order, overlaps resolved."""

    def __init__(self, sources: Iterable[FindingSource] = ()) -> None:
        self.sources: list[FindingSource] = list(sources)

    def notices(self) -> list[str]:
        """What sources say about their own health (a newsroom LanguageTool that is down).

        A source may expose ``state`` with ``status`` and ``notice``; anything but a ready
        or not-yet-contacted source is reported, in Indonesian, for the status bar.
        """
        found = []
        for source in self.sources:
            state = getattr(source, "state", None)
            status = getattr(state, "status", "ready")
            if state is not None and str(status) not in ("ready", "unknown"):
                found.append(str(state.notice))
        return found

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        """All findings for ``text``, sorted by position; exact duplicates removed."""
        found: list[Finding] = []
        for source in self.sources:
            found.extend(source.check(text, scope))
        return sort_findings(found)


class DeferredChecker(Checker):
    """A checker built on its first check, on whichever thread checks first.

    Loading dictionaries and compiling the style rules takes about a second; the window
    must appear without waiting for it, and its first check already runs on a worker.
    """

    def __init__(self, build: Callable[[], Checker]) -> None:
        super().__init__()
        self._build = build
        self._built: Checker | None = None
        self._lock = threading.Lock()

    def built(self) -> Checker:
        """The real checker (built now if needed)."""
        if self._built is None:
            with self._lock:
                if self._built is None:
                    self._built = self._build()
                    self.sources = self._built.sources
        return self._built

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        """Findings of the real checker."""
        return self.built().check(text, scope)

    def notices(self) -> list[str]:
        """Health notices of the real checker (none before it is built)."""
        return self._built.notices() if self._built is not None else []

    def reset(self, build: Callable[[], Checker]) -> None:
        """Use another recipe (new house style, dictionary): rebuilt on the next check."""
        with self._lock:
            self._build = build
            self._built = None


_SEVERITY = {Level.ERROR: 0, Level.WARNING: 1, Level.SUGGESTION: 2, Level.INFO: 3}


def sort_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Position order, each problem once.

    The same span reported twice by one rule, or by two sources proposing the same fix
    (spelling and style both turn ``dimana`` into ``di mana``), is kept once: the more
    severe finding wins, so the reporter sees one underline and one suggestion.
    """
    ordered = sorted(findings, key=lambda f: (f.start, -f.end, _SEVERITY[f.level], f.rule_id))
    seen: set[tuple[int, int, str]] = set()
    result = []
    for finding in ordered:
        keys = {(finding.start, finding.end, finding.rule_id)}
        if finding.replacements:
            keys.add((finding.start, finding.end, "=" + finding.replacements[0]))
        if keys & seen:
            continue
        seen |= keys
        result.append(finding)
    return result
