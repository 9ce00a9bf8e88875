"""Paragraph model <-> QTextDocument conversion is exact."""

from PySide6.QtGui import QTextDocument

from redaksi.gui.body_document import load_paragraphs, paragraphs_from_html, read_paragraphs
from redaksi.story.model import Mark, Paragraph

PARAGRAPHS = [
    Paragraph(
        "Menurut dia, upaya itu bersifat ad hoc dan didukung warga.",
        "p",
        [Mark(13, 18, "bold"), Mark(36, 42, "italic"), Mark(47, 55, "link", "https://contoh.id/a")],
    ),
    Paragraph("“Kami ingin rob surut,” kata Rini.", "quote", []),
    Paragraph("Anggaran", "subhead", []),
    Paragraph(
        "Emoji 🌊 lalu miring dan tebal.",
        "p",
        [Mark(13, 19, "italic"), Mark(24, 29, "bold"), Mark(24, 29, "italic")],
    ),
]


def test_round_trip_is_exact(qapp):
    document = QTextDocument()
    load_paragraphs(document, PARAGRAPHS)
    assert read_paragraphs(document) == PARAGRAPHS
    assert document.isUndoAvailable() is False


def test_blank_blocks_are_not_paragraphs(qapp):
    document = QTextDocument()
    load_paragraphs(document, [Paragraph("Satu"), Paragraph("  "), Paragraph("Dua")])
    assert [p.text for p in read_paragraphs(document)] == ["Satu", "Dua"]


def test_pasted_html_keeps_only_model_formats(qapp):
    html = (
        '<p style="font-family:Comic Sans; color:red"><span style="font-size:30pt">Rob</span> '
        "<b>tinggi</b> <i>sekali</i> <a href='https://x.id'>lihat</a></p><p>Kedua</p>"
    )
    paragraphs = paragraphs_from_html(html)
    assert paragraphs == [
        Paragraph(
            "Rob tinggi sekali lihat",
            "p",
            [Mark(4, 10, "bold"), Mark(11, 17, "italic"), Mark(18, 23, "link", "https://x.id")],
        ),
        Paragraph("Kedua"),
    ]


def test_reading_does_not_corrupt_none_refcount(qapp):
    """PySide6 6.12 returns unowned ``None`` for unset properties; we must never ask for one."""
    import sys

    document = QTextDocument()
    load_paragraphs(document, PARAGRAPHS)
    document.setPlainText("tanpa format\nbaris dua")  # blocks without a kind property
    before = sys.getrefcount(None)
    for _ in range(300):
        read_paragraphs(document)
    assert sys.getrefcount(None) - before > -50
