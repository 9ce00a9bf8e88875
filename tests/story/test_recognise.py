"""The recogniser, pattern by pattern, and the accounting check itself."""

from __future__ import annotations

import dataclasses

import pytest

from redaksi.story.importing import import_text, verify_accounting
from redaksi.story.importing.report import ImportReport


def _story(text: str):
    result = import_text(text)
    assert verify_accounting(result.source, result.story, result.report) == []
    return result.story


@pytest.mark.parametrize(
    ("opening", "place", "outlet"),
    [
        ("JAKARTA, KOMPAS.com -", "JAKARTA", "KOMPAS.com"),
        ("JAKARTA, KOMPAS.com –", "JAKARTA", "KOMPAS.com"),
        ("TEMPO.CO, Jakarta -", "Jakarta", "TEMPO.CO"),
        ("Bisnis.com, JAKARTA -", "JAKARTA", "Bisnis.com"),
        ("Jakarta, CNN Indonesia --", "Jakarta", "CNN Indonesia"),
        ("Denpasar (ANTARA) -", "Denpasar", "ANTARA"),
        ("JAKARTA (Reuters) -", "JAKARTA", "Reuters"),
        ("Bandung, PRFMNEWS -", "Bandung", "PRFMNEWS"),
        ("KOMPAS.com -", "", "KOMPAS.com"),
        ("SURABAYA -", "SURABAYA", ""),
        ("SURABAYA —", "SURABAYA", ""),
        ("Lumajang -", "Lumajang", ""),
    ],
)
def test_dateline_forms(opening: str, place: str, outlet: str) -> None:
    story = _story(f"Judul\n\n{opening} Warga menanam pohon di tepi sungai.\n\nParagraf dua.")
    assert (story.dateline.place, story.dateline.outlet) == (place, outlet)
    assert story.lead == "Warga menanam pohon di tepi sungai."


def test_outlet_glued_to_the_first_word() -> None:
    story = _story("Judul\nMATA ANGINIslamic State kehilangan wilayah.\nParagraf dua.")
    assert story.dateline.outlet == "MATA ANGIN"
    assert story.lead == "Islamic State kehilangan wilayah."


@pytest.mark.parametrize(
    "lead",
    [
        "Warga menanam pohon - katanya - di tepi sungai.",
        "Ketua DPR, Puan Maharani - dalam rapat itu - memimpin sidang.",
        "COVID-19 masih menjadi perhatian dinas kesehatan.",
        "UNESCO menetapkan batik sebagai warisan dunia.",
    ],
)
def test_sentences_are_not_mistaken_for_datelines(lead: str) -> None:
    story = _story(f"Judul\n\n{lead}\n\nParagraf dua.")
    assert not story.dateline
    assert story.lead == lead


def test_headline_in_capitals_and_subheadline() -> None:
    story = _story(
        "BANJIR REDA, WARGA KEMBALI KE RUMAH\nPengungsi di Kampung Melayu tinggal 40 orang\n\n"
        "JAKARTA - Sebagian besar pengungsi sudah pulang.\n\nSisanya menunggu rumah dibersihkan."
    )
    assert story.headline == "BANJIR REDA, WARGA KEMBALI KE RUMAH"
    assert story.subheadline == "Pengungsi di Kampung Melayu tinggal 40 orang"
    assert story.lead == "Sebagian besar pengungsi sudah pulang."


def test_a_sentence_after_the_headline_is_the_lead_not_a_subheadline() -> None:
    story = _story("Judul\n\nKalimat pertama adalah teras.\n\nKalimat kedua.")
    assert story.subheadline == ""
    assert story.lead == "Kalimat pertama adalah teras."


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "BOMBARDIR - Pesawat tempur menjatuhkan bom. (Twitter Mustafa Bali)",
            "BOMBARDIR - Pesawat tempur menjatuhkan bom.",
            "Twitter Mustafa Bali",
        ),
        ("Warga mengungsi. (FOTO: ANTARA/Budi)", "Warga mengungsi.", "ANTARA/Budi"),
        ("Warga mengungsi. (Foto : Dok. Humas)", "Warga mengungsi.", "Dok. Humas"),
        (
            "Warga mengungsi di Palu. (ANTARA FOTO/Basri Marzuki/nym.)",
            "Warga mengungsi di Palu.",
            "ANTARA FOTO/Basri Marzuki/nym.",
        ),
        ("Warga mengungsi. Foto: Istimewa", "Warga mengungsi.", "Istimewa"),
        (
            "Warga mengungsi. (REUTERS/Willy Kurniawan)",
            "Warga mengungsi.",
            "REUTERS/Willy Kurniawan",
        ),
    ],
)
def test_photo_caption_forms(line: str, caption: str, credit: str) -> None:
    story = _story(f"Judul\n{line}\nDenpasar (ANTARA) - Teras berita.\nParagraf dua.")
    assert [(p.caption, p.credit) for p in story.photos] == [(caption, credit)]
    assert story.photos[0].sha256 is None
    assert story.lead == "Teras berita."


