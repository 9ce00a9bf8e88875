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

    def put(candidate: str, cost: float) -> None:
        if candidate != word and cost < out.get(candidate, 99.0):
            out[candidate] = cost

    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            doubled = i > 0 and word[i - 1] == right[0]
            put(left + right[1:], 0.5 if doubled else 1.0)  # extra letter typed
            if len(right) > 1 and right[0] != right[1]:
                put(left + right[1] + right[0] + right[2:], 0.6)  # transposition
            if len(right) > 2 and right[0] != right[2]:
                # letters swapped across one (merukapan → merupakan)
                put(left + right[2] + right[1] + right[0] + right[3:], 0.9)
            near = _NEIGHBOURS.get(right[0], set())
            for ch in ALPHABET:
                if ch != right[0]:
                    put(left + ch + right[1:], 0.7 if ch in near else 1.1)
        for ch in ALPHABET:
            doubled = (i > 0 and word[i - 1] == ch) or (right[:1] == ch)
            # a dropped letter: a doubled one, or the last one, is the usual slip
            put(left + ch + right, 0.5 if doubled else (0.6 if not right else 0.8))
    for written, meant in CONFUSIONS:
        start = word.find(written)
        while start >= 0:
            put(word[:start] + meant + word[start + len(written) :], 0.5)
            start = word.find(written, start + 1)
    return out
