"""History, tracked-change diff, comments and review queue widgets on a real SQLite store."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from redaksi.gui.comments_panel import CommentsPanel
from redaksi.gui.history_panel import HistoryPanel
from redaksi.gui.review_queue import ReviewQueue
from redaksi.gui.review_session import ReviewSession, review_session
from redaksi.gui.review_style import DELETE_TEXT, INSERT_TEXT
from redaksi.review.comments import Anchor
from redaksi.review.desk import Review, open_review
from redaksi.review.roles import Actor, Role
from redaksi.store.store import open_store
from redaksi.store.users import ensure_user
from redaksi.story.model import Paragraph, Story
from redaksi.story.status import Status


@dataclass
class Desk:
    review: Review
    rina: Actor
    budi: Actor
    eka: Actor
    story: Story

    def session(self, actor: Actor) -> ReviewSession:
        return ReviewSession(self.review, actor, f"desk-{actor.username}")


@pytest.fixture
def desk(sqlite_url):
    store = open_store(sqlite_url)
    review = open_review(store)

    def person(username: str, name: str, role: Role) -> Actor:
        return Actor(ensure_user(store.sessions, username, name, role.value), username, name, role)

    rina = person("rina", "Rina Wulandari", Role.REPORTER)
    budi = person("budi", "Budi Santoso", Role.REPORTER)
    eka = person("eka", "Eka Pratiwi", Role.EDITOR)
    story = review.stories.create(
        rina,
        Story(
            headline="Banjir Rendam Ratusan Rumah di Bekasi",
            lead="Banjir merendam ratusan rumah warga di Jatiasih, Senin (23/3).",
            paragraphs=[Paragraph("Hujan deras mengguyur sejak Minggu malam.")],
        ),
    )
    review.workflow.transition(rina, story.id, Status.DIAJUKAN)
    story = review.workflow.transition(eka, story.id, Status.DISUNTING)
    story.headline = "Banjir Rendam 312 Rumah di Bekasi"
    story.paragraphs[0] = Paragraph("Hujan deras yang mengguyur sejak Minggu malam.")
    story = review.stories.save(eka, story, note="Sunting redaktur")
    yield Desk(review, rina, budi, eka, story)
    store.close()


def _fragments(document) -> list[tuple[str, object]]:
    """(text, char format) of every fragment of a rendered document."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            found.append((fragment.text(), fragment.charFormat()))
            it += 1
        block = block.next()
    return found


def test_history_lists_revisions_and_shows_tracked_changes(qtbot, desk) -> None:
    panel = HistoryPanel(desk.session(desk.rina))
    qtbot.addWidget(panel)
    panel.show_story(desk.story)
    assert panel.revision_list.topLevelItemCount() == 4
    assert panel.revision_list.topLevelItem(0).text(2) == "Eka Pratiwi"
    # the newest revision is compared with the one before it
    assert panel.compared == (3, 4)
    assert panel.compare_label.text() == "Revisi 3 → revisi 4"
    fragments = _fragments(panel.diff_view.document())
    deleted = [f for text, f in fragments if text == "Ratusan"]
    inserted = [f for text, f in fragments if text == "312"]
    assert deleted and deleted[0].fontStrikeOut()
    assert deleted[0].foreground().color() == QColor(DELETE_TEXT)
    assert inserted and inserted[0].fontUnderline()
    assert inserted[0].foreground().color() == QColor(INSERT_TEXT)
    assert not inserted[0].fontStrikeOut()
    assert any(text.strip() == "yang" and f.fontUnderline() for text, f in fragments)
    assert "+2" in panel.summary.text() and "−1" in panel.summary.text()
    # unchanged fields appear only on request
    assert "Banjir merendam" not in panel.diff_view.toPlainText()
    panel.show_unchanged.setChecked(True)
    assert "Banjir merendam" in panel.diff_view.toPlainText()


def test_history_compares_any_two(qtbot, desk) -> None:
    panel = HistoryPanel(desk.session(desk.eka))
    qtbot.addWidget(panel)
    panel.show_story(desk.story)
    panel.compare(1, 2)
    assert panel.compared == (1, 2)
    assert not any(d.changed for d in panel.diffs)
    assert "Tidak ada perubahan" in panel.diff_view.toPlainText()
    panel.compare(4, 1)
    assert panel.compared == (1, 4)
    assert {d.key for d in panel.diffs if d.changed} == {"headline", "body"}


def test_history_restore_from_the_button(qtbot, desk) -> None:
    panel = HistoryPanel(desk.session(desk.eka))
    qtbot.addWidget(panel)
    panel.show_story(desk.story)
    panel.compare(1, 1)
    assert panel.restore_button.isEnabled()
    asked = []
    panel.confirm_restore = lambda number: asked.append(number) or True
    with qtbot.waitSignal(panel.restored) as signal:
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert asked == [1]
    saved = signal.args[0]
    assert saved.version == 5 and saved.headline == "Banjir Rendam Ratusan Rumah di Bekasi"
    assert panel.revision_list.topLevelItemCount() == 5
    assert panel.revision_list.topLevelItem(0).text(4) == "Dipulihkan dari revisi 1"
    assert "dipulihkan" in panel.message.text()


