"""The rule engine: one-pass matching, inflected forms, case, offsets, cache, analyzer hook."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from redaksi.language.checker import Checker
from redaksi.language.findings import Category, Level
from redaksi.language.ltjson import check_response
from redaksi.language.style import HouseStyle, RuleOverride, StyleSource, load_rule_sets
from redaksi.language.style.casing import match_case
from redaksi.language.style.inflection import forms, nasal
from redaksi.language.style.loader import read_rule_file
from redaksi.language.style.rule import RuleError


@pytest.fixture(scope="module")
def source() -> StyleSource:
    return StyleSource()


def ids(findings: Iterable) -> list[str]:
    return [f.rule_id for f in findings]


def test_baku_set_has_at_least_500_pairs() -> None:
    baku = next(s for s in load_rule_sets() if s.name == "baku")
    pairs = {wrong.lower() for rule in baku.rules for wrong, _ in rule.swap}
    assert len(pairs) >= 500


def test_every_standard_form_stays_unflagged(source: StyleSource) -> None:
    baku = next(s for s in load_rule_sets() if s.name == "baku")
    flagged = []
    for rule in baku.rules:
        for _, right in rule.swap:
            found = [f for f in source.check(right) if f.rule_set == "baku"]
            if found:
                flagged.append(right)
    assert flagged == []


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("Praktek", "Praktik"),
        ("PRAKTEK", "PRAKTIK"),
        ("praktek", "praktik"),
        ("dipraktekkan", "dipraktikkan"),
        ("praktiknya", None),
        ("beresiko", "berisiko"),
        ("menghimbau", "mengimbau"),
        ("himbauannya", "imbauannya"),
        ("memfitnah", None),
        ("memahami", None),
        ("memfahami", "memahami"),
        ("penasehat", "penasihat"),
        ("keaktifitasan", "keaktivitasan"),
        ("saksama", None),
        ("seksama", "saksama"),
    ],
)
def test_non_standard_words_and_their_inflections(
    source: StyleSource, text: str, replacement: str | None
) -> None:
    found = [f for f in source.check(f"{text} itu ada.") if f.rule_set == "baku"]
    if replacement is None:
        assert found == []
    else:
        assert [f.replacements for f in found] == [(replacement,)]
        assert found[0].issue_type == "misspelling" and found[0].category is Category.TYPOS
        assert "KBBI" in found[0].norm


def test_capitalised_word_inside_a_sentence_is_treated_as_a_name(source: StyleSource) -> None:
    assert [f for f in source.check("Ia bertemu Putera Sampoerna.") if f.rule_set == "baku"] == []
    assert ids(source.check("Putera mahkota hadir.")) == ["ID_BAKU"]
    headline = source.check("Praktek Suap Terungkap", "headline")
    assert "ID_BAKU" in ids(headline)


def test_match_case_keeps_the_writers_capitals() -> None:
    assert match_case("Idul Fitri", "Idulfitri") == "Idulfitri"
    assert match_case("Work From Home", "bekerja dari rumah") == "Bekerja Dari Rumah"
    assert match_case("ONLINE", "daring") == "DARING"


def test_nasal_prefix_follows_eyd() -> None:
    assert nasal("me", "kirim") == "mengirim"
    assert nasal("me", "kritik") == "mengkritik"
    assert nasal("me", "produksi") == "memproduksi"
    assert nasal("me", "sapu") == "menyapu"
    assert nasal("me", "tulis") == "menulis"
    assert nasal("me", "lempar") == "melempar"
    assert nasal("pe", "ubah") == "pengubah"
    generated = dict(forms("resiko", "risiko", "full"))
    assert generated["beresiko"] == "berisiko"
    assert generated["resikonya"] == "risikonya"


def test_offsets_are_positions_in_the_whole_text(source: StyleSource) -> None:
    text = "Paragraf pertama benar.\n\nWarga dirumah saja.\nIa menghimbau warga."
    found = {f.rule_id: f for f in source.check(text)}
    first = found["ID_DI_KE_PREPOSISI"]
    assert text[first.start : first.end] == "dirumah"
    second = found["ID_BAKU"]
    assert text[second.start : second.end] == "menghimbau"


def test_scope_limits_rules_to_their_story_part(source: StyleSource) -> None:
    headline = "Harga Cabai Naik Di Pasar Induk"
    assert "ID_KAPITAL_JUDUL" in ids(source.check(headline, "headline"))
    assert "ID_KAPITAL_JUDUL" not in ids(source.check(headline, "body"))
    lead = " ".join(["kata"] * 40) + "."
    assert "ID_TERAS_PANJANG" in ids(source.check(lead, "lead"))
    assert "ID_TERAS_PANJANG" not in ids(source.check(lead, "body"))


def test_sentences_with_several_errors_report_each(source: StyleSource) -> None:
    text = "Pemerintah menghimbau warga dimana saja agar supaya tertib , kata dia."
    assert set(ids(source.check(text))) >= {
        "ID_BAKU",
        "ID_DI_KE_PREPOSISI",
        "ID_PLEONASME",
        "ID_SPASI_SEBELUM_TANDA_BACA",
    }


def test_unchanged_paragraphs_come_from_the_cache(source: StyleSource) -> None:
    source.clear_cache()
    first = source.check_paragraph("Warga dirumah saja.")
    again = source.check_paragraph("Warga dirumah saja.")
    assert again is first
    edited = source.check_paragraph("Warga di rumah saja.")
    assert edited == ()


def test_house_style_switches_rules_sets_and_levels() -> None:
    text = "Warga dirumah saja, kata Praktek itu, naik 5%."
    plain = StyleSource()
    assert {"ID_DI_KE_PREPOSISI", "ID_ANGKA_PERSEN"} <= set(ids(plain.check(text)))
    house = HouseStyle(
        rules=(
            RuleOverride("ID_ANGKA_PERSEN", enabled=False),
            RuleOverride("ID_DI_KE_PREPOSISI", level=Level.SUGGESTION),
        ),
        disabled_sets=frozenset({"baku"}),
    )
    tuned = StyleSource(house)
    found = {f.rule_id: f for f in tuned.check(text)}
    assert "ID_ANGKA_PERSEN" not in found
    assert "ID_BAKU" not in found
    assert found["ID_DI_KE_PREPOSISI"].level is Level.SUGGESTION
    plain.set_house_style(house)
    assert "ID_ANGKA_PERSEN" not in ids(plain.check(text))


def test_newsroom_substitutions_are_case_preserving_phrases() -> None:
    from redaksi.language.style import HouseSubstitution

    house = HouseStyle(
        substitutions=(
            HouseSubstitution("Jokowi", "Presiden Joko Widodo", "Sebut nama lengkap."),
            HouseSubstitution("tim nasional", "timnas", level=Level.SUGGESTION),
        )
    )
    found = StyleSource(house).check("Jokowi menonton Tim Nasional bertanding.")
    house_hits = [f for f in found if f.rule_id == "ID_GAYA_RUMAH"]
    assert [(f.replacements, f.level) for f in house_hits] == [
        (("Presiden Joko Widodo",), Level.WARNING),
        (("Timnas",), Level.SUGGESTION),
    ]
    assert house_hits[0].message == "Sebut nama lengkap."


def test_works_inside_the_combined_checker_and_lt_json(source: StyleSource) -> None:
    text = "Warga dirumah 😀 saja."
    response = check_response(Checker([source]).check(text), text)
    match = response["matches"][0]
    assert match["rule"]["id"] == "ID_DI_KE_PREPOSISI"
    assert match["replacements"] == [{"value": "di rumah"}]


def test_analyzer_makes_unlisted_affixed_forms_known() -> None:
    def strip_affixes(word: str, is_root: Callable[[str], bool]) -> Iterable[str]:
        for prefix in ("", "memper", "diper", "ke", "se"):
            for suffix in ("", "kanlah", "kannya", "nya", "an", "kan"):
                if word.startswith(prefix) and word.endswith(suffix):
                    stem = word[len(prefix) : len(word) - len(suffix) or None]
                    if is_root(stem):
                        yield stem

    without = StyleSource()
    with_analyzer = StyleSource(analyzer=strip_affixes)
    text = "Segera dipersistimkanlah."
    assert "ID_BAKU" not in ids(without.check(text))
    found = [f for f in with_analyzer.check(text) if f.rule_id == "ID_BAKU"]
    assert [f.replacements for f in found] == [("dipersistemkanlah",)]


def test_malformed_rule_file_is_refused_in_indonesian(tmp_path: Path) -> None:
    path = tmp_path / "rusak.yaml"
    path.write_text("rules:\n  - id: salah\n    kind: existence\n    message: x\n", "utf-8")
    with pytest.raises(RuleError, match="huruf kapital"):
        read_rule_file(path)
    path.write_text(
        "rules:\n  - id: ID_X\n    kind: existence\n    message: x\n    tokens: ['(']\n", "utf-8"
    )
    with pytest.raises(RuleError, match="tidak sah"):
        read_rule_file(path)


def test_morphology_style_analyses_plug_in_through_roots_of() -> None:
    from dataclasses import dataclass

    from redaksi.language.style.analysis import roots_of

    @dataclass
    class Analysis:
        root: str

    def analyses(word, is_root):
        if word.startswith("diper") and word.endswith("kanlah") and is_root(word[5:-6]):
            yield Analysis(word[5:-6])

    source = StyleSource(analyzer=roots_of(analyses))
    found = [f for f in source.check("Segera dipersistimkanlah.") if f.rule_id == "ID_BAKU"]
    assert [f.replacements for f in found] == [("dipersistemkanlah",)]
    assert source.rule_set_title("baku") == "Kata baku"


@pytest.mark.parametrize(
    "word",
    [
        "filosofi",
        "relaksan",
        "trendi",
        "menyendal",
        "mengelitkan",
        "merem",
        "perubahan",
        "membeli",
        "pendam",
        "mempekerjakan",
        "ditarikan",
        "memperhatikan",
        "mempelajari",
        "mempunyai",
        "menteri",
        "mentah",
        "mental",
        "pentas",
        "penting",
        "keluar",
        "kemari",
        "kepada",
        "daripada",
        "dibalik",
        "masukan",
        "berapi",
        "menonton",
        "mengkaji",
        "mengenai",
    ],
)
def test_standard_words_that_look_like_generated_forms_stay_unflagged(
    source: StyleSource, word: str
) -> None:
    assert source.check(f"{word} itu.") == []
