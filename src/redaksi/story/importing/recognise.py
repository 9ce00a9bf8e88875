"""Turn the raw text of a draft into a structured :class:`Story`, accounting for every character.

The recogniser works on lines.  Each line is first classified on its own (boilerplate,
related-story line, credit line, photo caption, end mark, ...); then body lines are grouped
into paragraphs, the headline, subheadline, dateline and lead are found from their order,
and every range of the source is booked to a story field or to the dropped list through a
:class:`Ledger`.  Body text is never rewritten: a paragraph is an exact slice of the source,
so quotes, typos and line breaks survive as the reporter wrote them.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from redaksi.story.importing import patterns as p
from redaksi.story.importing.ledger import Ledger
from redaksi.story.importing.report import (
    BYLINE,
    CAPTION,
    CREDIT_KEY,
    CREDIT_VALUE,
    END_MARK,
    HEADLINE,
    LEAD,
    OUTLET,
    PARAGRAPH,
    PHOTO_CREDIT,
    PLACE,
    RELATED_TITLE,
    RELATED_URL,
    SUBHEADLINE,
    ImportReport,
    credit_key,
)
from redaksi.story.importing.source import SourceMark, SourceText
from redaksi.story.model import Dateline, Mark, Paragraph, Photo, RelatedLink, Story

# ``RelatedLink.after_paragraph`` for a line that came after the lead, before paragraph 0.
AFTER_LEAD = -1
SUBHEADLINE_MAX_WORDS = 40
# A first line longer than this is body text pasted without a headline, not a headline.
HEADLINE_MAX_WORDS = 35
RELATED_TITLE_MAX_WORDS = 25
_EDGE = " \t|/;,()"


@dataclass
class _Line:
    start: int
    end: int
    gap_before: bool
    kind: str = "other"
    match: re.Match[str] | None = None
    reason: str = ""


@dataclass
class _Unit:
    kind: str
    lines: list[_Line]
    role: str = ""
    partner: _Unit | None = None  # caption text of a lone credit, title line of "Baca juga:"

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def line(self) -> _Line:
        return self.lines[0]


@dataclass
class _Dateline:
    strong: bool
    place: tuple[int, int] | None
    outlet: tuple[int, int] | None
    lead_start: int


class _MarkIndex:
    def __init__(self, marks: list[SourceMark]) -> None:
        self.marks = sorted(marks, key=lambda m: m.start)
        self.starts = [m.start for m in self.marks]
        self.longest = max((m.end - m.start for m in self.marks), default=0)


@dataclass
class _State:
    ledger: Ledger
    source: SourceText
    story: Story = field(default_factory=Story)
    mark_index: _MarkIndex = field(init=False)

    def __post_init__(self) -> None:
        self.mark_index = _MarkIndex(self.source.marks)


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
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
            lines.append(_Line(start, stop, gap))
            gap = False
        else:
            gap = True
        if newline == -1:
            break
        position = newline + 1
    return lines


def _words(text: str) -> int:
    return len(text.split())


def _credit_pairs(text: str, start: int, end: int) -> list[tuple[int, int, int, int]] | None:
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
        if not value or len(value) > 80 or _words(value) > 8:
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


def _classify(text: str, line: _Line) -> None:
    content = text[line.start : line.end]
    if _words(content) <= p.BOILERPLATE_MAX_WORDS:
        for pattern, reason in p.BOILERPLATE:
            if pattern.fullmatch(content):
                line.kind, line.reason = "boiler", reason
                return
    checks: tuple[tuple[str, re.Pattern[str]], ...] = (
        ("end", p.END_MARK),
        ("related", p.RELATED),
        ("byline", p.BYLINE),
        ("lone_credit", p.LONE_FOTO),
    )
    for kind, pattern in checks:
        match = pattern.fullmatch(content)
        if match:
            line.kind, line.match = kind, match
            return
    if _credit_pairs(text, line.start, line.end) is not None:
        line.kind = "credit"
        return
    agency = p.CAPTION_AGENCY.fullmatch(content)
    if agency and not agency.group("caption").strip():
        line.kind, line.match = "lone_credit", agency
        return
    for pattern in (p.CAPTION_FOTO, p.CAPTION_AGENCY, p.CAPTION_FOTO_BARE):
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


def _group(lines: list[_Line]) -> list[_Unit]:
    """Structural lines stand alone; body lines join into paragraphs (block mode) or not."""
    textual = {"other", "weak"}
    block_mode = any(
        a.kind in textual and b.kind in textual and b.gap_before
        for a, b in itertools.pairwise(lines)
    )
    units: list[_Unit] = []
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
        kind = "body" if line.kind == "other" else line.kind
        units.append(_Unit(kind, [line]))
    return units


def _dateline(text: str, unit: _Unit) -> _Dateline | None:
    """The dateline opening ``unit``; the lead starts after it and any line break."""
    found = _dateline_match(text, unit)
    if found is not None:
        while found.lead_start < unit.end and text[found.lead_start].isspace():
            found.lead_start += 1
    return found


def _dateline_match(text: str, unit: _Unit) -> _Dateline | None:
    start, end = unit.start, unit.end
    content = text[start:end]
    match = p.DATELINE_PAREN.match(content)
    if match and (p.OUTLET_HINT.search(match.group("outlet")) or match.group("outlet").isupper()):
        return _Dateline(
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
            return _Dateline(True, b_span, a_span, start + match.end())
        if b_outlet or a.isupper() or b.isupper():
            return _Dateline(True, a_span, b_span, start + match.end())
    match = p.DATELINE_OUTLET.match(content)
    if match:
        span = (start + match.start("outlet"), start + match.end("outlet"))
        return _Dateline(True, None, span, start + match.end())
    match = p.DATELINE_PLACE.match(content) or p.DATELINE_PLACE_TITLE.match(content)
    if match:
        span = (start + match.start("place"), start + match.end("place"))
        return _Dateline(False, span, None, start + match.end())
    match = p.DATELINE_GLUED.match(content)
    if match:
        outlet = match.group("outlet")
        letters = sum(ch.isalpha() for ch in outlet)
        if letters >= 4 and any(ch.islower() for ch in content):
            span = (start + match.start("outlet"), start + match.end("outlet"))
            return _Dateline(True, None, span, start + match.end())
    return None


def _related_rest(unit: _Unit) -> str:
    match = unit.line.match
    if match is None:
        return ""
    return match.group("rest") or match.group("rest2") or ""


def _pair_partners(text: str, units: list[_Unit]) -> list[_Unit]:
    """Attach a lone photo credit to the caption before it, and a bare "Baca juga:" to its title."""
    result: list[_Unit] = []
    index = 0
    while index < len(units):
        unit = units[index]
        if unit.kind == "lone_credit" and result and result[-1].kind in {"body", "weak"}:
            previous = result[-1]
            dateline = _dateline(text, previous)
            if not (dateline and dateline.strong) and len(previous.lines) <= 3:
                unit.partner = result.pop()
        if unit.kind == "related" and not any(ch.isalnum() for ch in _related_rest(unit)):
            following = units[index + 1] if index + 1 < len(units) else None
            if (
                following is not None
                and following.kind in {"body", "weak"}
                and len(following.lines) == 1
                and _words(text[following.start : following.end]) <= RELATED_TITLE_MAX_WORDS
            ):
                unit.partner = following
                index += 1
            else:
                unit.kind = "body"  # a label with no title: keep it as the reporter wrote it
        result.append(unit)
        index += 1
    return result


def _plan(text: str, units: list[_Unit]) -> _Dateline | None:
    """Decide which units are subheadline, lead, captions and paragraphs."""
    candidates = [u for u in units if u.kind in {"body", "weak"}]
    if candidates and not any(u.kind == "body" for u in candidates):
        candidates[0].kind = "body"
    lead: _Unit | None = None
    found: _Dateline | None = None
    body_before = 0
    for position, unit in enumerate(candidates):
        dateline = _dateline(text, unit)
        if dateline and (unit.kind == "body" or dateline.strong):
            if body_before <= 1:
                found = dateline
                if dateline.lead_start >= unit.end:
                    unit.role = "dateline"
                    rest = [u for u in candidates[position + 1 :] if u.kind == "body"]
                    lead = rest[0] if rest else None
                else:
                    lead = unit
            break
        if unit.kind == "body":
            body_before += 1
            if body_before > 1:
                break
    bodies = [u for u in candidates if u.kind == "body"]
    if lead is None and bodies:
        found = None
        first = bodies[0]
        lead = first
        if len(bodies) > 1 and len(first.lines) == 1:
            words = text[first.start : first.end]
            if _words(words) <= SUBHEADLINE_MAX_WORDS and not p.SENTENCE_END.search(words):
                first.role = "subheadline"
                lead = bodies[1]
    elif lead is not None:
        before = [u for u in candidates if u.kind == "body" and u.start < lead.start]
        for unit in before:
            if unit.role != "dateline":
                unit.role = "subheadline"
                break
    if lead is not None:
        lead.role = "lead"
    reached_lead = lead is None
    for unit in units:
        if unit is lead:
            reached_lead = True
            continue
        if unit.role:
            continue
        if unit.kind == "weak":
            unit.role = "paragraph" if reached_lead else "caption"
        elif unit.kind == "body":
            unit.role = "paragraph"
    return found


def _marks(state: _State, start: int, end: int) -> list[Mark]:
    """Source marks over ``[start, end)``, relative to ``start`` (bisect: pages have thousands)."""
    index = state.mark_index
    position = bisect_left(index.starts, start - index.longest)
    marks = []
    while position < len(index.marks) and index.marks[position].start < end:
        mark = index.marks[position]
        s, e = max(mark.start, start), min(mark.end, end)
        if e > s:
            marks.append(Mark(s - start, e - start, mark.kind, mark.href))
        position += 1
    return marks


def _emit_caption(state: _State, match: re.Match[str], offset: int) -> None:
    ledger, story = state.ledger, state.story
    index = len(story.photos)
    photo = Photo()
    caption = match.group("caption")
    if caption.strip():
        start = offset + match.start("caption")
        end = offset + match.end("caption")
        while end > start and ledger.source[end - 1].isspace():
            end -= 1
        photo.caption = ledger.take(start, end, CAPTION, index)
    photo.credit = ledger.take(
        offset + match.start("credit"), offset + match.end("credit"), PHOTO_CREDIT, index
    )
    story.photos.append(photo)


def _emit_related(state: _State, unit: _Unit) -> None:
    ledger, story, text = state.ledger, state.story, state.ledger.source
    match = unit.line.match
    assert match is not None
    group = "rest" if match.group("rest") is not None else "rest2"
    offset = unit.start
    if unit.partner is None:
        rest_start, rest_end = offset + match.start(group), offset + match.end(group)
    else:
        rest_start, rest_end = unit.partner.start, unit.partner.end
    index = len(story.related)
    link = RelatedLink(title="", placement="inline")
    link.after_paragraph = len(story.paragraphs) - 1 if story.paragraphs else AFTER_LEAD
    url = p.URL.search(text, rest_start, rest_end)
    title_start, title_end = rest_start, rest_end
    if url:
        link.url = ledger.take(url.start(), url.end(), RELATED_URL, index)
        before = text[rest_start : url.start()]
        if before.strip(" \t-–—|:(["):
            title_end = url.start()
        else:
            title_start = url.end()
    while title_start < title_end and text[title_start] in " \t-–—|:([)]":
        title_start += 1
    while title_end > title_start and text[title_end - 1] in " \t-–—|:([)]":
        title_end -= 1
    if title_end > title_start:
        link.title = ledger.take(title_start, title_end, RELATED_TITLE, index)
        if not link.url:
            for mark in _marks(state, title_start, title_end):
                if mark.kind == "link" and mark.href and p.WEB_URL.match(mark.href):
                    link.url = mark.href
                    break
    story.related.append(link)
    ledger.fill(unit.start, unit.end)
    if unit.partner is not None:
        ledger.fill(unit.partner.start, unit.partner.end)


def _emit_credits(state: _State, unit: _Unit) -> None:
    ledger, story = state.ledger, state.story
    pairs = _credit_pairs(ledger.source, unit.start, unit.end) or []
    for key_start, key_end, value_start, value_end in pairs:
        index = len(story.credits)
        label = ledger.take(key_start, key_end, CREDIT_KEY, index)
        key = credit_key(label, story.credits)
        story.credits[key] = ledger.take(value_start, value_end, CREDIT_VALUE, index)
    ledger.fill(unit.start, unit.end)


def _trailing_end_mark(state: _State, units: list[_Unit]) -> None:
    """``... ujarnya. (*)``: an end mark written at the end of the last paragraph."""
    if any(u.kind == "end" for u in units):
        return
    body = [u for u in units if u.role in {"lead", "paragraph"}]
    if not body:
        return
    last = body[-1]
    text = state.ledger.source
    match = p.TRAILING_END_MARK.search(text, last.start, last.end)
    if match is None:
        return
    state.story.end_mark = state.ledger.take(match.start("mark"), match.end("mark"), END_MARK)
    stop = match.start()
    last.lines[-1] = _Line(last.lines[-1].start, stop, last.lines[-1].gap_before)
    if last.lines[-1].end <= last.lines[-1].start:
        last.lines.pop()
        if not last.lines:
            units.remove(last)


def _emit(state: _State, units: list[_Unit], dateline: _Dateline | None) -> None:
    ledger, story = state.ledger, state.story
    if dateline is not None:
        place = outlet = ""
        if dateline.place:
            place = ledger.take(*dateline.place, PLACE)
        if dateline.outlet:
            outlet = ledger.take(*dateline.outlet, OUTLET)
        story.dateline = Dateline(place=place, outlet=outlet)
    for unit in units:
        if unit.role == "dateline" or (unit.role == "lead" and dateline is not None):
            if unit.role == "lead" and dateline is not None and dateline.lead_start > unit.start:
                story.lead = ledger.take(dateline.lead_start, unit.end, LEAD)
                ledger.fill(unit.start, dateline.lead_start)
            elif unit.role == "lead":
                story.lead = ledger.take(unit.start, unit.end, LEAD)
            else:
                ledger.fill(unit.start, unit.end)
        elif unit.role == "lead":
            story.lead = ledger.take(unit.start, unit.end, LEAD)
        elif unit.role == "subheadline":
            story.subheadline = ledger.take(unit.start, unit.end, SUBHEADLINE)
        elif unit.role == "paragraph":
            index = len(story.paragraphs)
            paragraph_text = ledger.take(unit.start, unit.end, PARAGRAPH, index)
            story.paragraphs.append(
                Paragraph(text=paragraph_text, marks=_marks(state, unit.start, unit.end))
            )
        elif unit.role == "caption" or unit.kind == "caption":
            assert unit.line.match is not None
            _emit_caption(state, unit.line.match, unit.start)
            ledger.fill(unit.start, unit.end)
        elif unit.kind == "lone_credit":
            match = unit.line.match
            assert match is not None
            index = len(story.photos)
            photo = Photo()
            if unit.partner is not None:
                partner = unit.partner
                photo.caption = ledger.take(partner.start, partner.end, CAPTION, index)
            photo.credit = ledger.take(
                unit.start + match.start("credit"),
                unit.start + match.end("credit"),
                PHOTO_CREDIT,
                index,
            )
            story.photos.append(photo)
            ledger.fill(unit.start, unit.end)
        elif unit.kind == "related":
            _emit_related(state, unit)
        elif unit.kind == "credit":
            _emit_credits(state, unit)
        elif unit.kind == "end":
            if story.end_mark:
                ledger.drop(unit.start, unit.end, "tanda akhir ganda")
            else:
                story.end_mark = ledger.take(unit.start, unit.end, END_MARK)
        elif unit.kind == "byline":
            match = unit.line.match
            assert match is not None
            if story.byline or story.lead:
                index = len(story.paragraphs)
                story.paragraphs.append(
                    Paragraph(text=ledger.take(unit.start, unit.end, PARAGRAPH, index))
                )
            else:
                story.byline = ledger.take(
                    unit.start + match.start("name"), unit.start + match.end("name"), BYLINE
                )
                ledger.fill(unit.start, unit.end)
        elif unit.kind == "boiler":
            ledger.drop(unit.start, unit.end, unit.line.reason)


def recognise(source: SourceText) -> tuple[Story, ImportReport]:
    """The story in ``source.text`` and a report that places every character of it."""
    text = source.text
    ledger = Ledger(text)
    state = _State(ledger, source)
    lines = _lines(text)
    for line in lines:
        _classify(text, line)
    position = 0
    while position < len(lines) and lines[position].kind == "boiler":
        line = lines[position]
        ledger.drop(line.start, line.end, line.reason)
        position += 1
    if position < len(lines) and _words(text[lines[position].start : lines[position].end]) <= (
        HEADLINE_MAX_WORDS
    ):
        headline = lines[position]
        start = headline.start
        heading = p.MARKDOWN_HEADING.match(text, start, headline.end)
        if heading and heading.end() < headline.end:
            start = heading.end()
        state.story.headline = ledger.take(start, headline.end, HEADLINE)
        ledger.fill(headline.start, headline.end)
        position += 1
    units = _pair_partners(text, _group(lines[position:]))
    dateline = _plan(text, units)
    _trailing_end_mark(state, units)
    _emit(state, units, dateline)
    segments, dropped = ledger.finish()
    report = ImportReport(
        source_format=source.format,
        encoding=source.encoding,
        characters=len(text),
        segments=segments,
        dropped=dropped,
    )
    if not state.story.headline:
        report.warnings.append("Judul tidak ditemukan.")
    if not state.story.lead:
        report.warnings.append("Teras berita (lead) tidak ditemukan.")
    if any(d.reason == "tidak dikenali" for d in dropped):
        report.warnings.append("Sebagian teks tidak dikenali dan dicantumkan sebagai dibuang.")
    return state.story, report
