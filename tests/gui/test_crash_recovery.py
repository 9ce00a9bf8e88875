"""Kill a real workstation with SIGKILL after typing; the next start offers the words back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from redaksi.language.checker import Checker
from redaksi.story.recovery import RecoveryJournal

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from redaksi.gui.app import build_workstation

    station = build_workstation()
    window = station.window
    window.show()
    window.autosave.set_delay(0.3)
    story_id = station.store.stories.list()[0].id
    window.open_story(story_id)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(body, sys.argv[1])
    window.editor.headline.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(window.editor.headline, sys.argv[2])
    journal = window.journal.path_for(window.editor.loaded)

    def wait_for_journal():
        if journal.exists():
            print("READY", flush=True)
        else:
            QTimer.singleShot(50, wait_for_journal)

    wait_for_journal()
    station.app.exec()
    """
)


@pytest.mark.slow
def test_sigkill_after_typing_offers_the_text_back(qtbot, gui_store, tmp_path, monkeypatch):
    data_dir = Path(os.environ["REDAKSI_DATA_DIR"])
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data_dir / 'redaksi.sqlite3'}"
    env = dict(
        os.environ,
        REDAKSI_DATABASE_URL=url,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(sys.path),
    )
    typed_body = " Warga diminta waspada rob susulan."
    typed_headline = " (Diperbarui)"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, typed_body, typed_headline],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "READY", child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()

    from redaksi.gui.main_window import MainWindow
    from redaksi.gui.settings import SettingsStore
    from redaksi.store.store import open_store
    from redaksi.store.users import ensure_user, local_username

    store = open_store(url)
    try:
        user_id = ensure_user(store.sessions, local_username())
        window = MainWindow(
            store,
            user_id,
            Checker(),
            settings=SettingsStore(tmp_path / "cfg"),
            journal=RecoveryJournal(data_dir / "recovery"),
        )
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))
        window.show()
        stored = store.stories.list()[0]
        seen = []

        def recover():
            dialog = QApplication.activeModalWidget()
            seen.append(dialog.ui.entryList.item(0).text())
            dialog.ui.recoverButton.click()

        QTimer.singleShot(0, recover)
        recovered = window.offer_recovery()
        assert recovered is not None
        assert seen and seen[0].startswith(stored.headline + typed_headline)
        story = window.editor.story()
        assert story.id == stored.id
        assert story.headline == stored.headline + typed_headline
        assert story.paragraphs[-1].text.endswith(typed_body)
        assert window.dirty  # recovered words are unsaved until the reporter saves
        assert window.save_story()
        assert store.stories.load(stored.id).paragraphs[-1].text.endswith(typed_body)
        assert RecoveryJournal(data_dir / "recovery").orphans() == []
    finally:
        store.close()
