"""Link operations on Story.related and the findings that keep links from breaking."""

from __future__ import annotations

import pytest

from redaksi.language.findings import Category, Level
from redaksi.links.importing import link_from_line, related_line_text, resolve_related
from redaksi.links.related import (
    LinkError,
    add_link,
    end_links,
    external_link,
    inline_links,
    library_link,
    move_link,
    place_link,
    remove_link,
    url_problem,
)
from redaksi.links.search import StorySearch
from redaksi.links.targets import LinkTargets
from redaksi.links.validation import check_links
from redaksi.story.model import Paragraph, RelatedLink, Story
from redaksi.story.status import Status


def _draft() -> Story:
    return Story(
        headline="Banjir Kemang",
        paragraphs=[Paragraph("Satu."), Paragraph("Dua."), Paragraph("Tiga.")],
    )


@pytest.mark.parametrize(
    "url",
    ["https://contoh.id/a", "http://contoh.co.id/berita?id=3#x", "https://localhost:8080/x"],
)
def test_good_urls(url: str) -> None:
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", "kosong"),
        ("ftp://contoh.id/a", "http"),
        ("javascript:alert(1)", "http"),
        ("contoh.id/a", "http"),
        ("https://", "nama situs"),
        ("https://contoh", "nama situs"),
        ("https://contoh .id", "spasi"),
        ("http://[::1", "tidak sah"),
    ],
)
def test_bad_urls_say_why_in_indonesian(url: str, words: str) -> None:
    problem = url_problem(url)
    assert problem is not None and words in problem


def test_external_link_needs_title_and_good_url() -> None:
    with pytest.raises(LinkError, match="Judul"):
        external_link("https://contoh.id", "  ")
    with pytest.raises(LinkError, match="http"):
        external_link("mailto:a@b.id", "Surat")
    link = external_link(" https://contoh.id/a ", " Judul ", "inline", 1)
    assert (link.url, link.title, link.placement, link.after_paragraph) == (
        "https://contoh.id/a",
        "Judul",
        "inline",
        1,
    )


def test_add_move_place_remove() -> None:
    story = _draft()
    a = external_link("https://contoh.id/a", "A")
    b = external_link("https://contoh.id/b", "B", "inline", 0)
    c = external_link("https://contoh.id/c", "C")
    add_link(story, a)
    add_link(story, b)
    assert add_link(story, c, position=0) == 0
    assert [link.title for link in story.related] == ["C", "A", "B"]
    move_link(story, 0, 9)
    assert [link.title for link in story.related] == ["A", "B", "C"]
    place_link(story, 2, "inline", 2)
    assert inline_links(story) == {0: [b], 2: [c]}
    assert end_links(story) == [a]
    place_link(story, 1, "end", 0)
    assert story.related[1].after_paragraph is None
    assert remove_link(story, 0) is a
    assert [link.title for link in story.related] == ["B", "C"]


def test_bad_operations_change_nothing() -> None:
    story = _draft()
    story.id = 5
    add_link(story, external_link("https://contoh.id/a", "A"))
    before = list(story.related)
    with pytest.raises(LinkError, match="sudah ada"):
        add_link(story, external_link("https://contoh.id/a/", "A lagi"))
    with pytest.raises(LinkError, match="dirinya sendiri"):
        add_link(story, RelatedLink("Diri", story_id=5))
    with pytest.raises(LinkError, match="Paragraf"):
        add_link(story, RelatedLink("X", url="https://x.id", placement="inline", after_paragraph=3))
    with pytest.raises(LinkError, match="Paragraf"):
        place_link(story, 0, "inline", None)
    with pytest.raises(LinkError, match="tidak ada"):
        remove_link(story, 4)
    assert story.related == before and story.related[0].placement == "end"


def test_inline_link_whose_paragraph_went_falls_back_to_the_end() -> None:
    story = _draft()
    link = RelatedLink("A", url="https://contoh.id/a", placement="inline", after_paragraph=2)
    story.related.append(link)
    story.paragraphs.pop()
    assert end_links(story) == [link] and inline_links(story) == {2: [link]}


def test_library_link_takes_the_headline_from_the_library(store) -> None:
    target = store.stories.create(Story(headline="Banjir surut", status=Status.TERBIT))
    targets = LinkTargets(store.sessions)
    link = library_link(targets, target.id, "inline", 1)
    assert (link.title, link.story_id, link.url, link.after_paragraph) == (
        "Banjir surut",
        target.id,
        "",
        1,
    )
    store.stories.delete(target.id)
    with pytest.raises(LinkError, match="tidak ditemukan"):
        library_link(targets, target.id)


def _rules(findings) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for finding in findings:
        assert finding.category is Category.LINKS
        out.setdefault(int(finding.extra["link_index"]), set()).add(finding.rule_id)
    return out


