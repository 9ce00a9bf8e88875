"""Indonesian terms: folding, stemming and the words both engines index."""

from __future__ import annotations

from redaksi.links.names import story_names
from redaksi.links.stemming import fold, term_surfaces, term_text, terms
from redaksi.story.model import Dateline, Paragraph, Story


def test_derivations_meet_at_their_root() -> None:
    assert set(terms("pembangunan")) == set(terms("membangun")) == {"bangun"}
    assert set(terms("kepolisian")) == set(terms("polisi")) == {"polisi"}


def test_case_and_accents_fold_away() -> None:
    assert fold("PÉREZ Müller") == "perez muller"
    assert term_text("Pérez") == term_text("PEREZ") == "perez"


def test_stop_words_are_not_indexed() -> None:
    assert term_text("yang dan di dengan untuk") == ""


def test_hyphenated_words() -> None:
    assert term_text("anak-anak") == "anak"
    assert term_text("COVID-19") == "covid 19"


def test_surfaces_keep_the_written_word() -> None:
    assert term_surfaces("Pembangunan jembatan")["bangun"] == "pembangunan"


def test_names_are_capitalised_words_and_acronyms_not_sentence_openers() -> None:
    story = Story(
        headline="Pasukan SDF Klaim Kuasai Baghuz",
        dateline=Dateline(place="DEIR EZ-ZOR"),
        lead="Pasukan Demokratik Suriah (SDF) mengklaim telah menguasai Baghuz, Senin.",
        paragraphs=[
            Paragraph("“Pada hari ini kami menang,” kata Mustafa Bali tentang ISIS."),
            Paragraph("Kekhalifahan itu runtuh. Tidak ada lagi perlawanan."),
            Paragraph("Wulan Tanjung melaporkan dari perbatasan. Pasukan itu mundur."),
        ],
    )
    names = story_names(story)
    assert {"sdf", "baghuz", "mustafa", "bali", "isis", "suriah"} <= set(names)
    # "Wulan" is also a common word, but it opens a sentence as the start of a full name.
    assert {"wulan", "tanjung"} <= set(names)
    assert names["sdf"] == "SDF" and names["baghuz"] == "Baghuz"
    # Sentence openers that are ordinary words, days and function words are not names.
    assert not {"kekhalifahan", "tidak", "senin", "pada", "melaporkan"} & set(names)