def test_caption_with_credit_on_its_own_line() -> None:
    story = _story(
        "Judul\n\nPetugas memadamkan api di Pasar Senen.\n(ANTARA FOTO/Galih Pradipta)\n\n"
        "JAKARTA (ANTARA) - Api melahap 400 kios.\n\nParagraf dua."
    )
    assert [(p.caption, p.credit) for p in story.photos] == [
        ("Petugas memadamkan api di Pasar Senen.", "ANTARA FOTO/Galih Pradipta")
    ]
    assert story.subheadline == ""


def test_parenthesised_name_in_the_body_is_not_a_caption() -> None:
    body = "Sutarno - nelayan - mengaku rugi besar (Sutarno Wijaya)"
    story = _story(f"Judul\n\nJAKARTA - Teras berita.\n\n{body}\n\nParagraf tiga.")
    assert story.photos == []
    assert story.paragraphs[0].text == body


@pytest.mark.parametrize(
    ("line", "title", "url"),
    [
        ("Baca juga: Harga Cabai Naik", "Harga Cabai Naik", ""),
        ("Baca Juga: Harga Cabai Naik", "Harga Cabai Naik", ""),
        ("Lihat Juga : Harga Cabai Naik", "Harga Cabai Naik", ""),
        ("BACA JUGA Harga Cabai Naik", "Harga Cabai Naik", ""),
        ("Simak juga: Harga Cabai Naik", "Harga Cabai Naik", ""),
        (
            "Baca juga: Harga Cabai Naik https://contoh.id/cabai",
            "Harga Cabai Naik",
            "https://contoh.id/cabai",
        ),
        (
            "Baca juga: https://contoh.id/cabai - Harga Cabai Naik",
            "Harga Cabai Naik",
            "https://contoh.id/cabai",
        ),
        ("Baca juga: (Harga Cabai Naik)", "Harga Cabai Naik", ""),
    ],
)
def test_related_line_forms(line: str, title: str, url: str) -> None:
    story = _story(f"Judul\n\nJAKARTA - Teras.\n\nSatu.\n\nDua.\n\n{line}\n\nTiga.")
    assert [(r.title, r.url, r.placement, r.after_paragraph) for r in story.related] == [
        (title, url, "inline", 1)
    ]
    assert [p.text for p in story.paragraphs] == ["Satu.", "Dua.", "Tiga."]


def test_related_line_right_after_the_lead_has_position_minus_one() -> None:
    story = _story("Judul\n\nJAKARTA - Teras.\n\nBaca juga:\nJudul Lain\n\nSatu.")
    assert [(r.title, r.after_paragraph) for r in story.related] == [("Judul Lain", -1)]


def test_credits_end_mark_and_byline() -> None:
    story = _story(
        "Judul\nOleh: Rina Wulandari\nDenpasar (ANTARA) - Teras.\nIsi.\n(*)\n"
        "Pewarta: Rina Wulandari\nEditor : Budi Santoso\nEditor: Sari Dewi"
    )
    assert story.byline == "Rina Wulandari"
    assert story.end_mark == "(*)"
    assert story.credits == {
        "pewarta": "Rina Wulandari",
        "editor": "Budi Santoso",
        "editor_2": "Sari Dewi",
    }


def test_credits_on_one_line_and_initials_end_mark() -> None:
    story = _story("Judul\n\nTeras berita.\n\nIsi. (tfq/ugo)\n\nPenulis: Ayu | Editor: Dimas")
    assert story.end_mark == "(tfq/ugo)"
    assert story.paragraphs[-1].text == "Isi."
    assert story.credits == {"penulis": "Ayu", "editor": "Dimas"}


def test_oleh_karena_itu_is_a_paragraph_not_a_byline() -> None:
    story = _story("Judul\n\nTeras.\n\nOleh karena itu warga diminta waspada.")
    assert story.byline == ""
    assert story.paragraphs[0].text == "Oleh karena itu warga diminta waspada."


def test_boilerplate_is_dropped_and_listed() -> None:
    result = import_text(
        "Judul\n\nTeras.\n\n*\n\nShare this:\n\nBagikan: Facebook Twitter WhatsApp\n\n"
        'Be the first to comment on "Judul"\n\nLeave a Reply\n\n'
        "Your email address will not be published. Required fields are marked *"
    )
    assert [(d.text, d.reason) for d in result.report.dropped] == [
        ("*", "tanda bintang lepas"),
        ("Share this:", "tombol berbagi"),
        ("Bagikan: Facebook Twitter WhatsApp", "tombol berbagi"),
        ('Be the first to comment on "Judul"', "kolom komentar"),
        ("Leave a Reply", "kolom komentar"),
        (
            "Your email address will not be published. Required fields are marked *",
            "kolom komentar",
        ),
    ]
    assert result.story.paragraphs == []


