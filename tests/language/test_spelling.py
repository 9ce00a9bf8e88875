"""The spelling source on real dictionaries (Hunspell id_ID, KBBI roots, word frequencies)."""

from __future__ import annotations

import threading

import pytest

from redaksi.language.defaults import build_checker, spelling_source
from redaksi.language.findings import Category, Level
from redaksi.language.spelling.dictionaries import find_dictionary
from redaksi.language.spelling.judge import (
    FOREIGN_WORD_RULE,
    GLUED_RULE,
    PREPOSITION_RULE,
    REDUPLICATION_DIGIT_RULE,
    REDUPLICATION_SPACING_RULE,
    SPELLING_RULE,
    UNKNOWN_NAME_RULE,
)
from redaksi.language.spelling.lexicon import default_lexicon


@pytest.fixture(scope="module")
def source():
    return spelling_source()


def _found(source, text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in source.check(text):
        out.setdefault(text[f.start : f.end], []).append(f)
    return out


def _red(source, text: str) -> list[str]:
    return [text[f.start : f.end] for f in source.check(text) if f.is_spelling]


def test_dictionary_is_found_and_encoding_is_latin1() -> None:
    files = find_dictionary("id_ID")
    assert files.dic.is_file() and files.aff.is_file()
    assert default_lexicon().indonesian.encoding == "iso8859-1"


@pytest.mark.parametrize(
    "word",
    [
        "diklaim",
        "kekhalifahan",
        "cuitannya",
        "upayanya",
        "bernuansa",
        "memengaruhi",
        "menyukseskan",
        "anak-anak",
        "berbeda-beda",
        "dll",
    ],
)
def test_valid_affixed_words_are_accepted(source, word: str) -> None:
    assert _red(source, f"Kami melihat {word} itu.") == []


def test_typo_that_looks_affixed_is_still_wrong(source) -> None:
    text = "Hal tersebu terjadi kemarin."
    found = _found(source, text)["tersebu"][0]
    assert found.rule_id == SPELLING_RULE
    assert found.rule_id.endswith("_SPELLING_RULE")
    assert found.issue_type == "misspelling"
    assert found.category is Category.TYPOS and found.level is Level.ERROR
    assert found.replacements[0] == "tersebut"


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("tersebu", "tersebut"),
        ("pertempruan", "pertempuran"),
        ("berberapa", "beberapa"),
        ("kwota", "kuota"),
        ("sjarat", "syarat"),
        ("thabib", "tabib"),
        ("kebijkan", "kebijakan"),
        ("univesitas", "universitas"),
        ("berlansung", "berlangsung"),
        ("dimilki", "dimiliki"),
        ("peesrta", "peserta"),
    ],
)
def test_right_suggestion_first(source, typo: str, right: str) -> None:
    found = _found(source, f"Kami melihat {typo} itu.")[typo][0]
    assert found.replacements[0] == right


def test_sentence_start_typos_and_capitalised_suggestions(source) -> None:
    text = "Delapn tim bertanding. Sauatu hari mereka pergi ke Irac."
    found = _found(source, text)
    assert found["Delapn"][0].replacements[0] == "Delapan"
    assert found["Sauatu"][0].replacements[0] == "Suatu"
    assert found["Irac"][0].replacements[0] == "Irak"


def test_names_acronyms_and_particles_are_not_misspellings(source) -> None:
    text = (
        "Pernyataan SDF dan ISIS dikutip BBC. Abu Bakar al-Muhajir bin Laden bertemu "
        "Vincent van der Berg di Jakarta bersama Zulkarnaen Wiryokusumo."
    )
    assert _red(source, text) == []
    unknown = [f for f in source.check(text) if f.rule_id == UNKNOWN_NAME_RULE]
    assert [text[f.start : f.end] for f in unknown] == ["Wiryokusumo"] or all(
        f.level is Level.INFO and f.category is Category.NAMES and not f.is_spelling
        for f in unknown
    )
    assert any(text[f.start : f.end] == "Wiryokusumo" for f in unknown)


def test_unknown_name_is_quiet(source) -> None:
    text = "Kemarin Wiryokusumo datang."
    (finding,) = source.check(text)
    assert finding.rule_id == UNKNOWN_NAME_RULE
    assert finding.level is Level.INFO and finding.category is Category.NAMES
    assert not finding.is_spelling
    assert "nama belum dikenal" in finding.message.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Kota Tōkyō dan Ōsaka.",
        "Ia memesan café latte.",
        "Ibu Mādhurī hadir.",
        "Warga menyebut 東京 dan Москва.",
        "Ucapan بسم الله terdengar.",
        "Emoji 😀 lucu.",
    ],
)
def test_characters_outside_latin1_do_not_crash(source, text: str) -> None:
    assert _red(source, text) == []


def test_foreign_words_get_a_style_finding(source) -> None:
    text = "Acara itu sangat awesome, alaihissalam."
    found = _found(source, text)
    for word in ("awesome", "alaihissalam"):
        (finding,) = found[word]
        assert finding.rule_id == FOREIGN_WORD_RULE
        assert finding.category is Category.STYLE and not finding.is_spelling


def test_glued_words_get_the_split(source) -> None:
    text = "Lagu ANGINIslamic menandai kemenanganSDF kemarin."
    found = _found(source, text)
    assert found["ANGINIslamic"][0].rule_id == GLUED_RULE
    assert found["ANGINIslamic"][0].replacements == ("ANGIN Islamic",)
    assert found["kemenanganSDF"][0].replacements == ("kemenangan SDF",)
    assert _red(source, "Ulasan GameSpot tentang iPhone di YouTube.") == []


