"""The recovery offer: recover a never-saved story, discard another, ignore stale journals."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from redaksi.story.model import Paragraph, Story
from redaksi.story.recovery import RecoveryJournal


def _dead_pid() -> int:
    out = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout)


def test_recover_new_story_and_discard_other(qtbot, window, gui_store):
    crashed = RecoveryJournal(window.journal.folder, pid=_dead_pid())
    fresh = Story(headline="Belum pernah disimpan", paragraphs=[Paragraph("Kata terakhir.")])
    unwanted = Story(headline="Coretan", paragraphs=[Paragraph("Tidak perlu.")])
    crashed.write(unwanted)
    crashed.write(fresh)
    # A journal identical to the stored story holds nothing new: it is dropped silently.
    stored = gui_store.stories.load(gui_store.stories.list()[0].id)
    crashed.write(stored)

    def choose():
        dialog = QApplication.activeModalWidget()
        titles = [
            dialog.ui.entryList.item(i).text().split("\n")[0]
            for i in range(dialog.ui.entryList.count())
        ]
        assert sorted(titles) == ["Belum pernah disimpan", "Coretan"]
        row = titles.index("Coretan")
        dialog.ui.entryList.setCurrentRow(row)
        dialog.ui.discardButton.click()
        dialog.ui.entryList.setCurrentRow(0)
        dialog.ui.recoverButton.click()

    QTimer.singleShot(0, choose)
    recovered = window.offer_recovery()
    assert recovered is not None and recovered.headline == "Belum pernah disimpan"
    assert window.editor.story().paragraphs[0].text == "Kata terakhir."
    assert window.dirty
    assert window.save_story()
    assert gui_store.stories.load(window.editor.loaded.id).headline == "Belum pernah disimpan"
    assert RecoveryJournal(window.journal.folder).orphans() == []
