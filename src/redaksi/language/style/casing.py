"""Carry the writer's capitalisation over to a replacement (Praktek → Praktik)."""

from __future__ import annotations


def match_case(source: str, replacement: str) -> str:
    """``replacement`` in the case pattern of ``source`` (lower, Capitalised, UPPER, Title)."""
    letters = [c for c in source if c.isalpha()]
    if not letters or not replacement:
        return replacement
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if not letters[0].isupper():
        return replacement
    words = source.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return " ".join(w[:1].upper() + w[1:] for w in replacement.split(" "))
    return replacement[:1].upper() + replacement[1:]
