"""Turn the raw text of a draft into a structured :class:`Story`, accounting for every character.

The recogniser works on lines.  Each line is first classified on its own (boilerplate,
related-story line, credit line, photo caption, end mark, ...); then body lines are grouped
into paragraphs, the headline, subheadline, dateline and lead are found from their order,
and every range of the source is booked to a story field or to the dropped list through a
:class:`Ledger`.  Body text is never rewritten: a paragraph is an exact slice of the source,
so quotes, typos and line breaks survive as the reporter wrote them.

Conventions of the result: the lead is kept without its dateline (``story.dateline`` holds
place and outlet); photos carry caption and credit only (no image bytes, ``sha256`` None);
an inline "Baca juga" line becomes ``RelatedLink(placement="inline", after_paragraph=i)``
where ``i`` indexes ``story.paragraphs`` and ``-1`` means "right after the lead"; credit
lines fill ``story.credits`` with lower-case labels (``pewarta``, ``editor``, a repeated
label as ``editor_2``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from redaksi.story.importing import patterns as p
from redaksi.story.importing.dateline import DatelineMatch, find_dateline
from redaksi.story.importing.ledger import Ledger
from redaksi.story.importing.lines import (
    Line,
    Unit,
    attach_hints,
    classify,
    credit_pairs,
    group_units,
    related_rest,
    split_lines,
    word_count,
)
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
    TAG,
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
HTML_FORMATS = {"html", "clipboard-html"}
PAGE_TOP = "menu halaman sebelum judul"
PARTNER_KINDS = {"body", "weak", "plain_caption"}
RELATED_TITLE_MAX_WORDS = 25


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


def _pair_partners(text: str, units: list[Unit]) -> list[Unit]:
    """Attach a lone photo credit to the caption before it, and a bare "Baca juga:" to its title."""
    result: list[Unit] = []
    index = 0
    while index < len(units):
        unit = units[index]
        if unit.kind == "lone_credit" and result and result[-1].kind in PARTNER_KINDS:
            previous = result[-1]
            dateline = find_dateline(text, previous)
            if not (dateline and dateline.strong) and len(previous.lines) <= 3:
                unit.partner = result.pop()
        if unit.kind == "related" and not any(ch.isalnum() for ch in related_rest(unit)):
            following = units[index + 1] if index + 1 < len(units) else None
            if (
                following is not None
                and following.kind in {"body", "weak"}
                and len(following.lines) == 1
                and word_count(text[following.start : following.end]) <= RELATED_TITLE_MAX_WORDS
            ):
                unit.partner = following
                index += 1
            else:
                unit.kind = "body"  # a label with no title: keep it as the reporter wrote it
        result.append(unit)
        index += 1
    return result


def _plan(text: str, units: list[Unit]) -> DatelineMatch | None:
    """Decide which units are subheadline, lead, captions and paragraphs."""
    candidates = [u for u in units if u.kind in {"body", "weak"}]
    if candidates and not any(u.kind == "body" for u in candidates):
        candidates[0].kind = "body"
    lead: Unit | None = None
    found: DatelineMatch | None = None
    body_before = 0
    for position, unit in enumerate(candidates):
        dateline = find_dateline(text, unit)
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
            short = word_count(words) <= SUBHEADLINE_MAX_WORDS and not p.SENTENCE_END.search(words)
            if short or first.line.hint == "subhead":
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


def _emit_related(state: _State, unit: Unit) -> None:
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


def _emit_credits(state: _State, unit: Unit) -> None:
    ledger, story = state.ledger, state.story
    pairs = credit_pairs(ledger.source, unit.start, unit.end) or []
    for key_start, key_end, value_start, value_end in pairs:
        index = len(story.credits)
        label = ledger.take(key_start, key_end, CREDIT_KEY, index)
        key = credit_key(label, story.credits)
        story.credits[key] = ledger.take(value_start, value_end, CREDIT_VALUE, index)
    ledger.fill(unit.start, unit.end)


def _emit_tags(state: _State, unit: Unit) -> None:
    """``Tags: banjir, Semarang`` → ``story.tags`` (separators and the label are markers)."""
    ledger, story = state.ledger, state.story
    match = unit.line.match
    assert match is not None
    rest_start = unit.start + match.start("rest")
    position = rest_start
    for separator in [*p.TAG_SEPARATOR.finditer(ledger.source, rest_start, unit.end), None]:
        stop = separator.start() if separator else unit.end
        start, end = position, stop
        while start < end and ledger.source[start].isspace():
            start += 1
        while end > start and ledger.source[end - 1].isspace():
            end -= 1
        if end > start:
            story.tags.append(ledger.take(start, end, TAG, len(story.tags)))
        position = separator.end() if separator else unit.end
    ledger.fill(unit.start, unit.end)


def _trailing_end_mark(state: _State, units: list[Unit]) -> None:
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
    last.lines[-1] = Line(last.lines[-1].start, stop, last.lines[-1].gap_before)
    if last.lines[-1].end <= last.lines[-1].start:
        last.lines.pop()
        if not last.lines:
            units.remove(last)


def _emit(state: _State, units: list[Unit], dateline: DatelineMatch | None) -> None:
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
            hint = unit.line.hint
            story.paragraphs.append(
                Paragraph(
                    text=paragraph_text,
                    kind=hint if hint in {"quote", "subhead"} else "p",  # type: ignore[arg-type]
                    marks=_marks(state, unit.start, unit.end),
                )
            )
        elif unit.kind == "plain_caption":
            index = len(story.photos)
            story.photos.append(Photo(caption=ledger.take(unit.start, unit.end, CAPTION, index)))
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
        elif unit.kind == "tags":
            _emit_tags(state, unit)
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


def _skip_page_top(ledger: Ledger, source: SourceText, lines: list[Line]) -> list[Line]:
    """On a web page, menus before the ``<h1>`` are dropped (listed); captions there are kept."""
    if source.format not in HTML_FORMATS:
        return lines
    first = next((i for i, line in enumerate(lines) if line.hint == "headline"), None)
    if not first:
        return lines
    kept: list[Line] = []
    for line in lines[:first]:
        if line.kind in {"caption", "plain_caption", "lone_credit"}:
            kept.append(line)
        elif line.kind == "boiler":
            ledger.drop(line.start, line.end, line.reason)
        else:
            ledger.drop(line.start, line.end, PAGE_TOP)
    headline = lines[first]
    return [headline, *kept, *lines[first + 1 :]]


def recognise(source: SourceText) -> tuple[Story, ImportReport]:
    """The story in ``source.text`` and a report that places every character of it."""
    text = source.text
    ledger = Ledger(text)
    state = _State(ledger, source)
    lines = split_lines(text)
    for line in lines:
        classify(text, line)
    attach_hints(lines, source.hints)
    lines = _skip_page_top(ledger, source, lines)
    position = 0
    while position < len(lines) and lines[position].kind == "boiler":
        line = lines[position]
        ledger.drop(line.start, line.end, line.reason)
        position += 1
    if position < len(lines) and word_count(text[lines[position].start : lines[position].end]) <= (
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
    units = _pair_partners(text, group_units(lines[position:]))
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
