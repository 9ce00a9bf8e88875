"""The literal prefilter must never skip a paragraph a pattern would match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from redaksi.language.style import StyleSource, load_rule_sets
from redaksi.language.style.engine import TOKEN
from redaksi.language.style.evaluation import load_corpus
from redaksi.language.style.needles import needles, word_needles

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.tsv"))


def test_needles_of_simple_patterns() -> None:
    assert needles(r"\b(?:dll|hlm)\b") == {"dll", "hlm"}
    assert word_needles(r"\b(?:dll|dsb)\b") == {"dll", "dsb"}
    assert needles(r"Rp\.? +\d") == {"rp"}
    assert needles(r"(?<=\S)[ \t]{2,}") is None
    assert word_needles(r"\b(?P<b>antar|anti)[ -]\w+") == {"antar", "anti"}
    assert word_needles(r"\b(?P<p>di|ke)(?P<n>[A-Z][a-z]+)") is None
    assert word_needles(r"(?<![\w-])(?:agar\s+supaya|demi\s+untuk)(?![\w-])") == {"agar", "demi"}
    assert word_needles(r"(?<=, )di mana") is None


def test_prefilter_never_hides_a_match() -> None:
    source = StyleSource()
    texts = [t for rs in load_rule_sets() for r in rs.rules for t in r.examples.match]
    texts += [case.text for case in load_corpus(CORPUS)]
    for branch in source.compiled._branches:
        for text in texts:
            if not branch.own.search(text):
                continue
            lower = text.lower()
            words = {w.lower() for w in TOKEN.findall(text)}
            where = f"{branch.rule.id} {branch.own.pattern[:40]!r} on {text!r}"
            if branch.words is not None:
                assert not branch.words.isdisjoint(words), where
            if branch.needles is not None:
                assert any(n in lower for n in branch.needles), where


@pytest.mark.parametrize(
    "text", ["Anak anak bermain.", "Ia pergi ke ke pasar.", "Warga tolong menolong."]
)
def test_back_reference_rules_are_tried_where_words_repeat(text: str) -> None:
    found = StyleSource().check(text)
    assert any(re.search(r"ULANG|GANDA", f.rule_id) for f in found)
