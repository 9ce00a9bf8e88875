from __future__ import annotations

from redaksi.language.tokens import TokenKind, tokenize, word_parts


def _texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_hyphens_apostrophes_and_reduplication_stay_one_word() -> None:
    assert _texts("anak-anak al-Muhajir Qur'an kira2") == [
        "anak-anak",
        "al-Muhajir",
        "Qur'an",
        "kira2",
    ]
    assert tokenize("kira2")[0].kind is TokenKind.REDUPLICATION_2


def test_urls_emails_handles_and_numbers_are_skipped() -> None:
    text = (
        "Lihat https://contoh.co.id/berita?id=3 atau kirim ke redaksi@kompas.id, "
        "@redaksi #pilkada 2024 1.500 kompas.com"
    )
    assert _texts(text) == ["Lihat", "atau", "kirim", "ke"]


def test_offsets_point_into_the_text() -> None:
    text = "Warga 😀 Jakarta berkumpul."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_sentence_starts() -> None:
    tokens = tokenize('Presiden datang. Warga menyambut "Jokowi" di Jakarta.\nDr. Budi hadir')
    starts = {t.text: t.sentence_start for t in tokens}
    assert starts["Presiden"] and starts["Warga"]
    assert not starts["Jokowi"] and not starts["Jakarta"]
    assert starts["Dr"] and not starts["Budi"]


def test_mixed_tokens_and_word_parts() -> None:
    kinds = {t.text: t.kind for t in tokenize("COVID-19 dan G20 serta anak-anak")}
    assert kinds["COVID-19"] is TokenKind.MIXED
    assert kinds["G20"] is TokenKind.MIXED
    token = tokenize("Di anak-anaknya")[1]
    parts = word_parts(token)
    assert [p.text for p in parts] == ["anak", "anaknya"]
    assert parts[1].start == token.start + 5
