"""The related-stories panel on a real store, with real workers, offscreen."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool

from redaksi.gui.related_panel import DETAIL_ROLE, STORY_ID_ROLE, WARNING_ROLE, RelatedPanel
from redaksi.gui.related_worker import LatestOnly
from redaksi.links.related import add_link
from redaksi.links.service import RelatedStories
from redaksi.links.transfer import RELATED_LINK_MIME, decode_links, encode_links
from redaksi.story.model import Paragraph, RelatedLink, Story
from redaksi.story.status import Status

LEAD = "Pasukan SDF menguasai Baghuz dari ISIS, kata Mustafa Bali."


@pytest.fixture
def library(store) -> dict[str, int]:
    def create(headline: str, lead: str, status: Status = Status.TERBIT) -> int:
        return store.stories.create(Story(headline=headline, lead=lead, status=status)).id

    return {
        "baghuz": create("SDF kuasai Baghuz", LEAD),
        "warga": create(
            "Warga mengungsi dari Baghuz", "Warga Baghuz lari saat SDF menyerang ISIS."
        ),
        "cabai": create("Harga cabai naik", "Pedagang Pasar Petisah mengeluh."),
        "draf": create("SDF serahkan tahanan ISIS", "Draf tentang SDF dan ISIS.", Status.DRAF),
    }


@pytest.fixture
def panel(qtbot, store):
    widget = RelatedPanel(RelatedStories.for_store(store))
    qtbot.addWidget(widget)
    yield widget
    widget.wait_for_workers()
    QThreadPool.globalInstance().waitForDone(5000)


def _draft() -> Story:
    return Story(
        headline="SDF umumkan kemenangan di Baghuz",
        lead=LEAD,
        paragraphs=[Paragraph("Mustafa Bali berbicara."), Paragraph("ISIS runtuh.")],
    )


def _candidate_ids(panel: RelatedPanel) -> list[int]:
    return [
        int(panel.candidates.item(i).data(STORY_ID_ROLE)) for i in range(panel.candidates.count())
    ]


def test_suggestions_arrive_with_reasons(qtbot, panel, library) -> None:
    panel.set_story(_draft())
    qtbot.waitUntil(lambda: panel.candidates.count() == 2, timeout=10000)
    assert set(_candidate_ids(panel)) == {library["baghuz"], library["warga"]}
    detail = panel.candidates.item(0).data(DETAIL_ROLE)
    assert "nama sama:" in detail and "Baghuz" in detail
    assert panel.candidates_label.text() == "Saran untuk draf ini (2)"


def test_search_box_searches_the_library_with_stemming(qtbot, panel, library) -> None:
    panel.set_story(_draft())
    qtbot.keyClicks(panel.search_box, "pengungsian")
    qtbot.waitUntil(lambda: _candidate_ids(panel) == [library["warga"]], timeout=10000)
    panel.search_box.clear()
    qtbot.waitUntil(lambda: library["warga"] in _candidate_ids(panel), timeout=10000)
    qtbot.keyClicks(panel.search_box, "serahkan")
    qtbot.waitUntil(lambda: _candidate_ids(panel) == [library["draf"]], timeout=10000)
    assert panel.candidates.item(0).data(WARNING_ROLE).startswith("Belum terbit")


def test_only_the_newest_suggestions_are_shown(qtbot, panel, library) -> None:
    other = Story(headline="Cabai", lead="Harga cabai di Pasar Petisah naik lagi.")
    panel.set_story(_draft())
    panel.set_story(other)  # the first request is now stale
    qtbot.waitUntil(lambda: panel.candidates.count() == 1, timeout=10000)
    panel.wait_for_workers()
    qtbot.wait(50)
    assert _candidate_ids(panel) == [library["cabai"]]


def test_add_by_double_click_with_title_from_library(qtbot, panel, library) -> None:
    story = _draft()
    panel.set_story(story)
    qtbot.waitUntil(lambda: panel.candidates.count() == 2, timeout=10000)
    panel.set_current_paragraph(1)
    item = panel.candidates.item(_candidate_ids(panel).index(library["warga"]))
    center = panel.candidates.visualItemRect(item).center()
    with qtbot.waitSignal(panel.linksChanged):
        qtbot.mouseClick(panel.candidates.viewport(), _left(), pos=center)
        qtbot.mouseDClick(panel.candidates.viewport(), _left(), pos=center)
    assert panel.message.text() == ""  # added once, not refused as a duplicate
    assert story.related == [
        RelatedLink(
            "Warga mengungsi dari Baghuz",
            story_id=library["warga"],
            placement="inline",
            after_paragraph=1,
        )
    ]
    assert panel.links_view.item(0).data(DETAIL_ROLE).startswith("setelah paragraf 2")
    # A linked story is no longer suggested.
    panel.refresh_suggestions()
    qtbot.waitUntil(lambda: _candidate_ids(panel) == [library["baghuz"]], timeout=10000)


def test_drag_payload_round_trips_and_drops_add_links(qtbot, panel, library) -> None:
    story = _draft()
    panel.set_story(story)
    qtbot.waitUntil(lambda: panel.candidates.count() == 2, timeout=10000)
    mime = panel.candidates.mimeData([panel.candidates.item(0)])
    assert mime.formats() == [RELATED_LINK_MIME]
    (dragged,) = decode_links(bytes(mime.data(RELATED_LINK_MIME)))
    assert dragged.story_id == _candidate_ids(panel)[0]
    assert panel.add_from_payload(bytes(mime.data(RELATED_LINK_MIME))) == 1
    external = encode_links([RelatedLink("Kronologi", url="https://contoh.id/k")])
    assert panel.add_from_payload(external, position=0) == 1
    assert story.related[0].title == "Kronologi"
    assert panel.add_from_payload(b"not json") == 0


def test_reorder_place_and_remove(qtbot, panel, library) -> None:
    story = _draft()
    story.related = [
        RelatedLink("A", url="https://contoh.id/a"),
        RelatedLink("B", url="https://contoh.id/b"),
        RelatedLink("C", url="https://contoh.id/c"),
    ]
    panel.set_story(story)
    panel.links_view.setCurrentRow(0)
    qtbot.mouseClick(panel.down_button, _left())
    assert [link.title for link in story.related] == ["B", "A", "C"]
    assert panel.links_view.currentRow() == 1
    panel.links_view.setCurrentRow(2)
    qtbot.mouseClick(panel.up_button, _left())
    assert [link.title for link in story.related] == ["B", "C", "A"]
    panel.set_current_paragraph(0)
    qtbot.mouseClick(panel.place_button, _left())
    assert (story.related[1].placement, story.related[1].after_paragraph) == ("inline", 0)
    qtbot.mouseClick(panel.remove_button, _left())
    assert [link.title for link in story.related] == ["B", "A"]
    panel.links_view.setCurrentRow(1)
    qtbot.keyClick(panel.links_view, Qt.Key.Key_Delete)
    assert [link.title for link in story.related] == ["B"]
    add_link(story, RelatedLink("A", url="https://contoh.id/a"))
    panel.set_story(story)
    panel.move(0, 1)
    assert [link.title for link in story.related] == ["A", "B"]


def test_bad_external_url_is_refused_in_indonesian(qtbot, panel) -> None:
    story = _draft()
    panel.set_story(story)
    qtbot.keyClicks(panel.url_box, "ftp://contoh.id/berkas")
    qtbot.keyClicks(panel.url_title_box, "Berkas")
    qtbot.mouseClick(panel.url_button, _left())
    assert story.related == []
    assert "http" in panel.message.text()
    panel.url_box.setText("https://contoh.id/berkas")
    with qtbot.waitSignal(panel.linksChanged):
        qtbot.mouseClick(panel.url_button, _left())
    assert story.related[0].url == "https://contoh.id/berkas"
    assert panel.url_box.text() == "" and panel.message.text() == ""


def test_links_to_unpublished_stories_are_flagged(qtbot, panel, library) -> None:
    story = _draft()
    story.related = [
        RelatedLink("SDF serahkan tahanan ISIS", story_id=library["draf"]),
        RelatedLink("SDF kuasai Baghuz", story_id=library["baghuz"]),
    ]
    panel.set_story(story)
    qtbot.waitUntil(lambda: bool(panel.links_view.item(0).data(WARNING_ROLE)), timeout=10000)
    assert "belum terbit" in panel.links_view.item(0).data(WARNING_ROLE)
    assert not panel.links_view.item(1).data(WARNING_ROLE)
    assert [f.rule_id for f in panel.findings()] == ["LINK_TARGET_UNPUBLISHED"]


def test_stale_results_are_dropped(qtbot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    runner = LatestOnly(pool)
    release = threading.Event()
    shown: list[str] = []
    runner.finished.connect(shown.append)

    def slow() -> str:
        release.wait(5)
        return "lama"

    runner.start(slow)
    with qtbot.waitSignal(runner.finished):
        runner.start(lambda: "baru")
    release.set()
    assert pool.waitForDone(5000)
    qtbot.wait(100)  # let the stale result's queued signal arrive
    assert shown == ["baru"]


def test_empty_panel_without_story(panel) -> None:
    assert not panel.search_box.isEnabled()
    assert panel.links() == []
    assert panel.candidates_label.text() == "Buka berita untuk melihat saran."


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