def test_history_restore_refused_for_reporter(qtbot, desk) -> None:
    panel = HistoryPanel(desk.session(desk.rina))
    qtbot.addWidget(panel)
    panel.show_story(desk.story)
    panel.compare(1, 1)
    assert not panel.restore_button.isEnabled()
    assert panel.restore_selected() is None
    assert "tidak dapat diubah" in panel.message.text()
    assert desk.review.store.stories.load(desk.story.id).version == 4


def _buttons(panel, name: str) -> list[QPushButton]:
    QApplication.processEvents()  # new cards are shown on the next event-loop turn
    return [b for b in panel.findChildren(QPushButton, name) if b.isVisible()]


def test_comments_add_reply_resolve(qtbot, desk) -> None:
    panel = CommentsPanel(desk.session(desk.eka))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_story(desk.story)
    assert "Belum ada komentar" in panel.cards.empty.text()
    # a comment on a selected range
    lead = desk.story.lead
    start = lead.index("ratusan rumah")
    panel.set_selection(Anchor("lead", start, start + 13, "ratusan rumah"))
    assert panel.context_label.text() == "Mengomentari Teras: “ratusan rumah”"
    qtbot.keyClicks(panel.editor, "Berapa tepatnya?")
    qtbot.mouseClick(panel.send, Qt.MouseButton.LeftButton)
    assert panel.editor.toPlainText() == ""
    assert panel.context_label.text() == "Komentar untuk seluruh berita"
    [thread] = panel.threads
    assert thread.root.anchor == Anchor("lead", start, start + 13, "ratusan rumah")
    # a reply from the card's button
    qtbot.mouseClick(_buttons(panel, "replyButton")[0], Qt.MouseButton.LeftButton)
    assert panel.context_label.text() == "Membalas Eka Pratiwi"
    panel.editor.setPlainText("Data BPBD: 312.")
    panel.submit()
    assert [r.body for r in panel.threads[0].replies] == ["Data BPBD: 312."]
    assert "1 terbuka" in panel.count.text()
    # resolve hides it; "show resolved" brings it back with "reopen"
    qtbot.mouseClick(_buttons(panel, "resolveButton")[0], Qt.MouseButton.LeftButton)
    assert panel.threads[0].resolved
    assert _buttons(panel, "replyButton") == []
    assert "Semua komentar sudah selesai" in panel.cards.empty.text()
    panel.show_resolved.setChecked(True)
    qtbot.mouseClick(_buttons(panel, "reopenButton")[0], Qt.MouseButton.LeftButton)
    assert not panel.threads[0].resolved


def test_comment_quote_activates_anchor(qtbot, desk) -> None:
    lead = desk.story.lead
    start = lead.index("Jatiasih")
    anchor = Anchor("lead", start, start + 8, "Jatiasih")
    desk.review.comments.add(desk.eka, desk.story.id, "Kelurahan atau kecamatan?", anchor)
    panel = CommentsPanel(desk.session(desk.rina))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_story(desk.story)
    quote = next(lbl for lbl in panel.findChildren(QLabel) if "Jatiasih" in lbl.text())
    assert "TERAS" in quote.text()
    with qtbot.waitSignal(panel.anchorActivated) as signal:
        quote.linkActivated.emit("anchor")
    assert signal.args[0] == anchor


def test_comment_errors_are_shown_and_change_nothing(qtbot, desk) -> None:
    panel = CommentsPanel(desk.session(desk.eka))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_story(desk.story)
    panel.editor.setPlainText("   ")
    assert panel.submit() is None
    assert panel.message.text() == "Komentar masih kosong."
    outsider = CommentsPanel(desk.session(desk.budi))
    qtbot.addWidget(outsider)
    outsider.show_story(desk.story)
    assert "tidak berhak" in outsider.message.text()
    outsider.editor.setPlainText("Boleh ikut?")
    assert outsider.submit() is None
    assert desk.review.comments.threads(desk.eka, desk.story.id) == []


def test_editor_queue_opens_and_starts_editing(qtbot, desk) -> None:
    other = desk.review.stories.create(desk.budi, Story(headline="DPRD Sahkan APBD Perubahan"))
    desk.review.workflow.transition(desk.budi, other.id, Status.DIAJUKAN, note="Siap sunting")
    queue = ReviewQueue(desk.session(desk.eka))
    qtbot.addWidget(queue)
    queue.show()
    assert queue.tabs.tabText(0) == "Antrean sunting (2)"
    rows = [queue.queue.topLevelItem(i).text(0) for i in range(queue.queue.topLevelItemCount())]
    assert rows == ["Banjir Rendam 312 Rumah di Bekasi", "DPRD Sahkan APBD Perubahan"]
    second = queue.queue.topLevelItem(1)
    queue.queue.clearSelection()
    second.setSelected(True)
    assert queue.detail_note.text() == "Siap sunting" and queue.start_button.isVisible()
    with qtbot.waitSignal(queue.openRequested) as opened:
        qtbot.mouseClick(queue.start_button, Qt.MouseButton.LeftButton)
    assert opened.args == [other.id]
    assert desk.review.store.stories.load(other.id).status is Status.DISUNTING
    with qtbot.waitSignal(queue.openRequested) as opened:
        item = queue.queue.topLevelItem(0)
        queue.queue.itemDoubleClicked.emit(item, 0)
    assert opened.args == [desk.story.id]


