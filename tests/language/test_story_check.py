from __future__ import annotations

from redaksi.language.defaults import build_checker
from redaksi.language.story_check import ParagraphChecker, check_story, checkable_fields
from redaksi.store.dictionary import NewsroomDictionary, PersonalIgnores
from redaksi.store.users import ensure_user
from redaksi.story.model import Dateline, Paragraph, Photo, Story


def _story() -> Story:
    return Story(
        headline="Banjir melanda Jakrta",
        subheadline="Ribuan warga mengungsi",
        dateline=Dateline("JAKARTA", "Redaksi"),
        lead="Hujan deras sejak kemarin membuat sungai meluap.",
        paragraphs=[
            Paragraph("Warga tersebu mengungsi ke masjid."),
            Paragraph("Petugas membagikan makanan."),
        ],
        photos=[Photo(caption="Warga mengungsi dibawah hujan.", alt_text="Perahu karet di jalan")],
    )


def _words(text: str, findings) -> list[str]:
    return [text[f.start : f.end] for f in findings]


def test_every_checkable_field_is_checked() -> None:
    story = _story()
    keys = [f.key for f in checkable_fields(story)]
    assert keys == [
        "headline",
        "subheadline",
        "dateline",
        "lead",
        "body:0",
        "body:1",
        "photo:0:caption",
        "photo:0:alt_text",
    ]
    found = check_story(build_checker(), story)
    spelling = [f for f in found["headline"] if f.is_spelling]
    assert _words(story.headline, spelling) == ["Jakrta"]
    assert _words(story.paragraphs[0].text, found["body:0"]) == ["tersebu"]
    assert _words(story.photos[0].caption, found["photo:0:caption"]) == ["dibawah"]
    assert found["body:1"] == () and found["lead"] == () and found["dateline"] == ()


def test_only_changed_paragraphs_are_rechecked() -> None:
    checker = ParagraphChecker(build_checker())
    texts = ["Warga tersebu mengungsi.", "Petugas membagikan makanan.", "Hujan turun lagi."]
    first = checker.check_paragraphs(texts)
    assert checker.misses == 3
    texts[1] = "Petugas membagikan makanann."
    second = checker.check_paragraphs(texts)
    assert checker.misses == 4 and checker.hits == 2
    assert second[0] == first[0] and second[2] == first[2]
    assert _words(texts[1], second[1]) == ["makanann"]


def test_newsroom_dictionary_from_the_store_applies_to_the_next_check(store) -> None:
    user = ensure_user(store.sessions, "rini", "Rini K.", "editor")
    text = "Kemarin Wiryokusumo menulis cuitan kwotanya dengan gaya wkwk."
    before = build_checker(NewsroomDictionary(store.sessions).words()).check(text)
    assert {text[f.start : f.end] for f in before} >= {"Wiryokusumo", "kwotanya", "wkwk"}

    NewsroomDictionary(store.sessions).add("Wiryokusumo", "name", user)
    NewsroomDictionary(store.sessions).add("kwotanya", "word", user)
    PersonalIgnores(store.sessions, user).add("wkwk")
    after = build_checker(
        NewsroomDictionary(store.sessions).words(),
        PersonalIgnores(store.sessions, user).words(),
    ).check(text)
    assert after == []


def test_story_ignored_words() -> None:
    story = _story()
    story.ignored_words = ["tersebu"]
    found = check_story(build_checker(story_ignores=story.ignored_words), story)
    assert found["body:0"] == ()


def test_warm_up_loads_the_shared_lexicon() -> None:
    from redaksi.language.defaults import warm_up
    from redaksi.language.spelling.lexicon import default_lexicon

    warm_up()
    assert default_lexicon() is default_lexicon()
    assert default_lexicon().knows("rumah")


def test_clitic_after_a_name_with_hyphen_is_correct() -> None:
    text = "Pesan itu disampaikan melalui akun Twitter-nya dan STNK-nya hilang."
    assert build_checker().check(text) == []
