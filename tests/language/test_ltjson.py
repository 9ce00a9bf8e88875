from __future__ import annotations

from redaksi.language.findings import Category, Finding
from redaksi.language.ltjson import Utf16Map, check_response, sentence_bounds, utf16_length


def _finding(text: str, word: str) -> Finding:
    start = text.index(word)
    return Finding(
        start,
        start + len(word),
        "ID_SPELLING_RULE",
        "Kemungkinan salah ketik.",
        Category.TYPOS,
        "misspelling",
        replacements=("tersebut",),
    )


def test_offsets_count_utf16_units_after_emoji() -> None:
    text = "Warga 😀😀 senang. Hal tersebu terjadi."
    response = check_response([_finding(text, "tersebu")], text)
    match = response["matches"][0]
    assert match["offset"] == text.index("tersebu") + 2
    assert match["length"] == 7
    assert match["sentence"] == "Hal tersebu terjadi."
    assert match["replacements"] == [{"value": "tersebut"}]
    assert match["rule"]["category"] == {"id": "TYPOS", "name": "Kemungkinan salah ketik"}
    assert match["rule"]["issueType"] == "misspelling"
    ctx = match["context"]
    units = ctx["text"].encode("utf-16-le")
    span = units[2 * ctx["offset"] : 2 * (ctx["offset"] + ctx["length"])]
    assert span.decode("utf-16-le") == "tersebu"


def test_context_is_forty_characters_each_side() -> None:
    text = "a" * 100 + " tersebu " + "b" * 100
    match = check_response([_finding(text, "tersebu")], text)["matches"][0]
    assert match["context"]["offset"] == 40
    assert len(match["context"]["text"]) == 40 + 7 + 40


def test_utf16_helpers() -> None:
    text = "x😀y"
    assert utf16_length(text) == 4
    to16 = Utf16Map(text)
    assert [to16(i) for i in range(4)] == [0, 1, 3, 4]
    assert sentence_bounds("Satu. Dua tiga. Empat", 8) == (6, 15)


def test_sentence_index_matches_a_plain_scan() -> None:
    from redaksi.language.ltjson import _SENTENCE_END, SentenceIndex

    def scan(text: str, index: int) -> tuple[int, int]:
        start = 0
        for gap in _SENTENCE_END.finditer(text):
            if gap.end() <= index:
                start = gap.end()
            elif gap.start() >= index:
                return start, gap.start()
        return start, len(text)

    text = 'Satu.  Dua! "Tiga?"  Empat…\n\nLima 😀 enam. Tujuh'
    index = SentenceIndex(text)
    for i in range(len(text) + 1):
        assert index.bounds(i) == scan(text, i)


def test_locate_places_matches_in_the_sent_text() -> None:
    text = "Hal tersebu."
    body = check_response([_finding(text, "tersebu")], text, locate=lambda a, b: (a + 10, b - a))
    assert body["matches"][0]["offset"] == text.index("tersebu") + 10
    assert body["matches"][0]["context"]["offset"] == text.index("tersebu")
