"""Lines of a draft, each classified on its own, grouped into units (paragraph candidates).

A line is judged by its own text: boilerplate, end mark, related-story line, byline, credit
line, photo caption (strong forms, or the weak ``KEYWORD - text (Name)`` form that only
counts before the lead), or ordinary text.  Ordinary lines are then grouped: when the draft
separates paragraphs with blank lines, consecutive lines form one paragraph and keep their
line breaks; otherwise every line is a paragraph.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass

from redaksi.story.importing import patterns as p
from redaksi.story.importing.source import HintKind, SourceHint

_EDGE = " \t|/;,()"


@dataclass
class Line:
    """One non-blank line: ``text[start:end]`` without edge whitespace, and its kind."""

    start: int
    end: int
    gap_before: bool
    kind: str = "other"
    match: re.Match[str] | None = None
    reason: str = ""
    hint: HintKind | None = None


@dataclass
class Unit:
    """A paragraph candidate or a structural line; ``role`` is decided by the recogniser."""

    kind: str
    lines: list[Line]
    role: str = ""
    partner: Unit | None = None  # caption text of a lone credit, title line of "Baca juga:"

    @property
    def start(self) -> int:
        """Source offset of the first character."""
        return self.lines[0].start

    @property
    def end(self) -> int:
        """Source offset after the last character."""
        return self.lines[-1].end

    @property
    def line(self) -> Line:
        """The first line (structural units have exactly one)."""
        return self.lines[0]


def split_lines(text: str) -> list[Line]:
    """Non-blank lines of ``text``, noting which follow a blank line (a paragraph break)."""
    lines: list[Line] = []
    position = 0
    gap = True
    length = len(text)
    while position <= length:
        newline = text.find("\n", position)
        end = length if newline == -1 else newline
        start = position
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            lines.append(Line(start, stop, gap))
            gap = False
        else:
            gap = True
        if newline == -1:
            break
        position = newline + 1
    return lines


def word_count(text: str) -> int:
    """Whitespace-separated words."""
    return len(text.split())


def credit_pairs(text: str, start: int, end: int) -> list[tuple[int, int, int, int]] | None:
    """``(key_start, key_end, value_start, value_end)`` of each ``Label: value`` on the line."""
    content = text[start:end]
    found = list(p.CREDIT_LABEL.finditer(content))
    if not found:
        loose = list(p.CREDIT_LABEL_LOOSE.finditer(content))
        if len(loose) >= 2 and "|" in content:
            found = loose
    if not found or content[: found[0].start()].strip(" \t(") != "":
        return None
    pairs = []
    for i, match in enumerate(found):
        value_start = match.end()
        value_end = found[i + 1].start() if i + 1 < len(found) else len(content)
        while value_start < value_end and content[value_start] in _EDGE:
            value_start += 1
        while value_end > value_start and content[value_end - 1] in _EDGE:
            value_end -= 1
        value = content[value_start:value_end]
        if not value or len(value) > 80 or word_count(value) > 8:
            return None
        key = "key" if match.groupdict().get("key") else "by"
        pairs.append(
            (
                start + match.start(key),
                start + match.end(key),
                start + value_start,
                start + value_end,
            )
        )
    return pairs


def classify(text: str, line: Line) -> None:
    """Set ``line.kind`` (and the match that found it) from the line's own text."""
    content = text[line.start : line.end]
    if word_count(content) <= p.BOILERPLATE_MAX_WORDS:
        boiler = p.BOILERPLATE_ANY.fullmatch(content)
        if boiler and boiler.lastgroup:
            line.kind, line.reason = "boiler", p.BOILERPLATE[int(boiler.lastgroup[1:])][1]
            return
    lower = content.lower()
    # Cheap tests first: most lines are plain paragraphs and match none of the forms.
    checks: list[tuple[str, re.Pattern[str]]] = []
    if content[0] in "([":
        checks.append(("end", p.END_MARK))
    if "juga" in lower or "terkait" in lower or "pula" in lower:
        checks.append(("related", p.RELATED))
    if content[0] in "OoL":
        checks.append(("byline", p.BYLINE))
    if ":" in content:
        checks += [("lone_credit", p.LONE_FOTO), ("tags", p.TAGS)]
    for kind, pattern in checks:
        match = pattern.fullmatch(content)
        if match and (kind != "related" or _one_title(match)):
            line.kind, line.match = kind, match
            return
    if (":" in content or "|" in content) and credit_pairs(text, line.start, line.end) is not None:
        line.kind = "credit"
        return
    if content.endswith(")"):
        _classify_caption(content, line)
    elif "foto" in lower or "photo" in lower:
        match = p.CAPTION_FOTO_BARE.fullmatch(content)
        if match and match.group("caption").strip():
            line.kind, line.match = "caption", match


