import pytest

from redaksi.editing.plaintext import decode_text, story_from_plain_text


def test_first_line_is_headline_then_lead_then_body():
    story = story_from_plain_text(
        "Banjir Rob Rendam Tanjung Mas\n\nSEMARANG - Banjir rob merendam\npermukiman.\n\n"
        "Warga mengungsi.\r\n\r\nPompa dipasang."
    )
    assert story.headline == "Banjir Rob Rendam Tanjung Mas"
    assert story.lead == "SEMARANG - Banjir rob merendam permukiman."
    assert [p.text for p in story.paragraphs] == ["Warga mengungsi.", "Pompa dipasang."]


def test_empty_text_is_rejected_in_indonesian():
    with pytest.raises(ValueError, match="kosong"):
        story_from_plain_text(" \n ")


def test_windows_1252_bytes_decode():
    assert decode_text("“Rob” datang".encode("cp1252")) == "“Rob” datang"
    assert decode_text("\ufeffJudul".encode()) == "Judul"
