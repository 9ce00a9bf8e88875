"""Someone else saved first: both versions are shown and nothing is overwritten."""

from __future__ import annotations

import copy

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from redaksi.gui.conflict_dialog import ConflictDialog


def _open_and_type(qtbot, window, text):
    story_id = window.library.model.story_id(0)
    window.open_story(story_id)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, text)
    return story_id


def _colleague_saves(gui_store, story_id, text):
    theirs = gui_store.stories.load(story_id)
    theirs = copy.deepcopy(theirs)
    theirs.paragraphs[-1].text += text
    return gui_store.stories.save(theirs, gui_store.user_id)


def _answer(button_name, seen):
    def click():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        seen.append((dialog.ui.theirsView.toPlainText(), dialog.ui.mineView.toPlainText()))
        getattr(dialog.ui, button_name).click()

    QTimer.singleShot(0, click)


def test_keep_mine_as_a_copy(qtbot, window, gui_store):
    story_id = _open_and_type(qtbot, window, " Versi saya.")
    theirs = _colleague_saves(gui_store, story_id, " Versi rekan.")
    seen = []
    _answer("keepCopyButton", seen)
    assert window.save_story() is True
    their_view, my_view = seen[0]
    assert "Versi rekan." in their_view and "Versi saya." not in their_view
    assert "Versi saya." in my_view and "Versi rekan." not in my_view
    # The colleague's version is untouched ...
    stored = gui_store.stories.load(story_id)
    assert stored.version == theirs.version
    assert stored.paragraphs[-1].text.endswith("Versi rekan.")
    # ... and mine lives on as a new story, now open in the editor.
    copy_id = window.editor.loaded.id
    assert copy_id != story_id
    mine = gui_store.stories.load(copy_id)
    assert mine.headline.endswith("(salinan)")
    assert mine.paragraphs[-1].text.endswith("Versi saya.")
    assert mine.extra["copy_of"] == story_id
    assert not window.dirty


def test_cancel_keeps_editing_and_changes_nothing(qtbot, window, gui_store):
    story_id = _open_and_type(qtbot, window, " Versi saya.")
    theirs = _colleague_saves(gui_store, story_id, " Versi rekan.")
    before = gui_store.stories.count()
    _answer("cancelButton", [])
    assert window.save_story() is False
    assert window.dirty
    assert window.editor.story().paragraphs[-1].text.endswith("Versi saya.")
    assert gui_store.stories.count() == before
    assert gui_store.stories.load(story_id).version == theirs.version
    # The unsaved words are protected in the journal meanwhile.
    window.autosave.wait()
    assert window.journal.path_for(window.editor.loaded).exists()


def test_take_theirs_loads_the_stored_version(qtbot, window, gui_store):
    story_id = _open_and_type(qtbot, window, " Versi saya.")
    _colleague_saves(gui_store, story_id, " Versi rekan.")
    _answer("takeTheirsButton", [])
    window.save_story()
    assert window.editor.story().paragraphs[-1].text.endswith("Versi rekan.")
    assert not window.dirty
