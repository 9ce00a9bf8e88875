"""Generate the inflected forms of a non-standard word and of its standard counterpart.

Editors list root pairs (``resiko: risiko``); Indonesian then writes ``beresiko``,
``resikonya``, ``meresikokan``.  The same affix applied to both words gives the pair for each
form, with the nasal prefix meN-/peN- and ber-/ter-/per- assimilated as EYD V describes.
"""

from __future__ import annotations

from collections.abc import Iterator

VOWELS = frozenset("aiueo")
SUFFIXES = ("", "nya", "ku", "mu", "lah", "kah", "kan", "i", "an", "kannya", "inya", "annya")
SHORT_SUFFIXES = ("", "nya", "ku", "mu", "lah", "kah", "pun")
PREFIXES = ("", "di", "ke", "se", "ber", "ter", "per", "meN", "peN", "memper", "diper")


def nasal(prefix: str, root: str) -> str:
    """``meN-``/``peN-`` (``prefix`` is ``me`` or ``pe``) joined to ``root`` by EYD V.

    k, p, t, s melt before a vowel (kirim→mengirim, pakai→memakai, tulis→menulis,
    sapu→menyapu) but stay before a consonant (kritik→mengkritik, produksi→memproduksi).
    """
    if not root:
        return prefix
    first, second = root[0], root[1:2]
    melts = second in VOWELS
    if first in VOWELS or first in "gh":
        return prefix + "ng" + root
    if first == "k":
        return prefix + "ng" + (root[1:] if melts else root)
    if first == "p":
        return prefix + "m" + (root[1:] if melts else root)
    if first in "bfv":
        return prefix + "m" + root
    if first == "t":
        return prefix + "n" + (root[1:] if melts else root)
    if first == "s":
        return prefix + ("ny" + root[1:] if melts else "n" + root)
    if first in "cdjz":
        return prefix + "n" + root
    return prefix + root


def prefixed(prefix: str, root: str) -> str:
    """``prefix`` joined to ``root`` (ber-/ter-/per- lose their r before r)."""
    if prefix == "meN":
        return nasal("me", root)
    if prefix == "peN":
        return nasal("pe", root)
    if prefix in ("ber", "ter", "per", "memper", "diper") and root.startswith("r"):
        return prefix[:-1] + root
    return prefix + root


def suffixed(root: str, suffix: str) -> str:
    """``root`` with ``suffix``."""
    return root + suffix


def forms(wrong: str, right: str, mode: str) -> Iterator[tuple[str, str]]:
    """Pairs (inflected wrong, inflected right) for ``mode`` ``none``/``suffix``/``full``."""
    yield wrong, right
    if mode == "none" or not wrong.isalpha() or not right.isalpha():
        return
    prefixes = PREFIXES if mode == "full" else ("",)
    suffixes = SUFFIXES if mode == "full" else SHORT_SUFFIXES
    for prefix in prefixes:
        for suffix in suffixes:
            if not prefix and not suffix:
                continue
            w = suffixed(prefixed(prefix, wrong), suffix)
            r = suffixed(prefixed(prefix, right), suffix)
            if w != r:
                yield w, r
