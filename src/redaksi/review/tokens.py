"""Word tokens for tracked changes in Indonesian text.

Tokens cover the text exactly (joining them gives it back, whitespace and punctuation
included), so a diff over tokens rebuilds both versions to the character.  A word keeps
its Indonesian joins together: reduplication and affixed forms (``anak-anak``,
``se-Indonesia``, ``ke-10``, ``bertanya-tanya``), clitics after an apostrophe (``Jum'at``)
and numbers with thousands or decimal separators (``Rp10.000,50``, ``3,5``).
"""

from __future__ import annotations

import re

TOKEN = re.compile(
    r"""
    \s+                                    # a run of whitespace, kept as it is
    | \w+(?:(?:[-‐'’]|(?<=\d)[.,](?=\d))\w+)*   # a word with its joins, or a number
    | [^\w\s]                              # one punctuation mark or symbol
    """,
    re.VERBOSE | re.UNICODE,
)


def tokenize(text: str) -> list[str]:
    """Split ``text`` into word, whitespace and punctuation tokens (lossless)."""
    return TOKEN.findall(text)
