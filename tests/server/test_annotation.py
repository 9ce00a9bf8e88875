"""Plain text and original positions of LanguageTool's annotated ``data``."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redaksi.server.annotation import AnnotatedText, parse_data
from redaksi.server.errors import BadRequest


def test_markup_is_skipped_and_interpret_as_is_checked() -> None:
    text = parse_data(
        json.dumps(
            {
                "annotation": [
                    {"text": "Satu"},
                    {"markup": "<br/>", "interpretAs": "\n"},
                    {"markup": "<b>"},
                    {"text": "dua"},
                    {"markup": "</b>"},
                ]
            }
        )
    )
    assert text.plain == "Satu\ndua"
    assert text.original == "Satu<br/><b>dua</b>"
    # "dua" starts after the markup and ends before the closing tag.
    assert text.locate(5, 8) == (text.original.index("dua"), 3)
    # A span over interpretAs covers the whole markup it stands for.
    assert text.locate(4, 5) == (4, len("<br/>"))
    assert text.locate(0, 8) == (0, text.original.index("</b>"))


def test_offsets_are_utf16_units_of_the_original() -> None:
    text = AnnotatedText([("😀", ""), ("a ", None), ("<i>", ""), ("b😀c", None)])
    assert text.plain == "a b😀c"
    offset, length = text.locate(2, 5)  # "b😀c"
    units = text.original.encode("utf-16-le")
    assert units[2 * offset : 2 * (offset + length)].decode("utf-16-le") == "b😀c"


def test_plain_text_data() -> None:
    text = parse_data('{"text": "Hal tersebu.", "metaData": {"EmailToAddress": "x"}}')
    assert text.plain == text.original == "Hal tersebu."
    assert not text.has_markup


@pytest.mark.parametrize("data", ['{"annotation": [null]}', '"teks"', '{"annotation": 3}'])
def test_malformed_annotations(data: str) -> None:
    with pytest.raises(BadRequest):
        parse_data(data)


_pieces = st.lists(
    st.one_of(
        st.tuples(st.text(min_size=1, max_size=6), st.none()),
        st.tuples(st.text(max_size=4), st.sampled_from(["", " ", "\n", "XY"])),
    ),
    max_size=12,
)


@given(_pieces)
def test_every_text_character_maps_to_itself(pieces: list) -> None:
    text = AnnotatedText(pieces)
    plain_at = 0
    original_at = 0
    for chars, interpret in pieces:
        shown = chars if interpret is None else interpret
        if interpret is None:
            for i, ch in enumerate(chars):
                start = text.original_index(plain_at + i)
                end = text.original_index(plain_at + i + 1, end=True)
                assert text.original[start:end] == ch
                assert start == original_at + i
        plain_at += len(shown)
        original_at += len(chars)
