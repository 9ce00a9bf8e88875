"""Render the README screenshots of the workstation offscreen.

    PYTHONPATH=src python scripts/screenshots.py docs/screenshots

The library is filled with a few demo stories; findings come from Redaksi's real Indonesian
checker (spelling and house-style rules), as a reporter sees them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_STORIES = [
    ("Harga Cabai Rawit di Pasar Johar Tembus Rp90.000 per Kilogram", "diajukan", "Ekonomi"),
    ("KPU Jawa Tengah Tetapkan 35 Ribu TPS untuk Pilkada Serentak", "disunting", "Politik"),
    ("Timnas U-23 Tahan Imbang Vietnam di Stadion Manahan", "terbit", "Olahraga"),
    ("Gempa Magnitudo 5,2 Guncang Cianjur, Warga Berhamburan", "disetujui", "Nasional"),
    ("Dinkes Temukan 14 Kasus Demam Berdarah di Kecamatan Tembalang", "dikembalikan", "Kesehatan"),
    ("Festival Kota Lama Semarang Dibuka dengan Parade Budaya", "arsip", "Gaya Hidup"),
]


def sample_author(store: object, story_id: int) -> int:
    """Author id of the sample story."""
    return store.stories.load(story_id).author_id  # type: ignore[attr-defined]


def main(out_dir: str) -> int:
    """Write the screenshots into ``out_dir``."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    data = tempfile.mkdtemp()
    os.environ["REDAKSI_DATA_DIR"] = data
    from redaksi.gui import app as app_module
    from redaksi.store.users import ensure_user
    from redaksi.story.model import Paragraph, Story
    from redaksi.story.status import Status

    station = app_module.build_workstation(f"sqlite:///{data}/demo.sqlite3")
    store = station.store
    sample = store.stories.list()[0]
    editors = {
        "Rizky Pratama": ensure_user(store.sessions, "rizky", "Rizky Pratama"),
        "Sri Wahyuni": ensure_user(store.sessions, "sri", "Sri Wahyuni"),
        "Bagus Santoso": ensure_user(store.sessions, "bagus", "Bagus Santoso"),
    }
    for index, (headline, status, category) in enumerate(DEMO_STORIES):
        author = list(editors.values())[index % len(editors)]
        store.stories.create(
            Story(
                headline=headline,
                status=Status(status),
                category=category,
                lead="Teras berita.",
                paragraphs=[Paragraph("Isi berita.")],
                author_id=author,
            ),
            author,
        )
    from sqlalchemy import update

    from redaksi.store.models import UserRow

    with store.sessions.begin() as session:  # the sample's author is the local account
        session.execute(
            update(UserRow)
            .where(UserRow.id == sample_author(store, sample.id))
            .values(display_name="Dewi Anggraini")
        )
    window = station.window
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    from redaksi.gui.theme import apply_theme

    for width, height, theme in ((1366, 768, "light"), (1920, 1080, "light"), (1366, 768, "dark")):
        tones = apply_theme(station.app, theme)
        window.set_dark(tones.dark)
        window.resize(width, height)
        window.show()
        station.app.processEvents()
        window.fit_library()
        window.library.refresh()
        window.open_story(sample.id)
        body = window.editor.body
        cursor = body.textCursor()
        cursor.setPosition(body.document().findBlockByNumber(0).position())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        body.setTextCursor(cursor)
        body.setFocus()
        QTest.keyClicks(
            body,
            " Sistem drainase itu di kelola bersama sesuai praktek terbaik, "
            "hal tersebu disampaikan Rini.",
        )
        deadline = 1500  # the checker loads its dictionaries in the background first
        while deadline and not (window.editor.checks_idle() and window.editor.located_findings()):
            station.app.processEvents()
            QTest.qWait(20)
            deadline -= 1
        QTest.qWait(400)
        station.app.processEvents()
        suffix = "-dark" if theme == "dark" else ""
        path = out / f"workstation-{width}x{height}{suffix}.png"
        window.grab().save(str(path))
        print(path)
        window.dirty = False
    dialogs(window, out)
    window.close()
    store.close()
    return 0


def dialogs(window: object, out: Path) -> None:
    """The conflict and recovery dialogs, as a reporter meets them."""
    import copy
    from datetime import UTC, datetime

    from redaksi.gui.conflict_dialog import ConflictDialog
    from redaksi.gui.recovery_dialog import RecoveryDialog
    from redaksi.gui.theme import apply_theme
    from redaksi.store.errors import VersionConflict
    from redaksi.story.recovery import JournalEntry

    apply_theme(
        window.app
        if hasattr(window, "app")
        else __import__("PySide6.QtWidgets").QtWidgets.QApplication.instance(),
        "light",
    )
    window.set_dark(False)
    mine = window.editor.story()
    theirs = copy.deepcopy(mine)
    theirs.paragraphs[0].text = theirs.paragraphs[0].text.replace(
        "Kepala Dinas", "Plt Kepala Dinas"
    )
    dialog = ConflictDialog(VersionConflict(mine.id or 1, 1, 2), theirs, mine, window)
    dialog.resize(1100, 640)
    dialog.show()
    dialog.grab().save(str(out / "conflict-dialog.png"))
    print(out / "conflict-dialog.png")
    dialog.close()
    entry = JournalEntry(Path("x"), mine, datetime.now(UTC), 1, "desk")
    recovery = RecoveryDialog([entry], window)
    recovery.resize(900, 520)
    recovery.show()
    recovery.grab().save(str(out / "recovery-dialog.png"))
    print(out / "recovery-dialog.png")
    recovery.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