def test_findings_for_links_that_would_break(store) -> None:
    def create(headline: str, status: Status) -> int:
        return store.stories.create(Story(headline=headline, status=status)).id

    ok = create("Terbit", Status.TERBIT)
    draft = create("Masih draf", Status.DRAF)
    approved = create("Disetujui", Status.DISETUJUI)
    withdrawn = create("Ditarik", Status.ARSIP)
    trashed = create("Dibuang", Status.TERBIT)
    purged = create("Dihapus", Status.TERBIT)
    store.stories.delete(trashed)
    store.stories.delete(purged)
    store.stories.purge(purged)
    renamed = store.stories.load(ok)
    story = _draft()
    story.related = [
        RelatedLink("Terbit", story_id=ok),
        RelatedLink("Masih draf", story_id=draft),
        RelatedLink("Disetujui", story_id=approved),
        RelatedLink("Ditarik", story_id=withdrawn),
        RelatedLink("Dibuang", story_id=trashed),
        RelatedLink("Dihapus", story_id=None, url="https://contoh.id/ok"),
        RelatedLink("Dihapus", story_id=purged),
        RelatedLink("Salah", url="htp://contoh.id"),
        RelatedLink("Sisipan", url="https://contoh.id/s", placement="inline", after_paragraph=7),
        RelatedLink("Judul lama", story_id=renamed.id),
    ]
    findings = check_links(story, LinkTargets(store.sessions))
    assert _rules(findings) == {
        1: {"LINK_TARGET_UNPUBLISHED"},
        2: {"LINK_TARGET_UNPUBLISHED"},
        3: {"LINK_TARGET_WITHDRAWN"},
        4: {"LINK_TARGET_TRASHED"},
        6: {"LINK_TARGET_PURGED"},
        7: {"LINK_URL_INVALID"},
        8: {"LINK_PLACEMENT"},
        9: {"LINK_DUPLICATE", "LINK_TITLE_CHANGED"},
    }
    by_rule = {f.rule_id: f for f in findings}
    messages = [f.message for f in findings]
    assert "Berita tujuan tautan “Masih draf” belum terbit (status: Draf)." in messages
    assert "Berita tujuan tautan “Dibuang” ada di tempat sampah." in messages
    assert by_rule["LINK_TARGET_WITHDRAWN"].level is Level.ERROR
    assert by_rule["LINK_TITLE_CHANGED"].replacements == ("Terbit",)
    assert by_rule["LINK_TITLE_CHANGED"].level is Level.INFO


def test_a_clean_story_has_no_link_findings(store) -> None:
    target = store.stories.create(Story(headline="Banjir surut", status=Status.TERBIT))
    story = _draft()
    story.related = [
        RelatedLink("Banjir surut", story_id=target.id, placement="inline", after_paragraph=0),
        RelatedLink("Di luar", url="https://contoh.id/luar"),
    ]
    assert check_links(story, LinkTargets(store.sessions)) == []


def test_importer_lines_become_links(store) -> None:
    target = store.stories.create(
        Story(headline="Pembangunan Pasar Johar Rampung", status=Status.TERBIT)
    )
    search = StorySearch.for_store(store)
    assert related_line_text("Baca juga: Sesuatu") == "Sesuatu"
    assert related_line_text("Lihat Juga : Sesuatu") == "Sesuatu"
    assert related_line_text("Ia juga membaca koran.") is None
    link = link_from_line("Baca juga: Pembangunan pasar Johar rampung", search)
    assert link is not None and (link.story_id, link.title) == (
        target.id,
        "Pembangunan Pasar Johar Rampung",
    )
    external = link_from_line("Lihat Juga : Banjir di Kemang - https://contoh.id/banjir.", search)
    assert external is not None
    assert (external.title, external.url) == ("Banjir di Kemang", "https://contoh.id/banjir")
    assert link_from_line("Baca juga: Judul yang tidak ada di pustaka", search) is None


def test_imported_title_only_lines_resolve_to_library_stories(store) -> None:
    published = store.stories.create(
        Story(headline="Ribuan Warga Sipil Tinggalkan Kantong Terakhir ISIS", status=Status.TERBIT)
    )
    store.stories.create(  # a draft with the same headline loses to the published story
        Story(headline="Ribuan warga sipil tinggalkan kantong terakhir ISIS", status=Status.DRAF)
    )
    story = Story(
        headline="Pasukan SDF kepung Baghuz",
        paragraphs=[Paragraph("Satu."), Paragraph("Dua.")],
        related=[
            RelatedLink("ribuan  warga sipil tinggalkan kantong terakhir isis",
                        placement="inline", after_paragraph=1),
            RelatedLink("Judul yang tidak ada di pustaka"),
            RelatedLink("Di luar", url="https://contoh.id/luar"),
        ],
    )  # fmt: skip
    assert resolve_related(story, StorySearch.for_store(store)) == 1
    linked, missing, external = story.related
    assert (linked.story_id, linked.title) == (published.id, published.headline)
    assert (linked.placement, linked.after_paragraph) == ("inline", 1)
    assert (missing.story_id, missing.url) == (None, "")
    assert (external.story_id, external.url) == (None, "https://contoh.id/luar")
    # What stays unresolved is a finding, not a silent broken link.
    findings = check_links(story, LinkTargets(store.sessions))
    assert [f.rule_id for f in findings] == ["LINK_URL_INVALID"]