def _one_title(match: re.Match[str]) -> bool:
    """False for ``Baca juga: A https://... B``: words on both sides of the URL stay prose."""
    rest = match.group("rest") or match.group("rest2") or ""
    url = p.URL.search(rest)
    if url is None:
        return True
    before, after = rest[: url.start()], rest[url.end() :]
    return not (any(c.isalnum() for c in before) and any(c.isalnum() for c in after))


def _classify_caption(content: str, line: Line) -> None:
    """Lines ending in a parenthesis: the photo-caption forms with a credit."""
    agency = p.CAPTION_AGENCY.fullmatch(content)
    if agency and not agency.group("caption").strip():
        line.kind, line.match = "lone_credit", agency
        return
    for pattern in (p.CAPTION_FOTO, p.CAPTION_AGENCY):
        match = pattern.fullmatch(content)
        if match and match.group("caption").strip():
            line.kind, line.match = "caption", match
            return
    slash = p.CAPTION_SLASH.fullmatch(content)
    if slash and slash.group("caption").strip() and _credit_source(slash.group("source")):
        line.kind, line.match = "caption", slash
        return
    keyword = p.CAPTION_KEYWORD.fullmatch(content)
    if keyword:
        credit = keyword.group("credit").strip()
        if p.CREDIT_HINT.search(credit):
            line.kind, line.match = "caption", keyword
        elif p.NAME_LIKE.fullmatch(credit):
            line.kind, line.match = "weak", keyword


def _credit_source(source: str) -> bool:
    """``KOMPAS.com``, ``ANTARA FOTO``, ``SHUTTERSTOCK``: not ``TNI`` as in ``(TNI/Polri)``."""
    letters = sum(ch.isalpha() for ch in source)
    return bool(
        p.OUTLET_HINT.search(source)
        or "FOTO" in source.upper()
        or (source.isupper() and letters >= 5)
    )


def attach_hints(lines: list[Line], hints: list[SourceHint]) -> None:
    """Give each line the role its document declared; caption paragraphs become captions."""
    if not hints:
        return
    ordered = sorted(hints, key=lambda h: h.start)
    starts = [h.start for h in ordered]
    for line in lines:
        index = bisect_right(starts, line.start) - 1
        if index >= 0 and ordered[index].end >= line.end:
            line.hint = ordered[index].kind
            if line.hint == "caption" and line.kind in {"other", "weak"}:
                line.kind = "plain_caption"


def group_units(lines: list[Line]) -> list[Unit]:
    """Structural lines stand alone; body lines join into paragraphs (block mode) or not."""
    textual = {"other", "weak"}
    block_mode = any(
        a.kind in textual and b.kind in textual and b.gap_before
        for a, b in itertools.pairwise(lines)
    )
    units: list[Unit] = []
    for line in lines:
        previous = units[-1] if units else None
        if (
            block_mode
            and line.kind in textual
            and previous is not None
            and previous.kind in {"body", "weak"}
            and not line.gap_before
        ):
            previous.lines.append(line)
            previous.kind = "body"
            continue
        if (
            line.kind == "plain_caption"
            and previous is not None
            and previous.kind == "plain_caption"
            and not line.gap_before
        ):
            previous.lines.append(line)  # a <figcaption> with a <br> inside
            continue
        kind = "body" if line.kind == "other" else line.kind
        units.append(Unit(kind, [line]))
    return units


def related_rest(unit: Unit) -> str:
    """What follows the label of a related-story line (may be empty)."""
    match = unit.line.match
    if match is None:
        return ""
    return match.group("rest") or match.group("rest2") or ""
