"""Literal "needles" a regex cannot match without: a cheap test that skips most rules.

Python's ``re`` tries every alternative at every position, so a set of fifty patterns costs
fifty scans.  Most style rules, however, cannot match unless some literal text is present
(``dll``, ``  ``, ``Rp``, one of the words ``antar|anti|non``…).  ``needles(pattern)``
derives such literals from the parsed pattern; a paragraph that contains none of them (in
lower case) is not scanned with that pattern at all.
"""

from __future__ import annotations

import re
from re import _constants as C
from re import _parser as P
from typing import Any

_Needles = frozenset[str] | None


def _alternatives(items: list[_Needles]) -> _Needles:
    """Needles of an alternation: every branch must have some, the union is needed."""
    result: set[str] = set()
    for item in items:
        if not item:
            return None
        result |= item
    return frozenset(result)


def _better(a: _Needles, b: _Needles) -> _Needles:
    """Of two needle sets both required, keep the more selective one."""
    if not a:
        return b
    if not b:
        return a

    def score(needles: frozenset[str]) -> tuple[int, int]:
        return (min(len(n) for n in needles), -len(needles))

    return a if score(a) >= score(b) else b


def _sequence(data: Any) -> _Needles:
    best: _Needles = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best, run
        if run:
            best = _better(best, frozenset({"".join(run).lower()}))
            run = []

    for op, av in data:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if op is C.SUBPATTERN:
            inner = _sequence(av[3])
            if inner and len(inner) == 1 and run and _is_plain(av[3]):
                run.append(next(iter(inner)))
                continue
            flush()
            best = _better(best, inner)
            continue
        flush()
        if op is C.BRANCH:
            best = _better(best, _alternatives([_sequence(b) for b in av[1]]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _better(best, _sequence(av[2]))
    flush()
    return best


def _is_plain(data: Any) -> bool:
    return all(op is C.LITERAL for op, _ in data)


def needles(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case literals of which at least one occurs in any match; None if unknown."""
    try:
        parsed = P.parse(pattern, flags)
    except re.error:
        return None
    found = _sequence(parsed.data)
    if not found or any(not n.strip() and n != n.lower() for n in found):
        return found or None
    return found


_WORD_CHAR = re.compile(r"\w")


def _non_word_next(data: Any, index: int) -> bool:
    """True when element ``index`` of ``data`` can only match a non-word boundary or char."""
    if index >= len(data):
        return False
    op, av = data[index]
    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is C.LITERAL:
        return not _WORD_CHAR.match(chr(av))
    if op is C.IN:
        for item_op, item in av:
            if item_op is C.LITERAL and _WORD_CHAR.match(chr(item)):
                return False
            if item_op is C.CATEGORY and item is not C.CATEGORY_SPACE:
                return False
            if item_op not in (C.LITERAL, C.CATEGORY, C.NEGATE):
                return False
        return True
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        return _non_word_next(av[2], 0)
    return False


def _leading_words(data: Any, start: int, followed: bool) -> frozenset[str] | None:
    """Whole words one of which must begin the match of ``data[start:]``."""
    index = start
    run: list[str] = []
    while index < len(data) and data[index][0] is C.LITERAL:
        run.append(chr(data[index][1]))
        index += 1
    if run:
        text = "".join(run).lower()
        head = re.match(r"[^\W\d_]+", text)
        if head is None:
            return None
        if head.end() < len(text) and not _WORD_CHAR.match(text[head.end()]):
            return frozenset({head.group()})
        if head.end() == len(text) and (
            _non_word_next(data, index) or (index == len(data) and followed)
        ):
            return frozenset({head.group()})
        if head.end() == len(text) and index < len(data):
            # ``di|dan`` is parsed as ``d`` followed by ``i|an``: join the prefix back.
            rest = _leading_words(data, index, followed)
            if rest:
                return frozenset(text + word for word in rest)
        return None
    if index >= len(data):
        return None
    op, av = data[index]
    after = _non_word_next(data, index + 1) or (index + 1 == len(data) and followed)
    if op is C.SUBPATTERN:
        return _leading_words(av[3].data if hasattr(av[3], "data") else av[3], 0, after)
    if op is C.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _leading_words(branch.data if hasattr(branch, "data") else branch, 0, after)
            if not found:
                return None
            words |= found
        return frozenset(words)
    return None


def word_needles(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Whole words (lower case) one of which a match must start with, if provable.

    The pattern must open with a word-start assertion (a word boundary or a negative look-behind)
    followed by literal words that end at a non-word character; then a paragraph whose
    word set holds none of them cannot match.
    """
    try:
        data = P.parse(pattern, flags).data
    except re.error:
        return None
    index = 0
    anchored = False
    while index < len(data):
        op, av = data[index]
        if (op is C.AT and av in (C.AT_BOUNDARY, C.AT_BEGINNING_STRING)) or (
            op is C.ASSERT_NOT and av[0] < 0
        ):
            anchored = True
        elif op is not C.ASSERT:
            break
        index += 1
    if not anchored:
        return None
    return _leading_words(data, index, False)
