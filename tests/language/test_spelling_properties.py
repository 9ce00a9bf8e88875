"""Properties over arbitrary text: no crash, spans inside the text, tokens match the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaksi.language.defaults import build_checker
from redaksi.language.spelling import suggest
from redaksi.language.spelling.lexicon import default_lexicon
from redaksi.language.textcheck import check_text
from redaksi.language.tokens import tokenize

CHECKER = build_checker()
# Indonesian-looking text with the odd accented, non-Latin, astral or control character.
ALPHABET = st.sampled_from(
    list("abcdeghiklmnoprstuyABDIJKMPS -'’.,!?\"()\n2") + list("éōāçñ東Мب😀²\u200b\t")
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(ALPHABET, max_size=80))
def test_any_text_checks_without_crashing(text: str) -> None:
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
    for finding in check_text(CHECKER, text):
        assert 0 <= finding.start < finding.end <= len(text)
        if finding.issue_type != "whitespace":  # style rules flag double spaces themselves
            assert text[finding.start : finding.end].strip()


def test_more_suggestions_adds_hunspell_after_ranked_ones() -> None:
    lexicon = default_lexicon()
    ranked = suggest.rank("tersebu", lexicon)
    more = suggest.more("tersebu", lexicon)
    assert more[: len(ranked)] == ranked[: len(more)]
    assert len(more) >= len(ranked)


def test_paragraph_offsets_in_a_multiline_text() -> None:
    text = "Baris pertama benar.\r\n\r\nDelapn tim datang.\nHal tersebu terjadi."
    words = [text[f.start : f.end] for f in check_text(CHECKER, text)]
    assert words == ["Delapn", "tersebu"]


def test_segments_from_an_importer_map_back_to_file_offsets() -> None:
    from redaksi.language.textcheck import Segment, check_segments

    file_text = (
        "<h1>Banjir di Jakrta</h1>\n<p>Iklan: beli sekarang jugaa!</p>\n<p>Warga tersebu pergi.</p>"
    )
    headline = file_text.index("Banjir")
    body = file_text.index("Warga")
    segments = [  # the boilerplate advert is not a segment, so it is not checked
        Segment(headline, "Banjir di Jakrta", "headline"),
        Segment(body, "Warga tersebu pergi.", "body"),
    ]
    words = [file_text[f.start : f.end] for f in check_segments(CHECKER, segments)]
    assert words == ["Jakrta", "tersebu"]
