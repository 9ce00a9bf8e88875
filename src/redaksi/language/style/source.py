"""The style checker as a ``FindingSource``: paragraphs checked once, then served from cache.

A story is checked paragraph by paragraph; the cache is keyed by the paragraph's text, its
story part and the house style, so typing in one paragraph re-checks only that paragraph,
and a house-style change re-checks everything (and compiles the rules once more).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence

from redaksi.language.findings import Finding
from redaksi.language.style.analysis import RootAnalyzer
from redaksi.language.style.config import DEFAULT_HOUSE_STYLE, HOUSE_SET, HouseStyle
from redaksi.language.style.engine import SOURCE_NAME, CompiledStyle
from redaksi.language.style.loader import load_rule_sets
from redaksi.language.style.rule import RuleSet

_PARAGRAPH = re.compile(r"[^\n]+")
CACHE_SIZE = 20_000


class StyleSource:
    """Indonesian style and house-style rules over plain text, thread-safe."""

    name = SOURCE_NAME

    def __init__(
        self,
        house: HouseStyle = DEFAULT_HOUSE_STYLE,
        rule_sets: Sequence[RuleSet] | None = None,
        analyzer: RootAnalyzer | None = None,
    ) -> None:
        self.rule_sets: tuple[RuleSet, ...] = tuple(
            load_rule_sets() if rule_sets is None else rule_sets
        )
        self._analyzer = analyzer
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, str, CompiledStyle], tuple[Finding, ...]] = (
            OrderedDict()
        )
        self._compiled = CompiledStyle(self.rule_sets, house, analyzer)

    @property
    def house(self) -> HouseStyle:
        """The house style the rules are compiled for."""
        return self._compiled.house

    @property
    def compiled(self) -> CompiledStyle:
        """The compiled rules (story checks use its ``required`` rules)."""
        return self._compiled

    def rule_set_title(self, name: str) -> str:
        """The Indonesian title of rule set ``name`` (findings carry the name in ``rule_set``)."""
        for rule_set in self.rule_sets:
            if rule_set.name == name:
                return rule_set.title
        return "Gaya selingkung" if name == HOUSE_SET else name

    def set_house_style(self, house: HouseStyle) -> None:
        """Recompile for another house style; cached results of the old one stop matching."""
        if house != self._compiled.house:
            compiled = CompiledStyle(self.rule_sets, house, self._analyzer)
            with self._lock:
                self._compiled = compiled

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        """Findings in ``text``; each line is a paragraph checked (or cached) on its own."""
        compiled = self._compiled
        found: list[Finding] = []
        for match in _PARAGRAPH.finditer(text):
            offset = match.start()
            for finding in self.check_paragraph(match.group(), scope, compiled):
                found.append(finding.shifted(offset) if offset else finding)
        return found

    def check_paragraph(
        self, text: str, scope: str = "body", compiled: CompiledStyle | None = None
    ) -> tuple[Finding, ...]:
        """Findings in one paragraph, from the cache when this text was seen before."""
        compiled = compiled or self._compiled
        key = (text, scope, compiled)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        result = tuple(compiled.scan(text, scope))
        with self._lock:
            self._cache[key] = result
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return result

    def clear_cache(self) -> None:
        """Forget every cached paragraph (benchmarks measure cold checks with it)."""
        with self._lock:
            self._cache.clear()
