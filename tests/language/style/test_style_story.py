"""Story-level checks: each part with its scope, caption credits, datelines, italics."""

from __future__ import annotations

from functools import cache

from redaksi.language.style import StyleSource, check_story
from redaksi.story.model import Dateline, Mark, Paragraph, Photo, Story


@cache
def source() -> StyleSource:
    return StyleSource()


def story(**changes: object) -> Story:
    base = Story(
        headline="Harga Cabai Naik di Pasar Induk",
        dateline=Dateline("JAKARTA", "Redaksi"),
        lead="Harga cabai rawit di Pasar Induk Kramat Jati naik dua kali lipat sejak Senin.",
        paragraphs=[Paragraph("Pedagang mengatakan pasokan dari Jawa Tengah berkurang.")],
        photos=[Photo(caption="Pedagang cabai di Pasar Induk, Senin.", credit="Budi")],
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def found(item: Story) -> dict[str, list]:
    result: dict[str, list] = {}
    for sf in check_story(item, source()):
        result.setdefault(sf.finding.rule_id, []).append(sf)
    return result


def test_a_clean_story_has_no_style_findings() -> None:
    assert found(story()) == {}


def test_missing_dateline_is_reported_unless_the_lead_opens_with_one() -> None:
    assert "ID_TANPA_DATELINE" in found(story(dateline=Dateline()))
    own = story(dateline=Dateline(), lead="BANDUNG, Redaksi – Harga cabai naik.")
    assert "ID_TANPA_DATELINE" not in found(own)


def test_caption_needs_a_credit_in_field_or_text() -> None:
    bare = story(photos=[Photo(caption="Pedagang cabai di Pasar Induk, Senin.")])
    hit = found(bare)["ID_KETERANGAN_FOTO_KREDIT"][0]
    assert (hit.part, hit.index) == ("caption", 0)
    credited = story(photos=[Photo(caption="Pedagang cabai, Senin (ANTARA/Budi Santoso).")])
    assert "ID_KETERANGAN_FOTO_KREDIT" not in found(credited)


def test_findings_know_their_part_and_paragraph() -> None:
    item = story(
        headline="Harga Cabai Naik Di Pasar Induk",
        paragraphs=[Paragraph("Paragraf benar."), Paragraph("Pedagang dirumah saja.")],
    )
    result = found(item)
    assert [(sf.part, sf.index) for sf in result["ID_KAPITAL_JUDUL"]] == [("headline", 0)]
    hit = result["ID_DI_KE_PREPOSISI"][0]
    assert (hit.part, hit.index) == ("body", 1)
    assert item.paragraphs[1].text[hit.finding.start : hit.finding.end] == "dirumah"


def test_foreign_phrase_in_italics_is_not_reported() -> None:
    text = "Ia pemimpin de facto partai itu."
    start = text.index("de facto")
    plain = story(paragraphs=[Paragraph(text)])
    assert "ID_ASING_MIRING" in found(plain)
    italic = story(paragraphs=[Paragraph(text, marks=[Mark(start, start + 8, "italic")])])
    assert "ID_ASING_MIRING" not in found(italic)


def test_long_lead_is_reported_in_the_lead_only() -> None:
    long_lead = " ".join(["Pemerintah menaikkan harga bahan bakar"] * 8) + "."
    result = found(story(lead=long_lead))
    assert [sf.part for sf in result["ID_TERAS_PANJANG"]] == ["lead"]
    assert "40 kata" in result["ID_TERAS_PANJANG"][0].finding.message
