"""Publish the sample story with photos from the workstation to a real WordPress; screenshots.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src:. python scripts/wordpress_screenshots.py docs

Needs what the publishing tests need (Debian's ``wordpress``, PHP, a local MariaDB): the site
is installed on loopback by ``tests/publish/wordpress_site.py`` and removed afterwards.  The
password goes to a keyring file in a temporary folder, never to this desk's real keyring.
Prints how long the first publish (photos uploaded) and the update took.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _photo(kind: str, size: tuple[int, int]) -> bytes:
    from tests.photo_factory import scene

    buffer = io.BytesIO()
    scene(kind, size).save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def main(out_dir: str) -> int:
    """Write ``wordpress-settings.png``, ``wordpress-progress.png``, ``wordpress-publish.png``."""
    import keyring
    from PySide6.QtWidgets import QApplication

    from redaksi.gui.main_window import MainWindow
    from redaksi.gui.settings import SettingsStore as WindowSettings
    from redaksi.gui.wordpress_settings_dialog import WordPressSettingsDialog
    from redaksi.language.checker import Checker
    from redaksi.media.library import PhotoLibrary
    from redaksi.publish.wordpress import WordPressSettings
    from redaksi.publish.wordpress_settings import save_wordpress_settings
    from redaksi.store.seed import seed_if_empty
    from redaksi.store.settings import SettingsStore
    from redaksi.store.store import open_store
    from redaksi.store.users import ensure_user
    from redaksi.story.model import Story
    from redaksi.story.recovery import RecoveryJournal
    from redaksi.story.status import Status
    from tests.keyring_backend import FileKeyring
    from tests.publish.wordpress_site import missing_requirements, start_wordpress

    reason = missing_requirements()
    if reason:
        print(f"cannot start WordPress: {reason}", file=sys.stderr)
        return 1
    out = Path(out_dir)
    work = Path(tempfile.mkdtemp(prefix="redaksi-wp-shots-"))
    os.environ["REDAKSI_DATA_DIR"] = str(work / "data")
    keyring.set_keyring(FileKeyring(work / "keyring.json"))
    app = QApplication.instance() or QApplication(sys.argv)
    site = start_wordpress(work / "wordpress")
    try:
        store = open_store(f"sqlite:///{work / 'desk.sqlite3'}")
        user_id = ensure_user(store.sessions, "dewi", "Dewi Anggraini")
        seed_if_empty(store, user_id)
        story_id = store.stories.list()[0].id
        library = PhotoLibrary(store)
        for kind, size in (("flood", (2400, 1600)), ("market", (2000, 1333))):
            library.attach(story_id, _photo(kind, size), f"{kind}.jpg")

        def approve(story: Story, _session: object) -> None:
            story.status = Status.DISETUJUI
            for photo, caption in zip(
                story.photos,
                (
                    "ROB – Warga melintasi genangan rob di Kaligawe, Semarang, Senin (3/3).",
                    "PASAR – Pedagang Pasar Johar kembali berjualan setelah air surut.",
                ),
                strict=True,
            ):
                photo.caption = caption
                photo.credit = "FOTO: Redaksi/Dewi Anggraini"
                photo.alt_text = caption.split("–", 1)[1].strip()

        store.stories.modify(story_id, approve)
        save_wordpress_settings(
            SettingsStore(store.sessions),
            WordPressSettings(site.url, site.user, "Regional", "publish"),
        )
        window = MainWindow(
            store,
            user_id,
            Checker(),
            settings=WindowSettings(work / "config"),
            journal=RecoveryJournal(work / "recovery"),
        )
        window.resize(1366, 768)
        window.show()
        window.open_story(story_id)

        # The site dialog as an editor finds it: password stored, connection tested.
        flow = window.wordpress
        first = WordPressSettingsDialog(SettingsStore(store.sessions), flow.credentials, True)
        first.ui.passwordEdit.setText(site.application_password)
        first.save()
        dialog = WordPressSettingsDialog(
            SettingsStore(store.sessions), flow.credentials, True, window
        )
        dialog.show()
        dialog.test_connection()
        while dialog.last_report is None:
            app.processEvents()
        dialog.grab().save(str(out / "wordpress-settings.png"))
        print(f"connection test: {dialog.last_report.message}")
        dialog.reject()

        for round_number in (1, 2):
            outcomes = []
            flow.ended.connect(outcomes.append)
            flow.start()
            while not flow.dialog.isVisible() or flow.dialog.stack.currentIndex() != 0:
                app.processEvents()
            if round_number == 1:
                shots = {"taken": False}

                def at_half(value: int, shots: dict = shots) -> None:
                    if value == 5 and not shots["taken"]:
                        shots["taken"] = True
                        flow.dialog.grab().save(str(out / "wordpress-progress.png"))

                flow.dialog.bar.valueChanged.connect(at_half)
            flow.dialog.send_button.click()
            while not outcomes:
                app.processEvents()
            flow.ended.disconnect(outcomes.append)
            outcome = outcomes[0]
            if not outcome.ok:
                print(f"publish failed: {outcome.message}", file=sys.stderr)
                return 1
            print(
                f"publish {round_number}: {outcome.seconds:.2f} s, "
                f"{outcome.uploads} uploads, post {outcome.post_id} "
                f"({'created' if outcome.created else 'updated'})"
            )
            app.processEvents()
            if round_number == 1:
                flow.dialog.grab().save(str(out / "wordpress-publish.png"))
        window.dirty = False
        window.close()
        store.close()
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
