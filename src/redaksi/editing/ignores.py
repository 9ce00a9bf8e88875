"""Which findings the reporter chose not to see: per story, per user, or newly accepted words.

Kept as a frozen snapshot so a check worker can filter on its own thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from redaksi.language.findings import Finding


@dataclass(frozen=True)
class FindingIgnores:
    """Words ignored or accepted, and single rule hits ignored in this story."""

    words: frozenset[str] = frozenset()
    rule_hits: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def with_word(self, word: str) -> FindingIgnores:
        """A copy that also ignores spelling findings on ``word``."""
        return FindingIgnores(self.words | {word}, self.rule_hits)

    def with_rule_hit(self, rule_id: str, matched: str) -> FindingIgnores:
        """A copy that also ignores ``rule_id`` where it matched exactly ``matched``."""
        return FindingIgnores(self.words, self.rule_hits | {(rule_id, matched)})

    def keeps(self, finding: Finding, text: str) -> bool:
        """True when ``finding`` in ``text`` should still be shown."""
        matched = text[finding.start : finding.end]
        if finding.is_spelling and matched in self.words:
            return False
        return (finding.rule_id, matched) not in self.rule_hits

    def filter(self, findings: Iterable[Finding], text: str) -> list[Finding]:
        """The findings still shown."""
        return [f for f in findings if self.keeps(f, text)]
