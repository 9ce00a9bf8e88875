"""Property tests: the importer never crashes and never loses a character."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaksi.story.importing import DraftImportError, import_pasted, import_text, verify_accounting
from redaksi.story.importing.ledger import UNRECOGNISED

# Pieces of real drafts, so generated text hits the recogniser's patterns, not just noise.
HTML_TAGS = [
    "<p>",
    "</p>",
    "<br>",
    "<b>",
    "</b>",
    "<a href='x'>",
    "<a href='https://contoh.id/a'>",
    "</a>",
    "<script>x</script>",
    "<h1>",
    "</h1>",
    "<h2>",
    "</h2>",
    "<figure><figcaption>",
    "</figcaption></figure>",
    "<blockquote>",
    "</blockquote>",
    "<li>",
    "<pre>",
    "</pre>",
]
FRAGMENTS = [
    "JAKARTA, KOMPAS.com -",
    "TEMPO.CO, Jakarta -",
    "Denpasar (ANTARA) -",
    "MATA ANGIN",
    "Islamic State",
    "BOMBARDIR - Pesawat tempur",
    "(Twitter Mustafa Bali)",
    "(FOTO: ANTARA/Budi)",
    "(ANTARA FOTO/Nyoman Hendra)",
    "Foto: Dok. Humas",
    "Baca juga:",
    "Lihat Juga :",
    "BACA JUGA",
    "https://contoh.id/berita/1",
    "(*)",
    "(ant/jpnn)",
    "Pewarta: Rina",
    "Editor: Budi | Penulis: Sari",
    "Oleh: Dewi Lestari",
    "Be the first to comment",
    "Leave a Reply",
    "Your email address will not be published.",
    "Share this:",
    "*",
    "”Pada",
    "“Kami",
    "100%",
    "# ",
    " - ",
    "--",
    "—",
    "(",
    ")",
    ":",
    ",",
    ".",
    " ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\u00a0",
    "\u2028",
    "\ufeff",
]

drafts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map(
    "".join
)


def _check(source, result) -> None:
    problems = verify_accounting(source, result.story, result.report)
    assert problems == []
    assert not [d for d in result.report.dropped if d.reason == UNRECOGNISED]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_every_character_is_accounted_for(text: str) -> None:
    try:
        result = import_text(text)
    except DraftImportError as error:
        assert error.reason == "empty"
        assert not text.strip()
        return
    _check(result.source, result)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    try:
        result = import_text(text)
    except DraftImportError as error:
        assert error.reason == "empty"
        return
    _check(result.source, result)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from([*FRAGMENTS, *HTML_TAGS]),
        max_size=40,
    ).map("".join)
)
def test_pasted_html_never_crashes(html: str) -> None:
    try:
        result = import_pasted(None, html)
    except DraftImportError as error:
        assert error.reason == "empty"
        return
    _check(result.source, result)


def _docx_bytes() -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Judul")
    document.add_paragraph("JAKARTA, KOMPAS.com - Teras berita.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX = _docx_bytes()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(DOCX) - 1), st.integers(0, 255)), max_size=8))
def test_damaged_docx_is_refused_cleanly_or_read(flips: list[tuple[int, int]]) -> None:
    from redaksi.story.importing.word import read_docx

    data = bytearray(DOCX)
    for position, value in flips:
        data[position] = value
    try:
        read_docx(bytes(data))
    except DraftImportError as error:
        assert error.reason in {"corrupt", "too_big"}


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_with_a_reason(data: bytes) -> None:
    from redaksi.story.importing.opendoc import read_odt
    from redaksi.story.importing.plaintext import read_plain
    from redaksi.story.importing.webpage import read_html
    from redaksi.story.importing.word import read_docx

    for reader in (read_plain, read_html, read_docx, read_odt):
        try:
            reader(data)
        except DraftImportError as error:
            assert error.reason in {"binary", "corrupt", "too_big"}
            assert str(error)