def test_two_known_words_without_space(source) -> None:
    found = _found(source, "Ia menjelaskan tatabahasa baru.")["tatabahasa"][0]
    assert found.rule_id == GLUED_RULE and found.is_spelling
    assert found.replacements[0] == "tata bahasa"


def test_joined_prepositions_and_reduplication(source) -> None:
    text = "Ia tinggal dibawah jembatan dimana kira2 warga berbeda - beda pendapat."
    found = _found(source, text)
    assert found["dibawah"][0].rule_id == PREPOSITION_RULE
    assert found["dibawah"][0].replacements == ("di bawah",)
    assert found["dimana"][0].replacements == ("di mana",)
    assert found["kira2"][0].rule_id == REDUPLICATION_DIGIT_RULE
    assert found["kira2"][0].replacements == ("kira-kira",)
    assert found["berbeda - beda"][0].rule_id == REDUPLICATION_SPACING_RULE
    assert found["berbeda - beda"][0].replacements == ("berbeda-beda",)
    # real passive verbs with di- stay valid
    assert _red(source, "Barang itu dibawa dan diatasi segera.") == []


def test_newsroom_words_and_ignores_are_plain_inputs(source) -> None:
    text = "Kemarin Wiryokusumo menulis tersebu."
    assert _found(source, text).keys() == {"Wiryokusumo", "tersebu"}
    other = source.with_words(["Wiryokusumo"], ["tersebu"])
    assert other.check(text) == []
    assert source.check(text)  # the original is unchanged
    assert other.judge is source.judge  # verdicts are shared, not recomputed


def test_checker_is_usable_from_worker_threads() -> None:
    checker = build_checker()
    text = "Hal tersebu terjadi di Jakarta ketika Presiden berkunjung."
    expected = checker.check(text)
    results: list = []
    threads = [
        threading.Thread(target=lambda: results.append(checker.check(text))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


@pytest.mark.parametrize(
    ("typo", "right"),
    [
        ("rumag", "rumah"),  # neighbouring key
        ("pemerinntah", "pemerintah"),  # doubled letter
        ("presidn", "presiden"),  # dropped letter
        ("mengatakna", "mengatakan"),  # transposition
        ("merukapan", "merupakan"),  # letters swapped across one
        ("kwota", "kuota"),  # kw/ku
        ("aktifitas", None),  # a variant Hunspell accepts: left to the style rules
    ],
)
def test_suggestion_kinds(source, typo: str, right: str | None) -> None:
    found = _found(source, f"Kami melihat {typo} itu.")
    if right is None:
        assert typo not in found
    else:
        assert found[typo][0].replacements[0] == right


def test_capitalisation_is_kept_in_suggestions(source) -> None:
    found = _found(source, "Warga JAKRTA dan Indonseia.")
    assert found["Indonseia"][0].replacements[0] == "Indonesia"


def test_misspelled_part_of_a_hyphenated_word(source) -> None:
    text = "Anak-anka bermain."
    (finding,) = source.check(text)
    assert text[finding.start : finding.end] == "anka"
    assert "anak" in finding.replacements


def test_species_names_and_lowercase_place_names(source) -> None:
    text = "Tanaman Capsicum annuum tumbuh di mesir."
    found = _found(source, text)
    assert not found["annuum"][0].is_spelling
    assert found["mesir"][0].category is Category.CASING
    assert found["mesir"][0].replacements == ("Mesir",)


def test_compound_written_apart(source) -> None:
    found = _found(source, "Ia menghilang secara kasat mata.")
    assert found["kasat mata"][0].replacements == ("kasatmata",)
    assert not found["kasat mata"][0].is_spelling


def test_unknown_term_without_close_word_is_quiet(source) -> None:
    (finding,) = source.check("Obat domperidona dipakai.")
    assert finding.level is Level.INFO and not finding.is_spelling
    assert finding.category is Category.TERMS


def test_english_inside_a_name_is_part_of_the_name(source) -> None:
    text = "Peneliti Institute for Development of Economics and Finance (Indef) hadir."
    assert [f for f in source.check(text) if f.rule_id == FOREIGN_WORD_RULE] == []


def test_foreign_word_with_an_indonesian_spelling_offers_it(source) -> None:
    (finding,) = source.check("Nilainya 20 miliar dollar AS.")
    assert finding.rule_id == FOREIGN_WORD_RULE
    assert finding.replacements == ("dolar",)


def test_mistyped_titles_and_institutions_are_red(source) -> None:
    text = "Kata Menteri Keuangn dan Gubernru Jawa Tengah kepada Atet."
    found = _found(source, text)
    assert found["Keuangn"][0].replacements[0] == "Keuangan"
    assert found["Gubernru"][0].replacements[0] == "Gubernur"
    assert not found["Atet"][0].is_spelling  # a short unknown name stays quiet


def test_headline_typed_in_capitals(source) -> None:
    text = "PEMERINTHA UMUMKAN KEBIJAKN BARU SOAL IMPOR DI JAKRTA"
    found = {text[f.start : f.end]: f.replacements[0] for f in source.check(text)}
    assert found == {"PEMERINTHA": "PEMERINTAH", "KEBIJAKN": "KEBIJAKAN", "JAKRTA": "JAKARTA"}
    assert source.check("KPK TANGKAP BUPATI SIDOARJO DALAM OPERASI TANGKAP TANGAN") == []


def test_more_suggestions_on_demand(source) -> None:
    more = source.suggest("tersebu")
    assert more[0] == "tersebut"
    assert len(more) > 1
    assert source.suggest("Tōkyō") == []


def test_fragment_verdict_does_not_leak_to_the_same_word_elsewhere(source) -> None:
    assert _red(source, "Pesantren Al - Ma 'ruf di Cibubur.") == []
    assert _red(source, "Ia menulis ruf di papan.")  # the same letters as a word: checked
