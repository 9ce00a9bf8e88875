from hypothesis import given
from hypothesis import strategies as st

from redaksi.editing.offsets import Utf16Map, utf16_length


def test_bmp_text_maps_to_itself():
    m = Utf16Map("Jakarta, ibu kota")
    assert m.to_utf16(8) == 8
    assert m.to_code_point(8) == 8


def test_emoji_shifts_later_offsets():
    text = "Banjir 🌊 di Semarang"
    m = Utf16Map(text)
    index = text.index("di")
    assert m.to_utf16(index) == index + 1
    assert m.to_code_point(index + 1) == index
    # An offset inside the surrogate pair rounds down to the emoji itself.
    assert m.to_code_point(text.index("🌊") + 1) == text.index("🌊")


@given(st.text(alphabet=st.sampled_from(["a", "é", "😀", "𝔸", " "]), max_size=40))
def test_round_trip_matches_utf16_encoding(text):
    m = Utf16Map(text)
    for index in range(len(text) + 1):
        offset = m.to_utf16(index)
        assert offset == len(text[:index].encode("utf-16-le")) // 2
        assert m.to_code_point(offset) == index
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2
