"""Real files in every supported format, and refusals with Indonesian messages."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from odf import teletype
from odf import text as odftext
from odf.opendocument import OpenDocumentText
from PIL import Image

from redaksi.story.importing import (
    DraftImportError,
    import_file,
    import_pasted,
    verify_accounting,
)
from redaksi.story.importing.limits import MAX_TEXT_BYTES

HEADLINE = "Banjir Rob Rendam Pesisir Semarang"
LEAD = "Banjir rob merendam tiga kelurahan di pesisir utara Semarang sejak Senin pagi."
QUOTE = "“Air datang lebih cepat dari biasanya,” kata Sutarno, warga Tanjung Mas."
DRAFT = (
    f"{HEADLINE}\n\nSEMARANG, KOMPAS.com - {LEAD}\n\n{QUOTE}\n\n"
    "Baca juga: Pompa Baru Dipasang di Kali Banger\n\n"
    "Pemkot menyiagakan 40 pompa portabel di titik rawan. (*)\n"
)


def _assert_story(result) -> None:
    story = result.story
    assert story.headline == HEADLINE
    assert (story.dateline.place, story.dateline.outlet) == ("SEMARANG", "KOMPAS.com")
    assert story.lead == LEAD
    assert story.paragraphs[0].text == QUOTE
    assert story.related[0].title == "Pompa Baru Dipasang di Kali Banger"
    assert story.related[0].after_paragraph == 0
    assert story.end_mark == "(*)"
    assert verify_accounting(result.source, story, result.report) == []


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16-le", b"\xff\xfe", "utf-16-le"),
        ("utf-16-be", b"\xfe\xff", "utf-16-be"),
        ("cp1252", b"", "cp1252"),
    ],
)
def test_text_encodings_are_detected(
    tmp_path: Path, encoding: str, prefix: bytes, expected: str
) -> None:
    path = tmp_path / "draf.txt"
    path.write_bytes(prefix + DRAFT.replace("\n", "\r\n").encode(encoding))
    result = import_file(path)
    assert result.report.encoding == expected
    _assert_story(result)


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "draf.txt"
    path.write_bytes(DRAFT.encode("utf-16-le"))
    result = import_file(path)
    assert result.report.encoding == "utf-16-le"
    _assert_story(result)


def test_latin1_text_keeps_accented_letters(tmp_path: Path) -> None:
    path = tmp_path / "draf.txt"
    body = "Kafe di Menteng\n\nJAKARTA - Kafe itu menyajikan crème brûlée dan café au lait."
    path.write_bytes(body.encode("latin-1"))
    result = import_file(path)
    assert result.story.lead == "Kafe itu menyajikan crème brûlée dan café au lait."


def test_cp1252_is_not_mistaken_for_a_central_european_code_page(tmp_path: Path) -> None:
    # charset-normalizer alone guesses cp1250 for this text; curly quotes must survive.
    path = tmp_path / "draf.txt"
    path.write_bytes(f"{HEADLINE}\n\n{QUOTE} – ujarnya, 100%.".encode("cp1252"))
    result = import_file(path)
    assert result.story.lead == f"{QUOTE} – ujarnya, 100%."


def test_markdown_heading_marker_is_not_part_of_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "draf.md"
    path.write_text(f"# {HEADLINE}\n\n{LEAD}\n", encoding="utf-8")
    result = import_file(path)
    assert result.story.headline == HEADLINE
    assert result.report.source_format == "markdown"


def _add_hyperlink(paragraph, url: str, text: str) -> None:
    part = paragraph.part
    rel = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _write_docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(HEADLINE)
    lead = document.add_paragraph("SEMARANG, KOMPAS.com - ")
    lead.add_run(LEAD)
    quote = document.add_paragraph()
    quote.add_run(QUOTE[:1])
    quote.add_run(QUOTE[1:24]).bold = True
    quote.add_run(QUOTE[24:])
    related = document.add_paragraph("Baca juga: ")
    _add_hyperlink(related, "https://contoh.id/pompa", "Pompa Baru Dipasang di Kali Banger")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0].add_run("Pemkot menyiagakan 40 pompa portabel di titik rawan.")
    document.add_paragraph("Baris satu")
    document.paragraphs[-1].add_run().add_break()
    document.paragraphs[-1].add_run("baris dua. (*)")
    document.save(str(path))


def test_docx_paragraphs_tables_marks_links_and_breaks(tmp_path: Path) -> None:
    path = tmp_path / "draf.docx"
    _write_docx(path)
    result = import_file(path)
    story = result.story
    assert story.headline == HEADLINE
    assert story.lead == LEAD
    assert story.paragraphs[0].text == QUOTE
    bold = [m for m in story.paragraphs[0].marks if m.kind == "bold"]
    assert [(m.start, m.end) for m in bold] == [(1, 24)]
    assert story.related[0].url == "https://contoh.id/pompa"
    assert story.paragraphs[1].text == "Pemkot menyiagakan 40 pompa portabel di titik rawan."
    assert story.paragraphs[2].text == "Baris satu\nbaris dua."
    assert story.end_mark == "(*)"
    assert verify_accounting(result.source, story, result.report) == []


def test_truncated_docx_is_refused(tmp_path: Path) -> None:
    good = tmp_path / "utuh.docx"
    _write_docx(good)
    data = good.read_bytes()
    broken = tmp_path / "terpotong.docx"
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(DraftImportError) as caught:
        import_file(broken)
    assert caught.value.reason == "corrupt"
    assert "rusak atau terpotong" in str(caught.value)


def test_docx_that_unpacks_too_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redaksi.story.importing import package

    path = tmp_path / "bom.docx"
    _write_docx(path)
    monkeypatch.setattr(package, "MAX_UNPACKED_BYTES", 4096)
    with pytest.raises(DraftImportError) as caught:
        import_file(path)
    assert caught.value.reason == "too_big"
    assert "terlalu besar setelah dibuka" in str(caught.value)


def test_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "palsu.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("catatan.txt", "bukan dokumen")
    with pytest.raises(DraftImportError) as caught:
        import_file(path)
    assert caught.value.reason == "corrupt"
    assert "word/document.xml" in str(caught.value)


def test_odt_headings_paragraphs_breaks_and_links(tmp_path: Path) -> None:
    document = OpenDocumentText()
    heading = odftext.H(outlinelevel=1)
    teletype.addTextToElement(heading, HEADLINE)
    document.text.addElement(heading)
    lead = odftext.P()
    teletype.addTextToElement(lead, f"SEMARANG, KOMPAS.com -  {LEAD}")
    document.text.addElement(lead)
    quote = odftext.P()
    teletype.addTextToElement(quote, QUOTE)
    document.text.addElement(quote)
    related = odftext.P()
    teletype.addTextToElement(related, "Baca juga: ")
    link = odftext.A(href="https://contoh.id/pompa")
    teletype.addTextToElement(link, "Pompa Baru Dipasang di Kali Banger")
    related.addElement(link)
    document.text.addElement(related)
    last = odftext.P()
    last.addText("Baris satu")
    last.addElement(odftext.LineBreak())
    last.addText("baris dua. (*)")
    document.text.addElement(last)
    path = tmp_path / "draf.odt"
    document.save(str(path))
    result = import_file(path)
    story = result.story
    assert story.headline == HEADLINE
    assert story.lead == LEAD
    assert story.paragraphs[0].text == QUOTE
    assert story.related[0].url == "https://contoh.id/pompa"
    assert story.paragraphs[1].text == "Baris satu\nbaris dua."
    assert story.end_mark == "(*)"
    assert verify_accounting(result.source, story, result.report) == []


def test_html_file_in_windows_1252_with_meta_charset(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='windows-1252'><title>x</title>"
        "<style>p{color:red}</style><script>var a = '<p>skrip</p>';</script></head><body>"
        f"<h1>{HEADLINE}</h1><p>SEMARANG, KOMPAS.com - {LEAD}</p><p>{QUOTE}</p>"
        "<p>Baca juga: Pompa Baru Dipasang di Kali Banger</p>"
        "<p>Pemkot menyiagakan 40 pompa portabel di titik rawan. (*)</p>"
        "<div>Be the first to comment</div></body></html>"
    )
    path = tmp_path / "draf.html"
    path.write_bytes(page.encode("cp1252"))
    result = import_file(path)
    _assert_story(result)
    assert "skrip" not in result.source.text and "color" not in result.source.text
    assert [d.text for d in result.report.dropped] == ["Be the first to comment"]


def test_pasted_html_is_preferred_and_keeps_links() -> None:
    html = (
        "Version:0.9\r\nStartHTML:00000097\r\nEndHTML:00000300\r\n"
        "<html><body><!--StartFragment--><p><b>Judul Tempelan</b></p>"
        "<p>Denpasar (ANTARA) - Isi <i>teras</i> berita.</p>"
        "<p>Baca juga: <a href='https://antaranews.com/x'>Berita Lain</a></p>"
        "<!--EndFragment--></body></html>"
    )
    result = import_pasted("teks biasa saja", html)
    story = result.story
    assert story.headline == "Judul Tempelan"
    assert (story.dateline.place, story.dateline.outlet) == ("Denpasar", "ANTARA")
    assert story.lead == "Isi teras berita."
    assert story.related[0].url == "https://antaranews.com/x"
    assert result.report.source_format == "clipboard-html"


def test_pasted_plain_text_when_html_is_empty() -> None:
    result = import_pasted(f"{HEADLINE}\r\n{LEAD}", "<html><body> </body></html>")
    assert result.story.headline == HEADLINE
    assert result.story.lead == LEAD
    assert result.report.source_format == "clipboard"


def test_empty_clipboard_is_refused() -> None:
    with pytest.raises(DraftImportError) as caught:
        import_pasted("  \n ", None)
    assert caught.value.reason == "empty"
    assert "kosong" in str(caught.value)


@pytest.mark.parametrize("name", ["foto.txt", "foto.html"])
def test_binary_file_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    Image.new("RGB", (32, 32), "red").save(path, format="PNG")
    with pytest.raises(DraftImportError) as caught:
        import_file(path)
    assert caught.value.reason == "binary"
    assert "bukan teks" in str(caught.value)


@pytest.mark.parametrize("content", [b"", b"   \r\n\t\n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kosong.txt"
    path.write_bytes(content)
    with pytest.raises(DraftImportError) as caught:
        import_file(path)
    assert caught.value.reason == "empty"
    assert "kosong" in str(caught.value)


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_TEXT_BYTES + 1)  # sparse: no 8 MB written to disk
    with pytest.raises(DraftImportError) as caught:
        import_file(path)
    assert caught.value.reason == "too_big"
    assert "terlalu besar" in str(caught.value)


def test_missing_path_directory_and_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(DraftImportError) as caught:
        import_file(tmp_path / "tidak-ada.txt")
    assert caught.value.reason == "missing"
    assert "tidak ditemukan" in str(caught.value)
    with pytest.raises(DraftImportError) as caught:
        import_file(tmp_path)
    assert caught.value.reason == "not_a_file"
    legacy = tmp_path / "lama.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(DraftImportError) as caught:
        import_file(legacy)
    assert caught.value.reason == "unsupported"
    assert ".docx" in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rahasia.txt"
    path.write_text(DRAFT, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(DraftImportError) as caught:
        import_file(path)
    assert caught.value.reason == "unreadable"


def test_web_page_structure_hints(tmp_path: Path) -> None:
    page = (
        "<html><body><header><ul><li>Nasional</li><li>Ekonomi</li><li>Olahraga</li></ul>"
        "</header><figure><img src='a.jpg'><figcaption>Tanggul jebol di Demak.</figcaption>"
        "</figure><article><h1>Tanggul Sungai Wulan Jebol</h1>"
        "<h2>Ribuan warga mengungsi ke balai desa.</h2>"
        "<p>DEMAK, KOMPAS.com - Tanggul Sungai Wulan jebol pada Selasa malam.</p>"
        "<blockquote>Air naik cepat sekali, kata Rohmat.</blockquote>"
        "<h2>Bantuan logistik</h2><p>BPBD mengirim perahu karet.</p>"
        "<figure><figcaption>Perahu karet BPBD.<br>Foto diambil Rabu pagi.</figcaption>"
        "</figure><p>(FOTO: KOMPAS.com/Aji)</p></article></body></html>"
    )
    path = tmp_path / "halaman.html"
    path.write_text(page, encoding="utf-8")
    result = import_file(path)
    story = result.story
    assert story.headline == "Tanggul Sungai Wulan Jebol"
    assert story.subheadline == "Ribuan warga mengungsi ke balai desa."
    assert story.lead == "Tanggul Sungai Wulan jebol pada Selasa malam."
    assert [(p.text, p.kind) for p in story.paragraphs] == [
        ("Air naik cepat sekali, kata Rohmat.", "quote"),
        ("Bantuan logistik", "subhead"),
        ("BPBD mengirim perahu karet.", "p"),
    ]
    assert [(p.caption, p.credit) for p in story.photos] == [
        ("Tanggul jebol di Demak.", ""),
        ("Perahu karet BPBD.\nFoto diambil Rabu pagi.", "KOMPAS.com/Aji"),
    ]
    assert [(d.text, d.reason) for d in result.report.dropped] == [
        ("Nasional", "menu halaman sebelum judul"),
        ("Ekonomi", "menu halaman sebelum judul"),
        ("Olahraga", "menu halaman sebelum judul"),
    ]
    assert verify_accounting(result.source, story, result.report) == []


def test_docx_styles_give_paragraph_roles(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Pasar Johar Dibuka Kembali", style="Title")
    document.add_paragraph("SEMARANG - Pasar Johar kembali dibuka setelah direnovasi.")
    document.add_paragraph("Pedagang lama mendapat kios", style="Heading 2")
    document.add_paragraph("Sebanyak 4.000 pedagang menempati kios baru.")
    document.add_paragraph("Kami senang bisa kembali berjualan di sini.", style="Quote")
    document.add_paragraph("Suasana Pasar Johar setelah renovasi.", style="Caption")
    path = tmp_path / "draf.docx"
    document.save(str(path))
    result = import_file(path)
    story = result.story
    assert story.headline == "Pasar Johar Dibuka Kembali"
    assert story.lead == "Pasar Johar kembali dibuka setelah direnovasi."
    assert [(p.text, p.kind) for p in story.paragraphs] == [
        ("Pedagang lama mendapat kios", "subhead"),
        ("Sebanyak 4.000 pedagang menempati kios baru.", "p"),
        ("Kami senang bisa kembali berjualan di sini.", "quote"),
    ]
    assert [(p.caption, p.credit) for p in story.photos] == [
        ("Suasana Pasar Johar setelah renovasi.", "")
    ]
    assert verify_accounting(result.source, story, result.report) == []


def test_docx_heading_in_the_middle_does_not_drop_the_text_before_it(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(HEADLINE)
    document.add_paragraph(LEAD)
    document.add_paragraph("Dampak bagi nelayan", style="Heading 1")
    document.add_paragraph("Nelayan tidak melaut.")
    path = tmp_path / "draf.docx"
    document.save(str(path))
    story = import_file(path).story
    assert story.headline == HEADLINE
    assert story.lead == LEAD
    assert [p.text for p in story.paragraphs] == ["Dampak bagi nelayan", "Nelayan tidak melaut."]


def test_odt_lower_level_heading_is_a_subhead(tmp_path: Path) -> None:
    document = OpenDocumentText()
    for element, text in (
        (odftext.H(outlinelevel=1), HEADLINE),
        (odftext.P(), LEAD),
        (odftext.H(outlinelevel=2), "Dampak bagi nelayan"),
        (odftext.P(), "Nelayan tidak melaut."),
    ):
        teletype.addTextToElement(element, text)
        document.text.addElement(element)
    path = tmp_path / "draf.odt"
    document.save(str(path))
    story = import_file(path).story
    assert story.headline == HEADLINE
    assert [(p.text, p.kind) for p in story.paragraphs] == [
        ("Dampak bagi nelayan", "subhead"),
        ("Nelayan tidak melaut.", "p"),
    ]


def test_text_over_the_character_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from redaksi.story.importing import importer

    monkeypatch.setattr(importer, "MAX_CHARACTERS", 1000)
    with pytest.raises(DraftImportError) as caught:
        import_pasted("a" * 1001, None)
    assert caught.value.reason == "too_big"
    assert "terlalu panjang" in str(caught.value)


def test_markdown_related_link_syntax(tmp_path: Path) -> None:
    path = tmp_path / "draf.md"
    path.write_text(
        f"# {HEADLINE}\n\n{LEAD}\n\nSatu.\n\n"
        "Baca juga: [Pompa Baru Dipasang](https://contoh.id/pompa)\n\nDua.\n",
        encoding="utf-8",
    )
    result = import_file(path)
    assert [(r.title, r.url, r.after_paragraph) for r in result.story.related] == [
        ("Pompa Baru Dipasang", "https://contoh.id/pompa", 0)
    ]
    assert verify_accounting(result.source, result.story, result.report) == []


def test_truncated_or_mislabelled_odt_is_refused(tmp_path: Path) -> None:
    docx_file = tmp_path / "sebenarnya-word.odt"
    _write_docx(docx_file)
    with pytest.raises(DraftImportError) as caught:
        import_file(docx_file)
    assert caught.value.reason == "corrupt"
    assert "content.xml" in str(caught.value)
    document = OpenDocumentText()
    paragraph = odftext.P()
    teletype.addTextToElement(paragraph, LEAD * 50)
    document.text.addElement(paragraph)
    whole = tmp_path / "utuh.odt"
    document.save(str(whole))
    cut = tmp_path / "terpotong.odt"
    cut.write_bytes(whole.read_bytes()[:-300])
    with pytest.raises(DraftImportError) as caught:
        import_file(cut)
    assert caught.value.reason == "corrupt"


def test_html_file_in_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "draf.htm"
    page = f"<html><body><h1>{HEADLINE}</h1><p>SEMARANG, KOMPAS.com - {LEAD}</p></body></html>"
    path.write_bytes(b"\xff\xfe" + page.encode("utf-16-le"))
    result = import_file(path)
    assert result.story.headline == HEADLINE
    assert result.story.lead == LEAD
    assert result.report.encoding == "utf-16-le"
