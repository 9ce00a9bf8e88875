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
