"""Every rule's own examples, run automatically: a rule without passing examples cannot land."""

from __future__ import annotations

import pytest

from redaksi.language.style import StyleSource, check_story, load_rule_sets
from redaksi.language.style.rule import PARTS, Rule
from redaksi.story.model import Photo, Story

ALL_RULES = [rule for rule_set in load_rule_sets() for rule in rule_set.rules]


@pytest.fixture(scope="module")
def source() -> StyleSource:
    return StyleSource()


def _scope(rule: Rule) -> str:
    return "body" if "body" in rule.scope else next(p for p in PARTS if p in rule.scope)


def _story_for(rule: Rule, text: str) -> Story:
    if "caption" in rule.scope:
        return Story(headline="Judul", photos=[Photo(caption=text)])
    return Story(headline="Judul", lead=text)


def _hits(source: StyleSource, rule: Rule, text: str) -> list:
    if rule.kind == "required":
        found = [sf.finding for sf in check_story(_story_for(rule, text), source)]
    else:
        found = source.check(text, _scope(rule))
    return [f for f in found if f.rule_id == rule.id]


def test_rules_were_loaded() -> None:
    assert len({rule.set for rule in ALL_RULES}) >= 12
    assert len({rule.id for rule in ALL_RULES}) == len(ALL_RULES)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_has_examples_both_ways(rule: Rule) -> None:
    assert rule.examples.match, f"{rule.id} has no examples that must match"
    assert rule.examples.no_match, f"{rule.id} has no examples that must not match"
    assert rule.message and rule.norm, f"{rule.id} needs a message and the norm it rests on"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_flags_its_match_examples(rule: Rule, source: StyleSource) -> None:
    for text in rule.examples.match:
        hits = _hits(source, rule, text)
        assert hits, f"{rule.id} did not flag: {text!r}"
        for hit in hits:
            assert hit.level == rule.level and hit.category == rule.category
            assert hit.message and "{" not in hit.message


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_leaves_no_match_examples_alone(rule: Rule, source: StyleSource) -> None:
    for text in rule.examples.no_match:
        hits = _hits(source, rule, text)
        assert not hits, f"{rule.id} wrongly flagged {[text[h.start : h.end] for h in hits]}"


@pytest.mark.parametrize(
    "rule", [r for r in ALL_RULES if r.kind not in ("occurrence", "required")], ids=lambda r: r.id
)
def test_applying_the_replacements_silences_the_rule(rule: Rule, source: StyleSource) -> None:
    for text in rule.examples.match:
        hits = _hits(source, rule, text)
        if not all(h.replacements for h in hits):
            continue
        fixed = text
        for hit in sorted(hits, key=lambda h: h.start, reverse=True):
            fixed = fixed[: hit.start] + hit.replacements[0] + fixed[hit.end :]
        assert not _hits(source, rule, fixed), f"{rule.id}: {fixed!r} still flagged"
