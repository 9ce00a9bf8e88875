"""Datelines that open a lead: ``JAKARTA, KOMPAS.com -``, ``Denpasar (ANTARA) -``, ...

A *strong* dateline names an outlet (or is the glued ``MATA ANGINIslamic`` form) and cannot
be mistaken for anything else; a *weak* one is a place alone (``SURABAYA -``), which is also
how photo captions start (``BOMBARDIR - ...``), so the recogniser trusts it less.
"""

from __future__ import annotations

from dataclasses import dataclass

from redaksi.story.importing import patterns as p
from redaksi.story.importing.lines import Unit


@dataclass
class DatelineMatch:
    """Source spans of place and outlet, and where the lead text begins."""

    strong: bool
    place: tuple[int, int] | None
    outlet: tuple[int, int] | None
    lead_start: int


def find_dateline(text: str, unit: Unit) -> DatelineMatch | None:
    """The dateline opening ``unit``; the lead starts after it and any line break."""
    found = _dateline_match(text, unit)
    if found is not None:
        while found.lead_start < unit.end and text[found.lead_start].isspace():
            found.lead_start += 1
    return found


def _dateline_match(text: str, unit: Unit) -> DatelineMatch | None:
    start, end = unit.start, unit.end
    content = text[start:end]
    match = p.DATELINE_PAREN.match(content)
    if match and (p.OUTLET_HINT.search(match.group("outlet")) or match.group("outlet").isupper()):
        return DatelineMatch(
            True,
            (start + match.start("place"), start + match.end("place")),
            (start + match.start("outlet"), start + match.end("outlet")),
            start + match.end(),
        )
    match = p.DATELINE_PAIR.match(content)
    if match:
        a, b = match.group("a"), match.group("b")
        a_span = (start + match.start("a"), start + match.end("a"))
        b_span = (start + match.start("b"), start + match.end("b"))
        a_outlet, b_outlet = bool(p.OUTLET_HINT.search(a)), bool(p.OUTLET_HINT.search(b))
        if a_outlet and not b_outlet:
            return DatelineMatch(True, b_span, a_span, start + match.end())
        if b_outlet or a.isupper() or b.isupper():
            return DatelineMatch(True, a_span, b_span, start + match.end())
    match = p.DATELINE_OUTLET.match(content)
    if match:
        span = (start + match.start("outlet"), start + match.end("outlet"))
        return DatelineMatch(True, None, span, start + match.end())
    match = p.DATELINE_PLACE.match(content) or p.DATELINE_PLACE_TITLE.match(content)
    if match:
        span = (start + match.start("place"), start + match.end("place"))
        return DatelineMatch(False, span, None, start + match.end())
    match = p.DATELINE_GLUED.match(content)
    if match:
        outlet = match.group("outlet")
        letters = sum(ch.isalpha() for ch in outlet)
        if letters >= 4 and any(ch.islower() for ch in content):
            span = (start + match.start("outlet"), start + match.end("outlet"))
            return DatelineMatch(True, None, span, start + match.end())
    return None
