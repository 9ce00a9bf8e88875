"""Sentences and words inside one paragraph, for length rules and headline capitals."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A sentence ends at . ! ? or … (closing quotes/brackets included) before a space and a
# capital, digit or opening quote; common abbreviations do not end one.
_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]|dr|Dr|Jl|No|Prof|Ir|drs|Drs|Hj|St|Kol|Jend|Brigjen|Mayjen|Letjen|"
    r"Kombes|AKBP|Ny|Tn|Sdr|Bpk|dll|dsb|dst|tgl|hlm|Rp|a\.n|s\.d|Yth)\.)$"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, leading/trailing spaces excluded."""
    spans = []
    start = 0
    for match in _END.finditer(text):
        if _ABBREVIATION.search(text, max(0, match.start() - 12), match.start()):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s, e))
    return result


def word_count(text: str, start: int = 0, end: int | None = None) -> int:
    """Words in ``text[start:end]`` (hyphenated and reduplicated words count once)."""
    return sum(1 for _ in WORD.finditer(text, start, len(text) if end is None else end))
