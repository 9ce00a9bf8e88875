"""Pair generators for rules whose wrong forms follow from a list of roots.

A rule file can say ``generate: {type: double_k, roots: [masuk, tunjuk]}`` instead of listing
``dimasukan: dimasukkan``, ``memasukan: memasukkan`` … by hand; the generator applies the
affixes by EYD V and yields (wrong, right) pairs, which then behave like ``swap`` entries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from redaksi.language.style.inflection import nasal

Pairs = Iterator[tuple[str, str]]


def _double_k(params: Mapping[str, Any]) -> Pairs:
    """Roots ending in k: verbs take -kan (dimasukkan), nouns in pe-/per-/ke- take -an."""
    for root in params["roots"]:
        if not root.endswith("k"):
            raise ValueError(f"double_k: kata dasar {root!r} tidak berakhiran k")
        for tail in ("", "nya", "lah"):
            for verb in (f"di{root}", nasal("me", root), f"ter{root}"):
                yield f"{verb}an{tail}", f"{verb}kan{tail}"
            for noun in (nasal("pe", root), f"per{root}", f"ke{root}"):
                yield f"{noun}kan{tail}", f"{noun}an{tail}"


def _monosyllable(params: Mapping[str, Any]) -> Pairs:
    """One-syllable roots take menge-/penge- (mengebom, pengecatan), not mem-/men-."""
    for root in params["roots"]:
        for suffix in ("", "kan", "i", "nya", "kannya", "an"):
            if suffix != "an":
                yield nasal("me", root) + suffix, f"menge{root}{suffix}"
                yield f"men{root}{suffix}", f"menge{root}{suffix}"
            yield nasal("pe", root) + suffix, f"penge{root}{suffix}"


def _preposition(params: Mapping[str, Any]) -> Pairs:
    """di/ke/dari before a place or direction stand apart: dirumah → di rumah."""
    skip = set(params.get("skip", ()))
    for prep in params["preps"]:
        for word in params["words"]:
            joined = prep + word
            if joined in skip:
                continue
            for tail in ("", "nya", "pun"):
                wrong = joined + tail
                if wrong in skip:
                    continue
                right = f"{prep} {word}" + (" pun" if tail == "pun" else tail)
                yield wrong, right


GENERATORS: dict[str, Callable[[Mapping[str, Any]], Pairs]] = {
    "double_k": _double_k,
    "monosyllable": _monosyllable,
    "preposition": _preposition,
}


def generated_pairs(spec: tuple[tuple[str, Any], ...]) -> list[tuple[str, str]]:
    """The pairs of a frozen ``generate`` spec (see ``Rule.generate``)."""
    params = {key: value for key, value in spec}
    kind = params.get("type", "")
    if kind not in GENERATORS:
        raise ValueError(f"generator {kind!r} tidak dikenal")
    return list(dict.fromkeys(GENERATORS[kind](params)))
