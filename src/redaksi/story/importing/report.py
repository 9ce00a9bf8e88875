"""The import report: where every character of the draft went.

The recogniser partitions the source text into :class:`Segment` ranges.  Each range is a
story field (headline, lead, paragraph 3, photo 1's credit, ...), a dropped piece of web
boilerplate (also listed in :attr:`ImportReport.dropped` for the reporter to see), a
structural marker the recogniser consumed (``Baca juga:``, ``(FOTO: ``, the dash after a
dateline) or whitespace between parts.  :func:`verify_accounting` checks the partition
against the finished story, so "no word is ever lost" is a property the tests can prove.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from redaksi.story.importing.source import SourceText
from redaksi.story.model import Story

# Roles of a segment.  Indexed roles carry the index of the paragraph/photo/link/credit.
HEADLINE = "headline"
SUBHEADLINE = "subheadline"
BYLINE = "byline"
PLACE = "dateline.place"
OUTLET = "dateline.outlet"
LEAD = "lead"
PARAGRAPH = "paragraph"
CAPTION = "photo.caption"
PHOTO_CREDIT = "photo.credit"
RELATED_TITLE = "related.title"
RELATED_URL = "related.url"
END_MARK = "end_mark"
CREDIT_KEY = "credit.key"
CREDIT_VALUE = "credit.value"
TAG = "tag"
DROPPED = "dropped"
MARKER = "marker"
SPACE = "space"

# What a marker may contain: a label the recogniser consumed and punctuation, no other words.
_MARKER = re.compile(
    r"^[\W_]*"
    r"(?:(?:baca|lihat|simak|cek)\s+(?:juga|pula)|artikel\s+terkait|berita\s+terkait|"
    r"foto|photo|ft|oleh|laporan\s+(?:wartawan|reporter|kontributor)|tags?|topik|label)?"
    r"[\W_]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    """``source[start:end]`` belongs to ``role`` (with ``index`` for repeated parts)."""

    start: int
    end: int
    role: str
    index: int = 0


@dataclass(frozen=True)
class Dropped:
    """A piece of the draft left out of the story, shown to the reporter with the reason."""

    text: str
    reason: str
    start: int


@dataclass
class ImportReport:
    """What the importer did with a draft."""

    source_format: str = "text"
    encoding: str = ""
    characters: int = 0
    segments: list[Segment] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def text_of(self, source: str, role: str, index: int = 0) -> str:
        """The source text assigned to one field (joined in source order)."""
        return "".join(
            source[s.start : s.end] for s in self.segments if s.role == role and s.index == index
        )


def _story_fields(story: Story) -> dict[tuple[str, int], str]:
    fields: dict[tuple[str, int], str] = {
        (HEADLINE, 0): story.headline,
        (SUBHEADLINE, 0): story.subheadline,
        (BYLINE, 0): story.byline,
        (PLACE, 0): story.dateline.place,
        (OUTLET, 0): story.dateline.outlet,
        (LEAD, 0): story.lead,
        (END_MARK, 0): story.end_mark,
    }
    for i, paragraph in enumerate(story.paragraphs):
        fields[(PARAGRAPH, i)] = paragraph.text
    for i, photo in enumerate(story.photos):
        fields[(CAPTION, i)] = photo.caption
        fields[(PHOTO_CREDIT, i)] = photo.credit
    for i, link in enumerate(story.related):
        fields[(RELATED_TITLE, i)] = link.title
        fields[(RELATED_URL, i)] = link.url
    for i, tag in enumerate(story.tags):
        fields[(TAG, i)] = tag
    for i, (key, value) in enumerate(story.credits.items()):
        fields[(CREDIT_KEY, i)] = key
        fields[(CREDIT_VALUE, i)] = value
    return fields


def credit_key(label: str, taken: dict[str, str]) -> str:
    """Dictionary key for a credit label; a repeated label gets ``_2``, ``_3``, ..."""
    base = " ".join(label.lower().split())
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}_{n}"
    return key


def verify_accounting(source: str | SourceText, story: Story, report: ImportReport) -> list[str]:
    """Problems in how ``report`` accounts for ``source``; empty when every character is placed.

    Checks that the segments tile the source exactly, that every story field is exactly the
    source text assigned to it (nothing lost, nothing invented), that every dropped segment
    is listed in ``report.dropped``, and that markers and spaces hold no words.  A related
    link's URL may also come from a link mark of the source (``<a href>`` in HTML or Word).
    """
    hrefs = set()
    if isinstance(source, SourceText):
        hrefs = {mark.href for mark in source.marks if mark.kind == "link" and mark.href}
        source = source.text
    problems: list[str] = []
    position = 0
    for segment in sorted(report.segments, key=lambda s: (s.start, s.end)):
        if segment.start != position:
            kind = "tumpang tindih" if segment.start < position else "tidak tercatat"
            problems.append(f"karakter {position}–{segment.start} {kind}")
        if segment.end <= segment.start:
            problems.append(f"segmen kosong di {segment.start} ({segment.role})")
        position = max(position, segment.end)
    if position != len(source):
        problems.append(f"karakter {position}–{len(source)} tidak tercatat")

    joined: dict[tuple[str, int], list[str]] = defaultdict(list)
    dropped_segments: list[Segment] = []
    for segment in sorted(report.segments, key=lambda s: s.start):
        piece = source[segment.start : segment.end]
        if segment.role == SPACE:
            if piece.strip():
                problems.append(f"segmen spasi berisi teks: {piece!r}")
        elif segment.role == MARKER:
            if not _MARKER.match(piece):
                problems.append(f"penanda berisi kata: {piece!r}")
        elif segment.role == DROPPED:
            dropped_segments.append(segment)
        else:
            joined[(segment.role, segment.index)].append(piece)

    fields = _story_fields(story)
    for key, pieces in joined.items():
        text = "".join(pieces)
        if key not in fields:
            problems.append(f"teks {key} tidak ada di cerita: {text!r}")
            continue
        expected = fields[key]
        if key[0] == CREDIT_KEY:
            expected = expected.rsplit("_", 1)[0] if re.search(r"_\d+$", expected) else expected
            text = " ".join(text.lower().split())
        if text != expected:
            problems.append(f"{key[0]}[{key[1]}] berbeda: {expected!r} != sumber {text!r}")
    for key, value in fields.items():
        if key[0] == RELATED_URL and value in hrefs:
            continue
        if value and key not in joined:
            problems.append(f"{key[0]}[{key[1]}] tidak berasal dari sumber: {value!r}")

    listed = sorted(report.dropped, key=lambda d: d.start)
    if len(listed) != len(dropped_segments):
        problems.append(
            f"{len(dropped_segments)} segmen dibuang tetapi {len(listed)} tercantum di laporan"
        )
    for segment, item in zip(dropped_segments, listed, strict=False):
        piece = source[segment.start : segment.end]
        if item.text != piece or item.start != segment.start:
            problems.append(f"daftar dibuang tidak cocok: {item.text!r} != {piece!r}")
    return problems