def test_reporter_sees_returned_stories_with_notes(qtbot, desk) -> None:
    desk.review.workflow.transition(
        desk.eka, desk.story.id, Status.DIKEMBALIKAN, note="Tambahkan tanggapan BPBD."
    )
    queue = ReviewQueue(desk.session(desk.rina))
    qtbot.addWidget(queue)
    queue.show()
    assert queue.tabs.count() == 1 and queue.tabs.tabText(0) == "Dikembalikan ke saya (1)"
    QApplication.processEvents()
    texts = [lbl.text() for lbl in queue.findChildren(QLabel) if lbl.isVisible()]
    assert any("Tambahkan tanggapan BPBD." in t for t in texts)
    assert any(t.startswith("Dikembalikan oleh Eka Pratiwi") for t in texts)
    with qtbot.waitSignal(queue.openRequested) as opened:
        qtbot.mouseClick(_buttons(queue, "openReturned")[0], Qt.MouseButton.LeftButton)
    assert opened.args == [desk.story.id]


def test_panel_context_from_the_window(qtbot, desk) -> None:
    @dataclass
    class Context:
        store: object
        user_id: int

    context = Context(desk.review.store, desk.eka.user_id)
    session = review_session(context)
    assert session.actor == desk.eka and session.desk
    # every widget of one window is one desk: the lock bar's lock covers the history restore
    from redaksi.gui.edit_lock_bar import EditLockBar

    bar, history = EditLockBar(context), HistoryPanel(context)
    qtbot.addWidget(bar)
    qtbot.addWidget(history)
    assert review_session(context) is session
    assert bar.open_story(desk.story.id)
    history.show_story(desk.story)
    history.compare(1, 1)
    assert history.restore_selected() is not None, history.message.text()
    bar.close_story()


def test_edit_lock_bar_between_two_desks(qtbot, desk) -> None:
    from redaksi.gui.edit_lock_bar import EditLockBar

    adi = Actor(
        ensure_user(desk.review.store.sessions, "adi", "Adi Nugroho", "admin"),
        "adi",
        "Adi Nugroho",
        Role.ADMIN,
    )
    mine = EditLockBar(desk.session(desk.eka))
    theirs = EditLockBar(desk.session(adi))
    reporter = EditLockBar(desk.session(desk.rina))
    for bar in (mine, theirs, reporter):
        qtbot.addWidget(bar)
    assert mine.open_story(desk.story.id) and mine.isHidden() and mine.timer.isActive()
    # another desk sees who holds it and opens read-only
    assert not theirs.open_story(desk.story.id)
    assert not theirs.isHidden() and "Eka Pratiwi" in theirs.text.text()
    assert "hanya-baca" in theirs.text.text() and not theirs.take_over_button.isHidden()
    # the reporter may not edit a story in editing at all: no take-over offered
    assert not reporter.open_story(desk.story.id)
    assert reporter.take_over_button.isHidden() and "hanya-baca" in reporter.text.text()
    # explicit take-over; the first desk learns at its next heartbeat
    with qtbot.waitSignal(theirs.editableChanged) as changed:
        qtbot.mouseClick(theirs.take_over_button, Qt.MouseButton.LeftButton)
    assert changed.args == [True] and theirs.isHidden()
    with qtbot.waitSignal(mine.lockLost):
        mine.beat()
    assert not mine.editable and "Adi Nugroho" in mine.text.text()
    # closing releases the lock, so the first desk can take it again
    theirs.close_story()
    assert desk.review.locks.holder(desk.story.id) is None
    mine.retry_button.click()
    assert mine.editable and desk.review.locks.holder(desk.story.id).holder_name == "Eka Pratiwi"


def test_edit_lock_bar_when_the_story_leaves_editing(qtbot, desk) -> None:
    from redaksi.gui.edit_lock_bar import EditLockBar

    bar = EditLockBar(desk.session(desk.eka))
    qtbot.addWidget(bar)
    assert bar.open_story(desk.story.id)
    desk.review.workflow.transition(desk.eka, desk.story.id, Status.DISETUJUI)
    with qtbot.waitSignal(bar.lockLost):
        bar.beat()
    assert not bar.editable and "Disetujui" in bar.text.text()
    assert bar.take_over_button.isHidden() and bar.retry_button.isHidden()
