"""Render the review screenshots of real workstation windows offscreen.

    PYTHONPATH=src python scripts/desk_screenshots.py docs

Three desks on one store: a reporter, an editor and an administrator.  Writes
``desk-read-only.png`` (the administrator opens the story the editor holds) and
``comments-in-text.png`` (a range comment, tinted in the text).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out_dir: str) -> int:
    """Write the screenshots into ``out_dir``."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from redaksi.gui.main_window import MainWindow
    from redaksi.gui.settings import SettingsStore
    from redaksi.gui.theme import apply_theme
    from redaksi.language.checker import Checker
    from redaksi.review.desk import open_review
    from redaksi.review.roles import Actor, Role
    from redaksi.store.seed import seed_if_empty
    from redaksi.store.store import open_store
    from redaksi.store.users import ensure_user
    from redaksi.story.recovery import RecoveryJournal
    from redaksi.story.status import Status

    app = QApplication(sys.argv)
    apply_theme(app, "light")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    store = open_store(f"sqlite:///{work / 'redaksi.sqlite3'}")
    rina = ensure_user(store.sessions, "rina", "Rina Wulandari", Role.REPORTER.value)
    eka = ensure_user(store.sessions, "eka", "Eka Pratiwi", Role.EDITOR.value)
    adi = ensure_user(store.sessions, "adi", "Adi Nugroho", Role.ADMIN.value)
    seed_if_empty(store, rina)
    story_id = store.stories.list()[0].id
    admin = Actor(adi, "adi", "Adi Nugroho", Role.ADMIN)
    open_review(store).workflow.transition(admin, story_id, Status.DIAJUKAN)

    def desk(user_id: int, name: str) -> MainWindow:
        window = MainWindow(
            store,
            user_id,
            Checker(),
            settings=SettingsStore(work / name),
            journal=RecoveryJournal(work / name / "recovery"),
        )
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        window.open_story(story_id)
        app.processEvents()
        return window

    editor = desk(eka, "eka")
    admin_desk = desk(adi, "adi")
    admin_desk.grab().save(str(out / "desk-read-only.png"))
    admin_desk.close()
    editor.close()

    commenter = desk(eka, "eka-comments")
    body = commenter.editor.body
    block = body.document().findBlockByNumber(0)
    words = "6.000 liter per detik"
    start = block.position() + block.text().index(words)
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    QTest.qWait(300)  # the selection settles before the panel hears of it
    panel = commenter.desk.comments_panel()
    assert panel is not None
    panel.editor.setPlainText("Sumbernya siapa? Mohon cantumkan data Dinas PU.")
    panel.submit()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    commenter.panels["comments"].raise_()
    app.processEvents()
    QTest.qWait(200)
    commenter.grab().save(str(out / "comments-in-text.png"))
    commenter.close()
    store.close()
    print(out / "desk-read-only.png")
    print(out / "comments-in-text.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
