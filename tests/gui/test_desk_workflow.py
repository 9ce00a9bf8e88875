"""The workstation under review rules: guarded saves, status moves, locks and comment anchors.

Several desks are real windows on one SQLite store, each signed in as a different person.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlalchemy import select

from redaksi.language.checker import Checker
from redaksi.review.desk import open_review
from redaksi.review.roles import Actor, Role
from redaksi.store.models import AuditRow
from redaksi.store.users import ensure_user
from redaksi.story.model import Paragraph, Story
from redaksi.story.status import Status

PEOPLE = {
    "rina": ("Rina Wulandari", Role.REPORTER),
    "budi": ("Budi Santoso", Role.REPORTER),
    "eka": ("Eka Pratiwi", Role.EDITOR),
    "adi": ("Adi Nugroho", Role.ADMIN),
}


@pytest.fixture
def desk(qtbot, gui_store, tmp_path: Path):
    """Factory: a window signed in as one of :data:`PEOPLE`."""
    from redaksi.gui.main_window import MainWindow
    from redaksi.gui.settings import SettingsStore
    from redaksi.story.recovery import RecoveryJournal

    made = []

    def open_desk(username: str):
        name, role = PEOPLE[username]
        user_id = ensure_user(gui_store.sessions, username, name, role.value)
        window = MainWindow(
            gui_store,
            user_id,
            Checker(),
            settings=SettingsStore(tmp_path / username / "config"),
            journal=RecoveryJournal(tmp_path / username / "recovery"),
        )
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield open_desk
    for window in made:
        window.dirty = False
        window.close()
        window.pool.waitForDone(5000)


def actor(store, username: str) -> Actor:
    name, role = PEOPLE[username]
    return Actor(ensure_user(store.sessions, username, name, role.value), username, name, role)


def draft_by(store, username: str, headline: str = "Warga Bekasi Mengungsi") -> Story:
    story = Story(
        headline=headline,
        lead="Banjir merendam ratusan rumah di Bekasi, Senin.",
        paragraphs=[
            Paragraph("Hujan deras mengguyur sejak Minggu malam."),
            Paragraph("Petugas membuka posko pengungsian di balai desa."),
        ],
    )
    return open_review(store).stories.create(actor(store, username), story)


def moved(store, story: Story, *targets: Status) -> Story:
    review = open_review(store)
    for target in targets:
        story = review.workflow.transition(actor(store, "adi"), story.id, target, "uji")
    return story


def type_at_end(qtbot, window, text: str) -> None:
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, text)


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next modal message box (and remember its text)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_reporter_submits_and_the_story_locks_for_her(qtbot, desk, gui_store) -> None:
    rina = desk("rina")
    story = draft_by(gui_store, "rina")
    rina.open_story(story.id)
    bar = rina.desk.workflow
    assert bar.isVisible() and bar.primary.text() == "Ajukan"
    type_at_end(qtbot, rina, " Air mulai surut.")
    bar.primary.click()  # saves the typing first, then submits
    stored = gui_store.stories.load(story.id)
    assert stored.status is Status.DIAJUKAN
    assert stored.paragraphs[-1].text.endswith("Air mulai surut.")
    assert not rina.dirty
    # A submitted story is the editors' now: the reporter reads it only.
    assert rina.editor.body.isReadOnly() and rina.editor.headline.isReadOnly()
    assert not rina.actions_.bold.isEnabled()
    assert rina.desk.lock_bar.isVisible()
    assert "Diajukan" in rina.desk.lock_bar.text.text()
    assert bar.primary.isHidden()  # her only move now: withdraw, from the menu
    assert [a.text() for a in bar.menu.actions()] == ["Tarik kembali"]
    with gui_store.sessions() as session:
        audit = session.scalars(select(AuditRow).where(AuditRow.story_id == story.id)).all()
    assert [(a.from_status, a.to_status) for a in audit if a.action == "status"] == [
        ("draf", "diajukan")
    ]


def test_editor_edits_returns_with_a_note_and_approves(qtbot, desk, gui_store) -> None:
    story = moved(gui_store, draft_by(gui_store, "rina"), Status.DIAJUKAN)
    eka = desk("eka")
    eka.open_story(story.id)
    assert eka.desk.workflow.primary.text() == "Mulai sunting"
    eka.desk.workflow.primary.click()
    assert gui_store.stories.load(story.id).status is Status.DISUNTING
    assert eka.desk.editable and not eka.editor.body.isReadOnly()
    type_at_end(qtbot, eka, " Data BPBD menyebut 300 rumah.")

    def fill_note() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, fill_note)
            return
        dialog.setTextValue("Lengkapi jumlah pengungsi.")
        dialog.accept()

    QTimer.singleShot(0, fill_note)
    back = next(a for a in eka.desk.workflow.menu.actions() if a.text() == "Kembalikan ke penulis")
    back.trigger()
    stored = gui_store.stories.load(story.id)
    assert stored.status is Status.DIKEMBALIKAN
    assert stored.paragraphs[-1].text.endswith("300 rumah.")  # saved before it went back
    returned = open_review(gui_store).workflow.returned(actor(gui_store, "rina"))
    assert [(r.story_id, r.note) for r in returned] == [(story.id, "Lengkapi jumlah pengungsi.")]
    assert eka.editor.body.isReadOnly()

    rina = desk("rina")
    rina.open_story(story.id)
    assert rina.desk.editable and rina.desk.workflow.primary.text() == "Ajukan ulang"
    rina.desk.workflow.primary.click()
    eka.open_story(story.id)
    eka.desk.workflow.primary.click()  # Mulai sunting
    eka.desk.workflow.primary.click()  # Setujui
    assert gui_store.stories.load(story.id).status is Status.DISETUJUI
    assert eka.desk.workflow.primary.text() == "Terbitkan"


def test_cancelled_note_moves_nothing(qtbot, desk, gui_store) -> None:
    story = moved(gui_store, draft_by(gui_store, "rina"), Status.DIAJUKAN, Status.DISUNTING)
    eka = desk("eka")
    eka.open_story(story.id)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel)
    back = next(a for a in eka.desk.workflow.menu.actions() if a.text() == "Kembalikan ke penulis")
    back.trigger()
    assert gui_store.stories.load(story.id).status is Status.DISUNTING


def test_second_desk_reads_only_until_it_takes_over(qtbot, desk, gui_store) -> None:
    story = moved(gui_store, draft_by(gui_store, "rina"), Status.DIAJUKAN, Status.DISUNTING)
    eka, adi = desk("eka"), desk("adi")
    eka.open_story(story.id)
    assert eka.desk.editable and eka.desk.lock_bar.isHidden()
    type_at_end(qtbot, eka, " Kalimat Eka.")

    adi.open_story(story.id)
    bar = adi.desk.lock_bar
    assert not adi.desk.editable and bar.isVisible()
    assert "Eka Pratiwi" in bar.text.text() and bar.take_over_button.isVisible()
    assert adi.desk.workflow.isHidden()  # no approving text that Eka is still changing
    before = adi.editor.body.toPlainText()
    type_at_end(qtbot, adi, " Ketikan Adi.")
    assert adi.editor.body.toPlainText() == before and not adi.dirty

    bar.take_over_button.click()
    assert adi.desk.editable and bar.isHidden() and not adi.editor.body.isReadOnly()
    assert adi.desk.workflow.primary.text() == "Setujui"
    eka.desk.lock_bar.beat()  # Eka's next heartbeat learns the lock is gone
    assert not eka.desk.editable and eka.editor.body.isReadOnly()
    assert "Adi Nugroho" in eka.desk.lock_bar.text.text()
    assert eka.desk.workflow.isHidden()

    # Eka's unsaved words are not written over Adi's desk, and not lost either.
    seen: list[str] = []
    answer_next_box("Simpan sebagai salinan", seen)
    assert eka.save_story() is True
    assert "Adi Nugroho" in seen[0]
    assert "Kalimat Eka." not in gui_store.stories.load(story.id).paragraphs[-1].text
    copy_story = eka.editor.loaded
    assert copy_story.id != story.id and copy_story.headline.endswith("(salinan)")
    assert gui_store.stories.load(copy_story.id).paragraphs[-1].text.endswith("Kalimat Eka.")
    assert copy_story.author_id == eka.user_id


def test_a_save_the_status_forbids_keeps_the_words(qtbot, desk, gui_store) -> None:
    story = draft_by(gui_store, "rina")
    rina = desk("rina")
    rina.open_story(story.id)
    type_at_end(qtbot, rina, " Tambahan Rina.")
    moved(gui_store, story, Status.DIAJUKAN)  # submitted meanwhile (the admin, another desk)
    seen: list[str] = []
    answer_next_box("Batal", seen)
    assert rina.save_story() is False
    assert "Diajukan" in seen[0]
    assert rina.dirty and rina.editor.body.toPlainText().endswith("Tambahan Rina.")
    assert "Tambahan Rina." not in gui_store.stories.load(story.id).paragraphs[-1].text


def test_reporter_cannot_open_a_colleagues_draft(qtbot, desk, gui_store) -> None:
    story = draft_by(gui_store, "rina")
    budi = desk("budi")
    seen: list[str] = []
    answer_next_box("OK", seen)
    budi.open_story(story.id)
    assert len(seen) == 1 and "tidak" in seen[0].lower()
    assert budi.editor.loaded.id != story.id


def test_comment_on_a_selection_and_find_it_again(qtbot, desk, gui_store) -> None:
    story = moved(gui_store, draft_by(gui_store, "rina"), Status.DIAJUKAN, Status.DISUNTING)
    eka = desk("eka")
    eka.open_story(story.id)
    panel = eka.desk.comments_panel()
    body = eka.editor.body
    words = "posko pengungsian"
    block = body.document().findBlockByNumber(1)
    start = block.position() + block.text().index(words)
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.waitUntil(lambda: panel._selection is not None, timeout=2000)
    assert panel._selection.field == "paragraph:1" and panel._selection.text == words
    panel.editor.setPlainText("Di mana tepatnya poskonya?")
    made = panel.submit()
    assert made is not None and made.anchor.field == "paragraph:1"
    tinted = eka.editor.body.layers.get("comments")
    assert [s.cursor.selectedText() for s in tinted] == [words]

    # A paragraph typed above moves the words; the quote still finds them.
    body.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(body, "Paragraf baru di atas.")
    qtbot.keyClick(body, "\r")
    body.moveCursor(QTextCursor.MoveOperation.End)
    panel.anchorActivated.emit(made.anchor)
    assert body.textCursor().selectedText() == words
    assert body.document().findBlock(body.textCursor().selectionStart()).blockNumber() == 2
