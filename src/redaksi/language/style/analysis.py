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


def roots_of(
    analyses: Callable[[str, Callable[[str], bool]], Iterable[object]],
) -> RootAnalyzer:
    """Adapt an analysis function yielding objects with ``.root`` (or plain strings).

    ``redaksi.language.morphology.analyses(word, is_root)`` can be passed as it is:
    ``StyleSource(analyzer=roots_of(morphology.analyses))``.
    """

    def analyzer(word: str, is_root: Callable[[str], bool]) -> Iterable[str]:
        for item in analyses(word, is_root):
            root = item if isinstance(item, str) else getattr(item, "root", None)
            if isinstance(root, str):
                yield root

    return analyzer