def test_block_mode_keeps_line_breaks_inside_paragraphs() -> None:
    story = _story("Judul\n\nTeras baris satu\nbaris dua.\n\nBait satu,\n  bait dua.\n")
    assert story.lead == "Teras baris satu\nbaris dua."
    assert story.paragraphs[0].text == "Bait satu,\n  bait dua."


def test_line_mode_makes_each_line_a_paragraph() -> None:
    story = _story("Judul\nTeras.\nSatu.\nDua.")
    assert story.lead == "Teras."
    assert [p.text for p in story.paragraphs] == ["Satu.", "Dua."]


def test_quoted_speech_and_typos_are_untouched() -> None:
    quote = "”Pada  hari itu ,kami “tidak” tahu apa-apa’’ ujar dia tersebu 100%."
    story = _story(f"Judul\n\nTeras.\n\n{quote}")
    assert story.paragraphs[0].text == quote


def test_verify_accounting_catches_lost_and_invented_text() -> None:
    result = import_text("Judul\n\nJAKARTA - Teras.\n\nSatu.\n\nShare this:")
    source, story, report = result.source, result.story, result.report
    assert verify_accounting(source, story, report) == []

    changed = dataclasses.replace(story, lead="Teras yang diubah.")
    assert any("lead" in p for p in verify_accounting(source, changed, report))

    fewer = dataclasses.replace(story, paragraphs=[])
    assert any("paragraph" in p for p in verify_accounting(source, fewer, report))

    unlisted = ImportReport(segments=report.segments, dropped=[])
    assert verify_accounting(source, story, unlisted)

    gap = ImportReport(segments=report.segments[1:], dropped=report.dropped)
    assert any("tidak tercatat" in p for p in verify_accounting(source, story, gap))


def test_long_first_line_is_not_taken_for_a_headline() -> None:
    body = " ".join(["Warga menanam pohon di tepi sungai untuk menahan longsor"] * 5) + "."
    result = import_text(f"{body}\n\nParagraf dua.")
    assert result.story.headline == ""
    assert result.story.lead == body
    assert "Judul tidak ditemukan." in result.report.warnings


def test_dateline_on_its_own_line_inside_the_lead_paragraph() -> None:
    story = _story("Judul\n\nJAKARTA, KOMPAS.com -\nPresiden membuka rapat.\n\nParagraf dua.")
    assert (story.dateline.place, story.dateline.outlet) == ("JAKARTA", "KOMPAS.com")
    assert story.lead == "Presiden membuka rapat."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
            "ajakan berlangganan",
        ),
        ("Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel", "ajakan berlangganan"),
        ('Simak Video "Banjir Rendam Kampung Melayu"', "video sisipan"),
        ("[Gambas:Video 20detik]", "video sisipan"),
        ("Halaman: 1 2 3", "navigasi situs"),
        ("Halaman selanjutnya", "navigasi situs"),
        ("ADVERTISEMENT", "iklan"),
        ("Kamis, 7 Maret 2019 | 21:40 WIB", "waktu tayang halaman"),
        ("Home » Nasional » Hukum", "navigasi situs"),
    ],
)
def test_portal_boilerplate_lines(line: str, reason: str) -> None:
    result = import_text(f"Judul\n\nJAKARTA - Teras.\n\n{line}\n\nParagraf dua.")
    assert [(d.text, d.reason) for d in result.report.dropped] == [(line, reason)]
    assert [p.text for p in result.story.paragraphs] == ["Paragraf dua."]


def test_slash_credits_need_a_real_source() -> None:
    story = _story(
        "Judul\nIlustrasi libur panjang. (SHUTTERSTOCK/Andri)\nJAKARTA - Teras.\n"
        "Pengamanan dilakukan personel gabungan (TNI/Polri)"
    )
    assert [(p.caption, p.credit) for p in story.photos] == [
        ("Ilustrasi libur panjang.", "SHUTTERSTOCK/Andri")
    ]
    assert story.paragraphs[0].text == "Pengamanan dilakukan personel gabungan (TNI/Polri)"


def test_prose_starting_like_a_related_label_stays_prose() -> None:
    story = _story("Judul\n\nTeras.\n\nLihat juga bagaimana warga bergotong royong.\n\nBaca juga:")
    assert story.related == []
    assert [p.text for p in story.paragraphs] == [
        "Lihat juga bagaimana warga bergotong royong.",
        "Baca juga:",
    ]


def test_tag_line_fills_story_tags() -> None:
    story = _story(
        "Judul\n\nTeras.\n\nSatu.\n\nTags: banjir rob,  Semarang ; infrastruktur|#pesisir"
    )
    assert story.tags == ["banjir rob", "Semarang", "infrastruktur", "pesisir"]
    assert [p.text for p in story.paragraphs] == ["Satu."]


def test_related_line_with_words_around_the_url_stays_prose() -> None:
    line = "Baca juga: Banjir https://contoh.id/banjir di Demak"
    story = _story(f"Judul\n\nTeras.\n\n{line}")
    assert story.related == []
    assert [p.text for p in story.paragraphs] == [line]
