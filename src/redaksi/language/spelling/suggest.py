"""Suggestions ranked for the slips Indonesian reporters actually make.

Candidates are one edit away (dropped, doubled or extra letters, transpositions, keyboard
neighbours) plus Indonesian spelling confusions (kw/ku, f/v/p, dz/z, sy/s, th/t, kh/k, old
spelling dj/tj/oe), the space a glued pair of words lacks, and the capitalisation the
dictionary wants (``Irac`` → ``Irak``).  Each candidate gets a cost for the kind of slip;
frequency in Indonesian text breaks ties, so ``tersebu`` → ``tersebut`` comes first.
"""

from __future__ import annotations

from redaksi.language.spelling.lexicon import Lexicon
from redaksi.language.spelling.slips import slips

# Unattested candidates (not in the frequency list or the roots) are only looked up in
# Hunspell for the likeliest slips: ~3 lookups a letter instead of ~55.
CHEAP_SLIP = 0.6
DOUBLED = 0.5


def _splits(word: str, lexicon: Lexicon) -> dict[str, float]:
    """``dalamrumah`` → ``dalam rumah``: two common words glued together."""
    out = {}
    for i in range(3, len(word) - 2):  # both words at least three letters
        left, right = word[:i], word[i:]
        if (
            lexicon.zipf(left) >= 3.5
            and lexicon.zipf(right) >= 3.0
            and lexicon.indonesian.spell(left)
            and lexicon.indonesian.spell(right)
        ):
            out[f"{left} {right}"] = 0.9
    return out


def _recase(candidate: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return candidate.upper()
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate


def rank(word: str, lexicon: Lexicon, limit: int = 5) -> list[str]:
    """The best corrections for misspelled ``word``, most likely first.

    Only words one slip away (or a missing space) are offered: Hunspell's own, slower
    suggestions are for :func:`more`, which the editor may ask for on demand.
    """
    lower = word.lower()
    scored: dict[str, float] = {}
    zipf_id, roots, size = lexicon.zipf_id, lexicon.roots, len(lower)
    candidates = [
        (candidate, cost)
        for candidate, cost in slips(lower).items()
        # cheap filter before Hunspell: attested words, or only the likeliest slips
        if candidate in zipf_id or candidate in roots or _worth_a_lookup(candidate, cost, size)
    ]
    candidates.extend(_splits(lower, lexicon).items())
    for candidate, cost in candidates:
        if _acceptable(candidate, word, lexicon):
            text = _recase(_spelled(candidate, word, lexicon), word)
            score = cost - 0.22 * zipf_id.get(candidate, 0.0)
            scored[text] = min(scored.get(text, 99.0), score)
    return [text for text, _ in sorted(scored.items(), key=lambda item: item[1])[:limit]]


def _worth_a_lookup(candidate: str, cost: float, size: int) -> bool:
    """Unattested candidates Hunspell is asked about: removals, swaps, doubled letters."""
    length = len(candidate)
    if length < size:
        return True
    if length == size:
        return cost <= CHEAP_SLIP
    return cost <= DOUBLED


def _spelled(candidate: str, original: str, lexicon: Lexicon) -> str:
    """The dictionary's own casing: a name stays capitalised (``irak`` → ``Irak``)."""
    if lexicon.indonesian.spell(candidate):
        return candidate
    title = candidate[:1].upper() + candidate[1:]
    if lexicon.indonesian.spell(title):
        return title
    return candidate


def _acceptable(candidate: str, original: str, lexicon: Lexicon) -> bool:
    if " " in candidate:
        return True
    if lexicon.zipf(candidate) == 0 and len(candidate) < 4:
        return False
    if lexicon.indonesian.spell(candidate) or candidate in lexicon.roots:
        return True
    title = candidate[:1].upper() + candidate[1:]
    return (
        original[:1].isupper() and candidate in lexicon.zipf_id and lexicon.indonesian.spell(title)
    )


def more(word: str, lexicon: Lexicon, limit: int = 8) -> list[str]:
    """Ranked suggestions, then Hunspell's (tens of milliseconds: call off the GUI thread)."""
    found = rank(word, lexicon, limit)
    for candidate in lexicon.indonesian.suggest(word):
        if candidate not in found:
            found.append(candidate)
    return found[:limit]
