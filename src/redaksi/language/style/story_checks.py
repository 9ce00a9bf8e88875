"""Checks over a whole story: every part with its own scope, plus what only a story knows.

A caption needs a credit unless the photo has one in its own field; the lead needs a
dateline unless the story's dateline field is filled; a foreign word already set in italics
needs no "tulis miring" suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redaksi.language.findings import Finding
from redaksi.language.style.engine import CompiledStyle
from redaksi.language.style.rule import Rule
from redaksi.language.style.source import StyleSource
from redaksi.story.model import Mark, Story

ITALIC_RULES = frozenset({"ID_ASING_MIRING"})


@dataclass(frozen=True)
class StoryFinding:
    """A finding in one part of a story; ``index`` is the paragraph or photo number."""

    part: str
    index: int
    finding: Finding


def _italic(marks: list[Mark], start: int, end: int) -> bool:
    return any(m.kind == "italic" and m.start <= start and end <= m.end for m in marks)


def _required(rule: Rule, text: str) -> bool:
    """True when ``text`` holds what ``rule`` requires."""
    flags = re.IGNORECASE if rule.ignorecase else 0
    return any(re.search(pattern, text, flags) for pattern, _ in rule.patterns)


def _missing(rule: Rule, text: str) -> Finding:
    end = len(text) if text else 0
    compiled_message = rule.render("", "")
    return Finding(
        start=0,
        end=end,
        rule_id=rule.id,
        message=compiled_message,
        category=rule.category,
        issue_type=rule.issue_type,
        level=rule.level,
        short_message=rule.short,
        description=rule.description,
        rule_set=rule.set,
        norm=rule.norm,
        source="gaya",
    )


def _required_findings(compiled: CompiledStyle, story: Story) -> list[StoryFinding]:
    found = []
    for rule in compiled.required:
        if "caption" in rule.scope:
            for index, photo in enumerate(story.photos):
                if rule.satisfied_by == "credit" and (photo.credit or photo.photographer):
                    continue
                if not _required(rule, photo.caption):
                    found.append(StoryFinding("caption", index, _missing(rule, photo.caption)))
        if "lead" in rule.scope:
            if rule.satisfied_by == "dateline" and story.dateline:
                continue
            if not _required(rule, story.lead):
                found.append(StoryFinding("lead", 0, _missing(rule, story.lead)))
    return found


def check_story(story: Story, source: StyleSource) -> list[StoryFinding]:
    """Every style finding of ``story``, part by part, in reading order."""
    found: list[StoryFinding] = []
    compiled = source.compiled
    parts = [
        ("headline", 0, story.headline),
        ("subheadline", 0, story.subheadline),
        ("lead", 0, story.lead),
    ]
    for part, index, text in parts:
        if text:
            found.extend(
                StoryFinding(part, index, f) for f in source.check_paragraph(text, part, compiled)
            )
    for index, paragraph in enumerate(story.paragraphs):
        for finding in source.check_paragraph(paragraph.text, "body", compiled):
            if finding.rule_id in ITALIC_RULES and _italic(
                paragraph.marks, finding.start, finding.end
            ):
                continue
            found.append(StoryFinding("body", index, finding))
    for index, photo in enumerate(story.photos):
        for part, text in (("caption", photo.caption), ("alt_text", photo.alt_text)):
            if text:
                found.extend(
                    StoryFinding(part, index, f)
                    for f in source.check_paragraph(text, part, compiled)
                )
    found.extend(_required_findings(compiled, story))
    return found
