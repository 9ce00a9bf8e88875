"""The optional word analysis that makes substitutions affix-aware.

The spelling engine's morphology finds the root of an affixed word.  The style engine only
needs "which roots could this word have?", asked with a predicate that accepts the
non-standard roots it knows, so the two modules stay independent.  Without an analyzer the
engine still catches the inflected forms it generated from the rule pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol


class RootAnalyzer(Protocol):
    """``analyzer(word, is_root)`` yields candidate roots of ``word`` (lower case)."""

    def __call__(self, word: str, is_root: Callable[[str], bool]) -> Iterable[str]:
        """Root candidates; only those accepted by ``is_root`` need be returned."""
        ...
