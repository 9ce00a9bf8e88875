"""The "Ekspor" command in the workstation: permission, override with reason, bundle written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from redaksi.story.status import Status


def _approve(store, story_id: int, **changes):
    story = store.stories.load(story_id)
    story.status = Status.DISETUJUI
    for name, value in changes.items():
        setattr(story, name, value)
    return store.stories.save(story)


def test_draft_cannot_be_exported(qtbot, window, gui_store, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window.export_flow.ask_folder = lambda: None
    window.open_story(gui_store.stories.list()[0].id)
    assert window.export_story() is False
    assert "hanya berita yang sudah disetujui" in shown[0]


def test_approved_story_exports_off_thread(qtbot, window, gui_store, tmp_path: Path) -> None:
    story_id = gui_store.stories.list()[0].id
    _approve(gui_store, story_id)
    window.open_story(story_id)
    flow = window.export_flow
    flow.ask_folder = lambda: tmp_path
    flow.ask_reason = lambda problems: None
    assert window.export_story()
    qtbot.waitUntil(lambda: flow.last_result is not None, timeout=20_000)
    assert (flow.last_result.folder / "index.html").exists()
    assert flow.last_result.zip_path.exists()
    assert "Diekspor ke" in window.statusBar().currentMessage()


def test_not_ready_story_needs_a_reason(qtbot, window, gui_store, tmp_path: Path) -> None:
    story_id = gui_store.stories.list()[0].id
    story = gui_store.stories.load(story_id)
    story.dateline.place = story.dateline.outlet = ""
    _approve(gui_store, story_id, dateline=story.dateline)
    window.open_story(story_id)
    flow = window.export_flow
    asked: list[list] = []
    flow.ask_folder = lambda: tmp_path
    flow.ask_reason = lambda problems: asked.append(problems) or None
    assert window.export_story()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert [p.code for p in asked[0]] == ["dateline"]
    assert flow.last_result is None  # declined: nothing written
    flow.ask_reason = lambda problems: "Dateline menyusul dari koresponden"
    assert window.export_story()
    qtbot.waitUntil(lambda: flow.last_result is not None, timeout=20_000)
    saved = gui_store.stories.load(story_id)
    assert saved.extra["export_override"]["reason"] == "Dateline menyusul dari koresponden"
    # The override was a save: the editor builds on it, so its next save is no conflict.
    assert window.editor.loaded.version == saved.version
    assert window.save_story()


def test_the_reason_question_is_indonesian_and_needs_words(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

    from redaksi.gui.readiness_gate import ask_override_reason
    from redaksi.publish.readiness import Problem

    problems = [Problem("dateline", "Dateline (tempat) belum diisi.")]
    seen: list[tuple[str, list[str]]] = []

    def answer(text: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, lambda: answer(text))
            return
        buttons = dialog.findChild(QDialogButtonBox).buttons()
        seen.append((dialog.labelText(), sorted(b.text() for b in buttons)))
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(0, lambda: answer("Dateline menyusul"))
    assert ask_override_reason(None, problems, "Tulis alasan:") == "Dateline menyusul"
    assert "• Dateline (tempat) belum diisi." in seen[0][0]
    assert seen[0][0].endswith("Tulis alasan:")
    assert seen[0][1] == ["Batal", "Tetap lanjutkan"]
    QTimer.singleShot(0, lambda: answer("   "))
    assert ask_override_reason(None, problems, "Tulis alasan:") is None  # blank is no reason
