"""Round trip: write a story in newsroom conventions, import it, get the same structure back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from redaksi.story.importing import import_text, verify_accounting
from redaksi.story.importing.summary import import_summary

WORDS = [
    "warga",
    "pemerintah",
    "banjir",
    "pasar",
    "harga",
    "beras",
    "sekolah",
    "jalan",
    "jembatan",
    "nelayan",
    "petani",
    "kebun",
    "hujan",
    "sungai",
    "desa",
    "kota",
    "rumah",
    "anggaran",
    "dinas",
    "pompa",
    "tanggul",
    "laut",
    "kapal",
    "bandara",
]
NAMES = ["Rina", "Budi", "Sari", "Agus", "Dewi", "Made", "Siti", "Yohanes"]
DATELINES = [
    ("JAKARTA, KOMPAS.com - ", "JAKARTA", "KOMPAS.com"),
    ("TEMPO.CO, Jakarta - ", "Jakarta", "TEMPO.CO"),
    ("Denpasar (ANTARA) - ", "Denpasar", "ANTARA"),
    ("Jakarta, CNN Indonesia -- ", "Jakarta", "CNN Indonesia"),
    ("SURABAYA - ", "SURABAYA", ""),
    ("Liputan6.com, Jakarta - ", "Jakarta", "Liputan6.com"),
    ("", "", ""),
]
BOILERPLATE = [
    ("Be the first to comment", "kolom komentar"),
    ("Leave a Reply", "kolom komentar"),
    ("Your email address will not be published.", "kolom komentar"),
    ("Share this:", "tombol berbagi"),
    ("*", "tanda bintang lepas"),
]

words = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    text = " ".join(draw(words))
    text = text[0].upper() + text[1:] + "."
    if draw(st.booleans()):
        text = f"“{text}” kata {draw(st.sampled_from(NAMES))}."
    return text


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=3)))


@st.composite
def story(draw: st.DrawFn) -> tuple[str, dict]:
    headline = " ".join(w.capitalize() for w in draw(words))
    if draw(st.booleans()):
        headline = headline.upper()
    opening, place, outlet = draw(st.sampled_from(DATELINES))
    subheadline = ""
    if draw(st.booleans()):
        subheadline = " ".join(draw(words)).capitalize()
    photos = []
    if draw(st.booleans()):
        caption = draw(sentence()).replace("“", "").replace("”", "")
        credit = f"ANTARA FOTO/{draw(st.sampled_from(NAMES))}"
        photos.append({"caption": caption, "credit": credit})
    lead = draw(paragraph())
    body = draw(st.lists(paragraph(), min_size=1, max_size=6))
    related = []
    units: list[str] = []
    for index, text in enumerate(body):
        units.append(text)
        if draw(st.integers(0, 3)) == 0:
            title = " ".join(w.capitalize() for w in draw(words))
            units.append(
                f"{draw(st.sampled_from(['Baca juga', 'Baca Juga', 'Lihat Juga ']))}: {title}"
            )
            related.append({"title": title, "url": "", "position": index})
    end_mark = draw(st.sampled_from(["", "(*)"]))
    credits = {}
    tail = []
    if end_mark:
        tail.append(end_mark)
    if draw(st.booleans()):
        credits = {"pewarta": draw(st.sampled_from(NAMES)), "editor": draw(st.sampled_from(NAMES))}
        tail += [f"Pewarta: {credits['pewarta']}", f"Editor: {credits['editor']}"]
    dropped = draw(st.lists(st.sampled_from(BOILERPLATE), max_size=4))
    head = [headline]
    if subheadline:
        head.append(subheadline)
    if photos:
        head.append(f"{photos[0]['caption']} ({photos[0]['credit']})")
    lines = [*head, opening + lead, *units, *tail, *(text for text, _ in dropped)]
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]))
    text = separator.join(lines)
    expected = {
        "headline": headline,
        "subheadline": subheadline,
        "byline": "",
        "dateline": {"place": place, "outlet": outlet},
        "lead": lead,
        "paragraphs": body,
        "photos": photos,
        "related": related,
        "end_mark": end_mark,
        "credits": credits,
        "tags": [],
        "dropped": [{"text": t, "reason": r} for t, r in dropped],
    }
    return text, expected


@settings(max_examples=200, deadline=None)
@given(story())
def test_written_story_is_recognised_back(case: tuple[str, dict]) -> None:
    text, expected = case
    result = import_text(text)
    assert import_summary(result) == expected
    assert verify_accounting(result.source, result.story, result.report) == []
