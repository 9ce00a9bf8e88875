"""Inline "Baca juga" markers in the body editor: a real window on a real SQLite store.

The markers must sit after the right paragraph, follow it while the reporter writes, come
back with undo, survive saving and reopening, take drops from the related panel (the
panel's own drag payload) and never show up in the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication

from redaksi.gui.marker_format import block_keys
from redaksi.gui.related_panel import STORY_ID_ROLE, RelatedPanel
from redaksi.links.transfer import RELATED_LINK_MIME, encode_links
from redaksi.story.model import Paragraph, RelatedLink, Story
from redaksi.story.status import Status

PARAGRAPHS = [
    "Kepala Dinas Pekerjaan Umum Kota Semarang mengatakan pompa berkapasitas 6.000 liter.",
    "Pengadaan pompa menelan anggaran Rp18,5 miliar dari APBD Perubahan.",
    "Warga Tambak Lorok berharap genangan surut dalam sehari.",
    "Pemkot juga meninggikan tanggul di sepanjang pantai utara.",
]


@pytest.fixture
def targets(gui_store) -> dict[str, int]:
    def create(headline: str, status: Status = Status.TERBIT) -> int:
        story = Story(headline=headline, lead=f"{headline}.", status=status)
        return gui_store.stories.create(story, gui_store.user_id).id

    return {
        "pompa": create("Pompa baru dipasang di Tanjung Mas"),
        "rob": create("Rob rendam permukiman pesisir Semarang"),
        "tanggul": create("Tanggul laut Semarang mulai dibangun"),
        "draf": create("Draf soal anggaran banjir", Status.DRAF),
    }


@pytest.fixture
def opened(window, gui_store, targets):
    """A story with links after paragraph 0 and 2, one after the lead, one at the end."""
    story = Story(
        headline="Semarang tambah 12 pompa",
        lead="Pemerintah Kota Semarang memasang 12 pompa air baru.",
        paragraphs=[Paragraph(text) for text in PARAGRAPHS],
        related=[
            RelatedLink("Pompa baru dipasang di Tanjung Mas", story_id=targets["pompa"],
                        placement="inline", after_paragraph=0),
            RelatedLink("Rob rendam permukiman pesisir Semarang", story_id=targets["rob"],
                        placement="inline", after_paragraph=2),
            RelatedLink("Kronologi banjir", url="https://contoh.id/kronologi",
                        placement="inline", after_paragraph=-1),
            RelatedLink("Tanggul laut Semarang mulai dibangun", story_id=targets["tanggul"]),
        ],
    )  # fmt: skip
    saved = gui_store.stories.create(story, gui_store.user_id)
    window.open_story(saved.id)
    return saved


def _panel(window) -> RelatedPanel:
    return next(w for w in window.panel_widgets() if isinstance(w, RelatedPanel))


def _placements(window) -> dict[str, int | None]:
    return {
        link.title: link.after_paragraph if link.placement == "inline" else None
        for link in window.current_story().related
    }


def _settle(qtbot) -> None:
    qtbot.wait(10)  # zero timers (repairs after edits made outside the keyboard)


def _put_cursor(body, block_number: int, at_end: bool = False) -> None:
    block = body.document().findBlockByNumber(block_number)
    cursor = body.textCursor()
    cursor.setPosition(block.position() + (block.length() - 1 if at_end else 0))
    body.setTextCursor(cursor)
    body.setFocus()


def _block_point(body, block_number: int) -> QPoint:
    """A viewport point inside the text of block ``block_number``."""
    block = body.document().findBlockByNumber(block_number)
    rect = body.document().documentLayout().blockBoundingRect(block)
    scroll = body.verticalScrollBar().value()
    return QPoint(int(rect.left() + 40), int(rect.top() + rect.height() / 2 - scroll))


def _drop(body, mime: QMimeData, point: QPoint) -> QDropEvent:
    """A drag entering the body and dropped at ``point``, as Qt delivers a real one."""
    _drag_over(body, mime, point)
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(body.viewport(), event)
    return event


def _drag_over(body, mime: QMimeData, point: QPoint) -> QDragMoveEvent:
    """Enter, then move: Qt delivers moves only to a widget that accepted the enter."""
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, *args)
    QApplication.sendEvent(body.viewport(), enter)
    move = QDragMoveEvent(point, Qt.DropAction.CopyAction, *args)
    QApplication.sendEvent(body.viewport(), move)
    return move


def _undo(body) -> None:
    body.setFocus()
    cursor = body.textCursor()  # the keyboard path, as a reporter presses Ctrl+Z
    body.setTextCursor(cursor)
    from PySide6.QtTest import QTest

    QTest.keySequence(body, QKeySequence.StandardKey.Undo)


def _redo(body) -> None:
    from PySide6.QtTest import QTest

    QTest.keySequence(body, QKeySequence.StandardKey.Redo)


def test_markers_sit_after_their_paragraphs_and_outside_the_text(window, opened) -> None:
    body = window.editor.body
    markers = body.markers
    assert markers is not None
    assert not window.dirty and not body.document().isUndoAvailable()
    assert not window.actions_.undo.isEnabled()
    assert _placements(window) == {
        "Pompa baru dipasang di Tanjung Mas": 0,
        "Rob rendam permukiman pesisir Semarang": 2,
        "Kronologi banjir": -1,
        "Tanggul laut Semarang mulai dibangun": None,
    }
    layout = body.document().documentLayout()
    scroll = body.verticalScrollBar().value()
    chips = markers.chips()
    assert len(chips) == 2
    for chip, number in zip(chips, (0, 2), strict=True):
        above = layout.blockBoundingRect(body.document().findBlockByNumber(number))
        below = layout.blockBoundingRect(body.document().findBlockByNumber(number + 1))
        assert above.bottom() - scroll < chip.rect.top()
        assert chip.rect.bottom() < below.top() - scroll
    # The link after the lead sits in the strip above the text.
    assert [markers.strip.isVisible(), len(markers.lead_chips())] == [True, 1]
    assert body.viewportMargins().top() == markers.strip.height() > 0
    # The text is the story's text: nothing of the markers reaches it.
    assert body.toPlainText() == "\n".join(PARAGRAPHS)
    assert "Baca juga" not in body.toPlainText()
    assert [p.text for p in window.current_story().paragraphs] == PARAGRAPHS


def test_markers_follow_their_paragraph_as_the_reporter_writes(qtbot, window, opened) -> None:
    body = window.editor.body
    _put_cursor(body, 0)
    qtbot.keyClicks(body, "Paragraf baru di atas.")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    placements = _placements(window)
    assert placements["Pompa baru dipasang di Tanjung Mas"] == 1
    assert placements["Rob rendam permukiman pesisir Semarang"] == 3
    assert placements["Kronologi banjir"] == -1
    assert block_keys(body.document().findBlockByNumber(0)) == ()
    # Enter at the end of a paragraph: the link stays after it, the new text comes after.
    _put_cursor(body, 1, at_end=True)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Kalimat tambahan yang menyusul.")
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] == 1
    assert _placements(window)["Rob rendam permukiman pesisir Semarang"] == 4
    # Splitting a paragraph: the link follows the end of the text it came after.
    _put_cursor(body, 4)
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=10)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert _placements(window)["Rob rendam permukiman pesisir Semarang"] == 5
    assert block_keys(body.document().findBlockByNumber(4)) == ()
    # A quote is still the same paragraph.
    _put_cursor(body, 1)
    body.set_paragraph_kind("quote")
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] == 1
    assert window.current_story().paragraphs[1].kind == "quote"


def test_deleting_a_paragraph_moves_its_link_to_the_one_before_and_undo_brings_it_back(
    qtbot, window, opened
) -> None:
    body = window.editor.body
    document = body.document()
    cursor = body.textCursor()
    cursor.setPosition(document.findBlockByNumber(2).position())
    cursor.setPosition(document.findBlockByNumber(3).position(), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    assert _placements(window)["Rob rendam permukiman pesisir Semarang"] == 1
    assert len(window.current_story().paragraphs) == 3
    _undo(body)
    assert body.toPlainText() == "\n".join(PARAGRAPHS)
    assert _placements(window)["Rob rendam permukiman pesisir Semarang"] == 2
    assert block_keys(document.findBlockByNumber(1)) == ()
    _redo(body)
    assert _placements(window)["Rob rendam permukiman pesisir Semarang"] == 1
    _undo(body)
    # Deleting the first paragraph hands its link to the lead.
    cursor.setPosition(0)
    cursor.setPosition(document.findBlockByNumber(1).position(), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Backspace)
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] == -1
    assert len(body.markers.lead_chips()) == 2
    _undo(body)
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] == 0
    assert len(body.markers.lead_chips()) == 1
    # Joining two paragraphs with Backspace keeps both links, after the joined one.
    _put_cursor(body, 1)
    qtbot.keyClick(body, Qt.Key.Key_Backspace)
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] == 0
    assert _placements(window)["Rob rendam permukiman pesisir Semarang"] == 1
    _undo(body)
    assert body.toPlainText() == "\n".join(PARAGRAPHS)
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] == 0


def test_cut_and_menu_edits_settle_in_the_same_undo_step(qtbot, window, opened) -> None:
    body = window.editor.body
    document = body.document()
    cursor = body.textCursor()
    cursor.setPosition(document.findBlockByNumber(1).position() + 3)
    cursor.setPosition(
        document.findBlockByNumber(3).position() + 3, QTextCursor.MoveMode.KeepAnchor
    )
    body.setTextCursor(cursor)
    body.cut()  # the menu's Cut, not a key press
    _settle(qtbot)
    assert _placements(window)["Rob rendam permukiman pesisir Semarang"] == 1
    body.undo()
    _settle(qtbot)
    assert body.toPlainText() == "\n".join(PARAGRAPHS)
    assert _placements(window)["Rob rendam permukiman pesisir Semarang"] == 2


def test_drop_from_the_panel_places_the_link_after_that_paragraph_and_it_is_saved(
    qtbot, window, opened, gui_store, targets, open_window, tmp_path: Path
) -> None:
    from redaksi.links.targets import LinkTargets
    from redaksi.publish.bundle import export_bundle
    from redaksi.publish.library_links import library_resolver
    from redaksi.publish.site import SiteSettings

    body = window.editor.body
    panel = _panel(window)
    extra = gui_store.stories.create(
        Story(headline="Anggaran pompa disetujui DPRD", lead="DPRD setuju.", status=Status.TERBIT),
        gui_store.user_id,
    )
    qtbot.keyClicks(panel.search_box, "anggaran pompa")
    qtbot.waitUntil(
        lambda: any(
            panel.candidates.item(i).data(STORY_ID_ROLE) == extra.id
            for i in range(panel.candidates.count())
        ),
        timeout=10000,
    )
    item = next(
        panel.candidates.item(i)
        for i in range(panel.candidates.count())
        if panel.candidates.item(i).data(STORY_ID_ROLE) == extra.id
    )
    mime = panel.candidates.mimeData([item])  # the panel's own drag payload
    point = _block_point(body, 1)
    move = _drag_over(body, mime, point)
    assert move.isAccepted() and body.markers.drop_target() == 1
    event = _drop(body, mime, point)
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction
    assert body.markers.drop_target() is None
    assert _placements(window)["Anggaran pompa disetujui DPRD"] == 1
    assert body.toPlainText() == "\n".join(PARAGRAPHS)  # nothing pasted into the text
    assert panel.links_view.currentItem().text().endswith("Anggaran pompa disetujui DPRD")
    assert window.dirty and window.save_story()
    stored = gui_store.stories.load(opened.id)
    dropped = next(link for link in stored.related if link.story_id == extra.id)
    assert (dropped.placement, dropped.after_paragraph) == ("inline", 1)
    # Reopened in another window, the markers are where they were.
    other = open_window()
    other.open_story(opened.id)
    assert _placements(other) == _placements(window)
    assert len(other.editor.body.markers.chips()) == 3
    # Exported, "Baca juga" follows the second paragraph.
    site = SiteSettings()
    result = export_bundle(
        stored,
        tmp_path / "ekspor",
        site,
        resolve_link=library_resolver(LinkTargets(gui_store.sessions), site, stored),
    )
    html = result.index.read_text(encoding="utf-8")
    second, third = html.index("Pengadaan pompa"), html.index("Warga Tambak Lorok")
    aside = html.index("Anggaran pompa disetujui DPRD")
    assert second < aside < third
    assert html.rindex("Baca juga", 0, aside) > second


def test_end_links_and_markers_move_by_dragging(qtbot, window, opened) -> None:
    body = window.editor.body
    panel = _panel(window)
    # An end-list row dragged onto the text becomes inline (no duplicate).
    panel.links_view.setCurrentRow(3)
    mime = panel.links_view.mimeData([panel.links_view.item(3)])
    assert mime.hasFormat(RELATED_LINK_MIME)
    _drop(body, mime, _block_point(body, 3))
    assert _placements(window)["Tanggul laut Semarang mulai dibangun"] == 3
    assert len(window.current_story().related) == 4
    # A marker dragged to another paragraph moves there.
    chip = body.markers.chips()[0]
    marker = QMimeData()
    marker.setData(RELATED_LINK_MIME, body.markers.source.payload(chip.key))
    _drop(body, marker, _block_point(body, 2))
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] == 2
    # A marker dragged onto the panel's list goes to the end list.
    assert panel.add_from_payload(bytes(marker.data(RELATED_LINK_MIME).data()), 0) == 1
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] is None
    assert window.current_story().related[0].title == "Pompa baru dipasang di Tanjung Mas"
    # Undo in the text takes the link edits back one by one.
    _undo(body)
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] == 2
    _undo(body)
    _undo(body)
    assert _placements(window)["Tanggul laut Semarang mulai dibangun"] is None
    assert panel.links_view.item(3).text().endswith("Tanggul laut Semarang mulai dibangun")


def test_undo_of_text_keeps_dropped_links_and_undo_of_the_drop_removes_it(
    qtbot, window, opened
) -> None:
    body = window.editor.body
    _put_cursor(body, 3, at_end=True)
    qtbot.keyClicks(body, " Tambahan")
    payload = encode_links([RelatedLink("Peta banjir", url="https://contoh.id/peta")])
    mime = QMimeData()
    mime.setData(RELATED_LINK_MIME, payload)
    _drop(body, mime, _block_point(body, 3))
    _put_cursor(body, 0, at_end=True)
    qtbot.keyClicks(body, " lagi")
    _undo(body)  # the typing
    assert _placements(window)["Peta banjir"] == 3
    assert len(window.current_story().related) == 5
    _undo(body)  # the drop
    assert "Peta banjir" not in _placements(window)
    assert body.toPlainText().endswith("utara. Tambahan")
    _redo(body)
    assert _placements(window)["Peta banjir"] == 3
    assert _panel(window).links()[-1].title == "Peta banjir"


def test_plain_text_and_files_still_drop_as_before(qtbot, window, opened, tmp_path: Path) -> None:
    body = window.editor.body
    text = QMimeData()
    text.setText("kata ")
    event = _drop(body, text, _block_point(body, 0))
    assert event.isAccepted()
    assert "kata " in body.toPlainText().split("\n")[0]
    assert _placements(window)["Pompa baru dipasang di Tanjung Mas"] == 0
    assert body.markers.drop_target() is None
    window.dirty = False
    draft = tmp_path / "draf.txt"
    draft.write_text("Judul dari berkas\n\nIsi berita dari berkas.", encoding="utf-8")
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(draft))])
    with qtbot.waitSignal(body.fileDropped) as dropped:
        _drop(body, files, _block_point(body, 0))
    assert dropped.args == [str(draft)]
    assert window.editor.story().headline == "Judul dari berkas"  # imported and opened


def test_marker_click_selects_the_link_and_its_menu_moves_or_removes_it(
    qtbot, window, opened
) -> None:
    body = window.editor.body
    panel = _panel(window)
    panel.links_view.setCurrentRow(3)
    chip = body.markers.chips()[1]
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=chip.rect.center().toPoint())
    assert panel.links_view.currentRow() == 1
    assert body.textCursor().position() == 0  # the click did not move the caret
    [lead] = body.markers.lead_chips()
    strip = body.markers.strip
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=lead.rect.center().toPoint())
    assert panel.links_view.currentRow() == 2
    menu = body.markers.build_menu(chip, body)
    actions = {action.text(): action for action in menu.actions()}
    assert list(actions) == [
        "Pilih di panel Berita terkait",
        "Pindahkan ke akhir berita",
        "Hapus tautan",
    ]
    actions["Pindahkan ke akhir berita"].trigger()
    assert _placements(window)["Rob rendam permukiman pesisir Semarang"] is None
    assert len(body.markers.chips()) == 1
    chip = body.markers.chips()[0]
    body.markers.build_menu(chip, body).actions()[2].trigger()
    assert "Pompa baru dipasang di Tanjung Mas" not in _placements(window)
    assert body.markers.chips() == []


def test_broken_links_colour_their_marker(qtbot, window, opened, targets) -> None:
    body = window.editor.body
    mime = QMimeData()
    mime.setData(
        RELATED_LINK_MIME,
        encode_links([RelatedLink("Draf soal anggaran banjir", story_id=targets["draf"])]),
    )
    _drop(body, mime, _block_point(body, 1))
    source = body.markers.source
    key = next(c.key for c in body.markers.chips() if source.title(c.key).startswith("Draf"))
    qtbot.waitUntil(lambda: source.tone(key)[0] == "error", timeout=10000)
    assert "belum terbit" in source.tone(key)[1]
    others = [c.key for c in body.markers.chips() if c.key != key]
    assert all(source.tone(k)[0] == "ok" for k in others)


def test_imported_baca_juga_title_links_to_the_library_and_shows_in_the_text(
    window, gui_store
) -> None:
    from redaksi.resources import resource

    target = gui_store.stories.create(
        Story(
            headline="Ribuan Warga Sipil Tinggalkan Kantong Terakhir ISIS",
            lead="Warga sipil meninggalkan Baghuz.",
            status=Status.TERBIT,
        ),
        gui_store.user_id,
    )
    imported = window.import_file(resource("sample", "draf-tempelan.txt"))
    assert imported is not None
    [link] = gui_store.stories.load(imported.id).related
    assert (link.story_id, link.placement, link.after_paragraph) == (target.id, "inline", 1)
    markers = window.editor.body.markers
    [chip] = markers.chips()
    assert markers.source.title(chip.key) == target.headline
    assert _placements(window) == {target.headline: 1}


def test_dragging_shows_where_the_link_lands_and_the_strip_takes_it_after_the_lead(
    qtbot, window, opened
) -> None:
    from PySide6.QtGui import QDragLeaveEvent

    from redaksi.gui.marker_format import chip_metrics

    body = window.editor.body
    markers = body.markers
    strip = markers.strip
    resting = strip.height()
    mime = QMimeData()
    mime.setData(RELATED_LINK_MIME, encode_links([RelatedLink("Peta", url="https://contoh.id/p")]))
    _drag_over(body, mime, _block_point(body, 2))
    assert markers.drop_target() == 2
    # While a link is dragged, the strip offers a place right after the lead.
    assert strip.height() == resting + chip_metrics().space(1)
    QApplication.sendEvent(body.viewport(), QDragLeaveEvent())
    qtbot.waitUntil(lambda: markers.drop_target() is None, timeout=2000)
    assert strip.height() == resting
    _drag_over(body, mime, _block_point(body, 2))
    point = QPoint(40, strip.height() - chip_metrics().height // 2 - 2)
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(body.viewport(), QDragLeaveEvent())
    QApplication.sendEvent(strip, QDragEnterEvent(point, Qt.DropAction.CopyAction, *args))
    assert markers.drop_target() == -1
    QApplication.sendEvent(strip, QDropEvent(QPointF(point), Qt.DropAction.CopyAction, *args))
    assert _placements(window)["Peta"] == -1
    assert [markers.source.title(c.key) for c in markers.lead_chips()] == [
        "Kronologi banjir",
        "Peta",
    ]
    assert strip.height() == resting + chip_metrics().space(1)


def test_a_read_only_story_refuses_link_drops_and_edits(qtbot, window, opened, targets) -> None:
    body = window.editor.body
    panel = _panel(window)
    before = _placements(window)
    window.editor.set_read_only(True)  # what the desk does when another desk holds the lock
    chip = body.markers.chips()[0]
    assert [a.text() for a in body.markers.build_menu(chip, body).actions()] == [
        "Pilih di panel Berita terkait"
    ]
    mime = panel.links_view.mimeData([panel.links_view.item(0)])
    point = _block_point(body, 1)
    assert not _drag_over(body, mime, point).isAccepted()
    assert not _drop(body, mime, point).isAccepted()
    assert _placements(window) == before and not window.dirty
