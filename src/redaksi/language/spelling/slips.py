"""The typing slips that turn a word into a misspelling, each with a cost.

Dropped letters (especially a doubled or the last one), extra letters, transpositions
(also across one letter),
keyboard neighbours on a QWERTY keyboard, and Indonesian spelling confusions (kw/ku, f/v/p,
dz/z, sy/s, th/t, kh/k, old spelling dj/tj/oe).  A cost of at most ``LIKELY`` means the slip
is a common one; substitutions of distant keys cost more.
"""

from __future__ import annotations

from functools import lru_cache

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
LIKELY = 1.0

# QWERTY neighbours (Indonesian keyboards are US QWERTY).
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, set[str]] = {}
_NONE: frozenset[str] = frozenset()
for _r, _row in enumerate(_ROWS):
    for _c, _ch in enumerate(_row):
        near = _NEIGHBOURS.setdefault(_ch, set())
        for _dr in (-1, 0, 1):
            if 0 <= _r + _dr < len(_ROWS):
                other = _ROWS[_r + _dr]
                for _dc in (-1, 0, 1):
                    if 0 <= _c + _dc < len(other) and (_dr or _dc):
                        near.add(other[_c + _dc])

# (written, meant): spelling confusions, applied anywhere in the word.
CONFUSIONS = (
    ("kw", "ku"),
    ("f", "p"),
    ("p", "f"),
    ("v", "f"),
    ("f", "v"),
    ("v", "p"),
    ("p", "v"),
    ("dz", "z"),
    ("z", "j"),
    ("sy", "s"),
    ("s", "sy"),
    ("th", "t"),
    ("kh", "k"),
    ("k", "kh"),
    ("dj", "j"),
    ("tj", "c"),
    ("oe", "u"),
    ("ch", "c"),
    ("ch", "kh"),
    ("q", "k"),
    ("x", "ks"),
    ("ph", "f"),
    ("c", "k"),
    ("e", "a"),
    ("a", "e"),
    ("o", "u"),
    ("u", "o"),
    ("ij", "i"),
    ("nk", "ngk"),
    ("rn", "m"),
)


@lru_cache(maxsize=4096)
def slips(word: str) -> dict[str, float]:
    """Strings one slip away from ``word`` with the cost of that slip (shared: do not modify)."""
    out: dict[str, float] = {}
    get = out.get
    n = len(word)
    for i in range(n + 1):  # a dropped letter: a doubled one, or the last one, is usual
        left, right = word[:i], word[i:]
        around = word[i - 1 : i + 1]
        base = 0.8 if right else 0.6
        for ch in ALPHABET:
            out[left + ch + right] = 0.5 if ch in around else base
    for i in range(n):
        left, letter, right = word[:i], word[i], word[i + 1 :]
        near = _NEIGHBOURS.get(letter, _NONE)
        for ch in ALPHABET:  # a wrong key: a neighbouring one is likelier
            if ch != letter:
                candidate = left + ch + right
                cost = 0.7 if ch in near else 1.1
                if cost < get(candidate, 99.0):
                    out[candidate] = cost
        # an extra letter: likeliest when it repeats its neighbour
        candidate = left + right
        cost = 0.5 if (i and word[i - 1] == letter) else 1.0
        if cost < get(candidate, 99.0):
            out[candidate] = cost
        if i + 1 < n and letter != word[i + 1]:  # transposition
            candidate = left + word[i + 1] + letter + word[i + 2 :]
            if get(candidate, 99.0) > 0.6:
                out[candidate] = 0.6
        if i + 2 < n and letter != word[i + 2]:  # letters swapped across one
            candidate = left + word[i + 2] + word[i + 1] + letter + word[i + 3 :]
            if get(candidate, 99.0) > 0.9:
                out[candidate] = 0.9
    for written, meant in CONFUSIONS:
        start = word.find(written)
        while start >= 0:
            candidate = word[:start] + meant + word[start + len(written) :]
            if get(candidate, 99.0) > 0.5:
                out[candidate] = 0.5
            start = word.find(written, start + 1)
    out.pop(word, None)
    return out
