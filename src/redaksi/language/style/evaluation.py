"""Measure the style rules: recall on an error corpus, false alarms on clean text.

Corpus files are TSV, ``sentence<TAB>RULE_ID``; a sentence may start with a story part
(``headline:``, ``lead:``, ``caption:``, ``story-lead:``) to be checked in that scope;
``caption:`` and ``story-lead:`` go through the story-level checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from redaksi.language.findings import Finding
from redaksi.language.style.source import StyleSource
from redaksi.language.style.story_checks import check_story
from redaksi.story.model import Photo, Story

_PARTS = ("headline", "subheadline", "lead", "caption", "story-lead", "body")


@dataclass(frozen=True)
class Case:
    """One corpus sentence, the story part it belongs to and the rule that must fire."""

    text: str
    part: str
    rule_id: str
    origin: str


def load_corpus(paths: Iterable[Path]) -> list[Case]:
    """Every case of the given TSV files (comment lines start with #)."""
    cases = []
    for path in paths:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            text, _, rule_id = line.rpartition("\t")
            part = "body"
            head, sep, rest = text.partition(":")
            if sep and head in _PARTS:
                part, text = head, rest
            cases.append(Case(text, part, rule_id.strip(), f"{path.name}:{number}"))
    return cases


def findings_for(case: Case, source: StyleSource) -> list[Finding]:
    """What the style source reports for ``case`` in its part."""
    if case.part == "caption":
        story = Story(headline="Judul", photos=[Photo(caption=case.text)])
        return [sf.finding for sf in check_story(story, source)]
    if case.part == "story-lead":
        return [sf.finding for sf in check_story(Story(headline="Judul", lead=case.text), source)]
    return source.check(case.text, case.part)


def missed_cases(cases: Iterable[Case], source: StyleSource) -> list[Case]:
    """Cases whose expected rule did not fire."""
    return [
        case
        for case in cases
        if not any(f.rule_id == case.rule_id for f in findings_for(case, source))
    ]
