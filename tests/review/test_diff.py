"""Word tokens and tracked-change segments (pure functions, no store)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from redaksi.review.diff import Change, Segment, new_text, old_text, word_diff
from redaksi.review.tokens import tokenize


def test_indonesian_words_stay_whole() -> None:
    text = "Anak-anak se-Indonesia bertanya-tanya: Rp10.000,50 atau 3,5 persen pada Jum'at?"
    assert tokenize(text) == [
        "Anak-anak", " ", "se-Indonesia", " ", "bertanya-tanya", ":", " ", "Rp10.000,50",
        " ", "atau", " ", "3,5", " ", "persen", " ", "pada", " ", "Jum'at", "?",
    ]  # fmt: skip


def test_sentence_end_is_not_a_number_separator() -> None:
    assert tokenize("tahun 2024.Lalu") == ["tahun", " ", "2024", ".", "Lalu"]
    assert tokenize("harga naik.  Sore") == ["harga", " ", "naik", ".", "  ", "Sore"]


def test_editor_correction_reads_as_tracked_changes() -> None:
    old = "Presiden Joko Widodo meresmikan jalan tol itu pada Senin (23/3)."
    new = "Presiden Jokowi meresmikan jalan tol Trans-Jawa itu, Selasa (24/3)."
    segments = word_diff(old, new)
    assert Segment(Change.DELETE, "Joko Widodo") in segments
    assert Segment(Change.INSERT, "Jokowi") in segments
    assert Segment(Change.INSERT, "Trans-Jawa ") in segments
    assert Segment(Change.DELETE, "23") in segments and Segment(Change.INSERT, "24") in segments
    assert (old_text(segments), new_text(segments)) == (old, new)


def test_reduplication_change_is_one_word() -> None:
    segments = word_diff("anak-anak bermain", "anak-anaknya bermain")
    assert segments[0] == Segment(Change.DELETE, "anak-anak")
    assert segments[1] == Segment(Change.INSERT, "anak-anaknya")


def test_whitespace_and_paragraph_breaks_are_exact() -> None:
    old = "Paragraf satu.\n\nParagraf  dua."
    new = "Paragraf satu.\nParagraf dua."
    segments = word_diff(old, new)
    assert (old_text(segments), new_text(segments)) == (old, new)
    assert any(s.change is Change.DELETE and s.text == "\n\n" for s in segments)


def test_identical_texts_have_no_changes() -> None:
    text = "Tidak ada yang berubah."
    assert word_diff(text, text) == [Segment(Change.EQUAL, text)]
    assert word_diff("", "") == []


words = st.sampled_from(
    ["kata", "anak-anak", "Rp5.000", ",", ".", " ", "  ", "\n\n", "“", "”", "é", "Jakarta", "di"]
)


@given(st.lists(words, max_size=40), st.lists(words, max_size=40))
def test_segments_rebuild_both_texts(a: list[str], b: list[str]) -> None:
    old, new = "".join(a), "".join(b)
    segments = word_diff(old, new)
    assert old_text(segments) == old
    assert new_text(segments) == new
    assert all(s.text for s in segments)


@given(st.text(max_size=200))
def test_tokens_cover_any_text(text: str) -> None:
    assert "".join(tokenize(text)) == text


def test_long_story_diff_stays_local() -> None:
    paragraphs = [
        f"Paragraf ke-{i} berisi laporan banjir di Bekasi. Warga mengungsi." for i in range(300)
    ]
    old = "\n\n".join(paragraphs)
    paragraphs[150] = paragraphs[150].replace("Warga mengungsi", "Ratusan warga mengungsi")
    paragraphs.insert(200, "Paragraf sisipan.")
    new = "\n\n".join(paragraphs)
    segments = word_diff(old, new)
    changes = [s for s in segments if s.change is not Change.EQUAL]
    assert changes == [
        Segment(Change.DELETE, "Warga"),
        Segment(Change.INSERT, "Ratusan warga"),
        Segment(Change.INSERT, "Paragraf sisipan.\n\n"),
    ]
    assert (old_text(segments), new_text(segments)) == (old, new)


def test_split_paragraph_and_sentences() -> None:
    old = "Satu kalimat. Dua kalimat! Tiga?\n\nEmpat."
    new = "Satu kalimat.\n\nDua kalimat! Tiga?\n\nEmpat lagi."
    segments = word_diff(old, new)
    assert (old_text(segments), new_text(segments)) == (old, new)
    assert Segment(Change.INSERT, " lagi") in segments
