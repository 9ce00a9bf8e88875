"""Recall on the hand-written error corpus (apart from the rules' own examples)."""

from __future__ import annotations

from pathlib import Path

from redaksi.language.style import StyleSource, load_rule_sets
from redaksi.language.style.evaluation import load_corpus, missed_cases

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.tsv"))


def test_corpus_is_large_and_names_real_rules() -> None:
    cases = load_corpus(CORPUS)
    assert len(cases) >= 300
    known = {rule.id for rule_set in load_rule_sets() for rule in rule_set.rules}
    assert {case.rule_id for case in cases} <= known
    examples = {t for rs in load_rule_sets() for r in rs.rules for t in r.examples.match}
    assert not examples & {case.text for case in cases}


def test_recall_on_the_corpus_is_at_least_95_percent() -> None:
    cases = load_corpus(CORPUS)
    missed = missed_cases(cases, StyleSource())
    assert len(missed) <= len(cases) * 0.05, [(c.origin, c.text, c.rule_id) for c in missed]
