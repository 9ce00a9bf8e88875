"""The photo desk's caption, credit and alt-text rules."""

from __future__ import annotations

import pytest

from redaksi.language.checker import Checker
from redaksi.language.findings import Category, Level
from redaksi.media.caption_rules import (
    ALT_MAX,
    CAPTION_MAX,
    CaptionRules,
    check_alt_text,
    check_caption,
    check_credit,
    check_photo,
)
from redaksi.story.model import Photo

GOOD = "BANJIR – Warga menyeberangi genangan di Kampung Melayu, Jakarta, Selasa (2/1/2024)."


def _rules(findings: list) -> list[str]:
    return [f.rule_id for f in findings]


def _apply(text: str, finding) -> str:
    return text[: finding.start] + finding.replacements[0] + text[finding.end :]


def test_house_form_passes() -> None:
    assert check_caption(GOOD) == []
    assert check_caption("DEMO – Mahasiswa berunjuk rasa di depan Gedung DPR, Jakarta?") == []


def test_hyphen_becomes_en_dash_with_spaces() -> None:
    for text in (
        "BOMBARDIR - Pasukan SDF menembaki posisi ISIS di Baghuz.",
        "BOMBARDIR—Pasukan SDF menembaki posisi ISIS di Baghuz.",
        "BOMBARDIR -- Pasukan SDF menembaki posisi ISIS di Baghuz.",
    ):
        (finding,) = check_caption(text)
        assert finding.rule_id == "CAPTION_DASH" and finding.category is Category.STYLE
        assert _apply(text, finding) == "BOMBARDIR – Pasukan SDF menembaki posisi ISIS di Baghuz."


def test_keyword_case_length_and_missing_keyword() -> None:
    (case,) = check_caption("Banjir – Warga menyeberangi genangan di Kampung Melayu, Jakarta.")
    assert case.rule_id == "CAPTION_KEYWORD_CASE" and case.replacements == ("BANJIR",)
    long = check_caption("PEMILU DI KOTA BESAR INI – Warga mencoblos di TPS 05 Menteng, Jakarta.")
    assert _rules(long) == ["CAPTION_KEYWORD_LONG"] and long[0].level is Level.SUGGESTION
    missing = check_caption("Warga menyeberangi genangan di Kampung Melayu - Jakarta.")
    assert _rules(missing) == ["CAPTION_KEYWORD_MISSING"]
    assert missing[0].category is Category.STRUCTURE
    assert (missing[0].start, missing[0].end) == (0, 5)


def test_full_stop_and_lengths() -> None:
    text = GOOD[:-1]
    (stop,) = check_caption(text)
    assert stop.rule_id == "CAPTION_END_PERIOD" and _apply(text, stop) == GOOD
    assert _rules(check_caption("BANJIR – Warga.")) == ["CAPTION_TOO_SHORT"]
    long = "BANJIR – " + "Warga menyeberangi genangan di Kampung Melayu. " * 10
    (too_long,) = check_caption(long.strip())
    assert too_long.rule_id == "CAPTION_TOO_LONG" and too_long.start == CAPTION_MAX
    assert check_caption("   ")[0].level is Level.ERROR


def test_credit_form() -> None:
    assert check_credit("FOTO: ANTARA/Hafidz Mubarak") == []
    (missing,) = check_credit("")
    assert missing.rule_id == "CREDIT_MISSING" and missing.level is Level.ERROR
    (prefix,) = check_credit("Foto : ANTARA/Hafidz")
    assert _apply("Foto : ANTARA/Hafidz", prefix) == "FOTO: ANTARA/Hafidz"
    (bare,) = check_credit("ANTARA/Hafidz")
    assert _apply("ANTARA/Hafidz", bare) == "FOTO: ANTARA/Hafidz"


def test_alt_text_rules() -> None:
    assert check_alt_text("Warga menyeberangi banjir setinggi lutut di jalan permukiman.") == []
    assert _rules(check_alt_text("")) == ["ALT_MISSING"]
    (prefix,) = check_alt_text("Foto warga menyeberangi banjir")
    assert _apply("Foto warga menyeberangi banjir", prefix) == "Warga menyeberangi banjir"
    assert "ALT_TOO_LONG" in _rules(check_alt_text("x" * (ALT_MAX + 1)))
    assert "ALT_HAS_CREDIT" in _rules(check_alt_text("Warga di banjir. FOTO: ANTARA"))


def test_whole_photo_check_and_badge_state() -> None:
    complete = Photo(
        caption=GOOD,
        credit="FOTO: ANTARA/Hafidz Mubarak",
        alt_text="Tiga warga menyeberangi genangan air cokelat setinggi lutut.",
    )
    assert check_photo(complete).all() == []
    assert not check_photo(complete).needs_attention
    lacking = Photo(caption=GOOD)
    result = check_photo(lacking)
    assert result.needs_attention
    assert _rules(result.credit) == ["CREDIT_MISSING"]
    assert _rules(result.alt_text) == ["ALT_MISSING"]
    assert len(result.warnings()) == 2
    copied = Photo(caption=GOOD, credit="FOTO: X", alt_text=GOOD.upper())
    assert _rules(check_photo(copied).alt_text) == ["ALT_SAME_AS_CAPTION"]


@pytest.mark.parametrize("scope", ["caption", "alt_text", "credit"])
def test_is_a_finding_source_for_the_checker(scope: str) -> None:
    checker = Checker([CaptionRules()])
    found = checker.check("", scope)
    assert found and all(f.source == "redaksi.caption" for f in found)
    assert checker.check("Teks biasa tanpa aturan foto", "body") == []
