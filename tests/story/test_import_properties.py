"""Property tests: the importer never crashes and never loses a character."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaksi.story.importing import DraftImportError, import_pasted, import_text, verify_accounting
from redaksi.story.importing.ledger import UNRECOGNISED

# Pieces of real drafts, so generated text hits the recogniser's patterns, not just noise.
HTML_TAGS = ["<p>", "</p>", "<br>", "<b>", "</b>", "<a href='x'>", "</a>", "<script>x</script>"]
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


def _check(result_text: str, result) -> None:
    problems = verify_accounting(result_text, result.story, result.report)
    assert problems == []
    assert not [d for d in result.report.dropped if d.reason == UNRECOGNISED]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_every_character_is_accounted_for(text: str) -> None:
    try:
        result = import_text(text)
    except DraftImportError as error:
        assert error.reason == "empty"
        assert not text.strip()
        return
    _check(result.source.text, result)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    try:
        result = import_text(text)
    except DraftImportError as error:
        assert error.reason == "empty"
        return
    _check(result.source.text, result)


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
    _check(result.source.text, result)
