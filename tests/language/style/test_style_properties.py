"""Properties over arbitrary text: valid spans, no no-op fixes, cache-independent results."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from redaksi.language.style import StyleSource

WORDS = st.sampled_from(
    [
        "di",
        "rumah",
        "dirumah",
        "Praktek",
        "praktik",
        "anak",
        "anak-anak",
        "2",
        "kira2",
        "Rp",
        "10.000",
        "%",
        ",",
        ".",
        " ,",
        "  ",
        "”",
        "“",
        "yang",
        "di mana",
        "apapun",
        "pukul",
        "10:00",
        "WIB",
        "Senin",
        "senin",
        "STNKnya",
        "non",
        "Indonesia",
        "😀",
        "sangat",
        "sekali",
        "agar",
        "supaya",
        "online",
        "menghimbau",
        "mempengaruhi",
    ]
)
TEXTS = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=40).map(" ".join)


@cache
def source() -> StyleSource:
    return StyleSource()


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from(["body", "headline", "lead", "caption"]))
def test_findings_are_valid_spans_with_real_fixes(text: str, scope: str) -> None:
    found = source().check(text, scope)
    for finding in found:
        assert 0 <= finding.start < finding.end <= len(text)
        for replacement in finding.replacements:
            assert replacement != text[finding.start : finding.end], finding.rule_id
    source().clear_cache()
    assert source().check(text, scope) == found
