"""Terbitkan ke WordPress from the workstation, against the real WordPress on loopback.

The story is published from the window with its photos, read back through the REST API,
published again (same post, nothing uploaded twice), and the failures — wrong password,
site down, a cancel half-way — are shown to the desk without losing a word.
"""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from redaksi.gui.wordpress_publish_dialog import CONFIRM, PROGRESS, RESULT
from redaksi.media.library import PhotoLibrary
from redaksi.publish.credentials import CredentialStore
from redaksi.publish.wordpress import WordPressSettings
from redaksi.publish.wordpress_settings import save_wordpress_settings
from redaksi.publish.wordpress_state import published_state
from redaksi.store.settings import SettingsStore
from redaksi.story.status import Status
from tests.photo_factory import agency_jpeg

LEFT = Qt.MouseButton.LeftButton


def _configure(store, url: str, user: str, password: str, status: str = "draft") -> None:
    save_wordpress_settings(
        SettingsStore(store.sessions), WordPressSettings(url, user, "Regional", status)
    )
    CredentialStore().set_password(url, user, password)


@pytest.fixture
def site(gui_store, desk_keyring, wordpress):
    _configure(gui_store, wordpress.url, wordpress.user, wordpress.application_password)
    return wordpress


def _approved_with_photos(store, slug: str, headline: str) -> int:
    story_id = store.stories.list()[0].id
    library = PhotoLibrary(store)
    for n, size in enumerate(((1800, 1200), (1700, 1130))):
        library.attach(story_id, agency_jpeg(size), f"pompa-{n}.jpg")

    def approve(story, _session) -> None:
        story.status = Status.DISETUJUI
        story.slug = slug
        story.headline = headline
        for n, photo in enumerate(story.photos, start=1):
            photo.caption = f"POMPA – Pompa nomor {n} di Kaligawe."
            photo.credit = "FOTO: ANTARA/Dewi"
            photo.alt_text = f"Pompa air nomor {n}"

    store.stories.modify(story_id, approve)
    return story_id


def _start(qtbot, window) -> None:
    window.actions_.publish_wordpress.trigger()
    dialog = window.wordpress.dialog
    qtbot.waitUntil(
        lambda: dialog.isVisible() and dialog.stack.currentIndex() == CONFIRM, timeout=20_000
    )


def _send(qtbot, window, publish: bool = True):
    flow = window.wordpress
    dialog = flow.dialog
    choice = dialog.publish_choice if publish else dialog.draft_choice
    qtbot.mouseClick(choice, LEFT, pos=QPoint(8, choice.height() // 2))  # on the round button
    assert choice.isChecked()
    with qtbot.waitSignal(flow.ended, timeout=180_000) as ended:
        qtbot.mouseClick(dialog.send_button, LEFT)
        assert dialog.stack.currentIndex() == PROGRESS
    return ended.args[0]


def _posts(site, slug: str) -> list[dict]:
    with site.api() as api:
        return api.get("/posts", params={"slug": slug, "status": "draft,publish"}).json()


def _media_total(site) -> int:
    with site.api() as api:
        return int(api.get("/media", params={"per_page": 1}).headers["X-WP-Total"])


def test_publish_from_the_window_then_update_the_same_post(qtbot, window, gui_store, site):
    story_id = _approved_with_photos(gui_store, "pompa-dari-jendela", "Pompa Baru dari Jendela")
    window.open_story(story_id)
    media_before = _media_total(site)
    _start(qtbot, window)
    dialog = window.wordpress.dialog
    assert dialog.draft_choice.isChecked()  # the site's default status
    assert "tulisan baru" in dialog.previous.text()
    steps: list[int] = []
    dialog.bar.valueChanged.connect(steps.append)

    outcome = _send(qtbot, window)
    assert outcome.ok, outcome.message
    assert outcome.created and outcome.status == "publish" and outcome.uploads == 12
    assert dialog.stack.currentIndex() == RESULT
    assert outcome.url in dialog.link.text() and "<a href=" in dialog.link.text()
    assert dialog.open_button.isVisible()
    assert steps[:12] == list(range(1, 13))  # one step per rendition uploaded, then the post
    assert "Terkirim ke WordPress" in window.statusBar().currentMessage()

    [post] = _posts(site, "pompa-dari-jendela")
    assert post["id"] == outcome.post_id and post["link"] == outcome.url
    assert post["title"]["rendered"] == "Pompa Baru dari Jendela"
    assert (
        post["featured_media"]
        in published_state(gui_store.stories.load(story_id))["media"].values()
    )
    assert _media_total(site) == media_before + 12

    stored = gui_store.stories.load(story_id)
    assert published_state(stored)["post_id"] == outcome.post_id
    assert window.editor.loaded.version == stored.version  # the editor took the new version
    notes = [r.note for r in gui_store.stories.revisions(story_id)]
    assert any(note.startswith("Dikirim ke WordPress (publish)") for note in notes)

    # The editor corrects the headline and saves: no conflict with the publish.
    window.editor.ui.headlineEdit.setText("Pompa Baru dari Jendela Diperbarui")
    assert window.save_story()
    _start(qtbot, window)
    assert "akan diperbarui, tidak digandakan" in dialog.previous.text()
    again = _send(qtbot, window)
    assert again.ok and not again.created and again.post_id == outcome.post_id
    assert again.uploads == 0
    [post] = _posts(site, "pompa-dari-jendela")
    assert post["title"]["rendered"] == "Pompa Baru dari Jendela Diperbarui"
    assert _media_total(site) == media_before + 12  # nothing uploaded twice


def test_wrong_password_is_shown_and_nothing_is_lost(qtbot, window, gui_store, site):
    CredentialStore().set_password(site.url, site.user, "salah salah salah salah")
    story_id = _approved_with_photos(gui_store, "sandi-salah", "Sandi Salah Tidak Menerbitkan")
    window.open_story(story_id)
    words = gui_store.stories.load(story_id).paragraphs
    _start(qtbot, window)
    outcome = _send(qtbot, window)
    dialog = window.wordpress.dialog
    assert not outcome.ok and "kata sandi aplikasi salah" in outcome.message
    assert "kata sandi aplikasi salah" in dialog.detail.text()
    assert "Coba lagi melanjutkan dari titik terhenti" in dialog.detail.text()
    assert dialog.retry_button.isVisible() and not dialog.open_button.isVisible()
    assert _posts(site, "sandi-salah") == []
    assert gui_store.stories.load(story_id).paragraphs == words

    # With the right password the same dialog's retry publishes, without asking again.
    CredentialStore().set_password(site.url, site.user, site.application_password)
    with qtbot.waitSignal(window.wordpress.ended, timeout=180_000) as ended:
        qtbot.mouseClick(dialog.retry_button, LEFT)
    assert ended.args[0].ok and ended.args[0].status == "publish"
    assert [p["id"] for p in _posts(site, "sandi-salah")] == [ended.args[0].post_id]


def test_site_down_is_shown_and_typing_goes_on(qtbot, window, gui_store, desk_keyring, monkeypatch):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    _configure(gui_store, f"http://127.0.0.1:{port}", "redaktur", "sandi")
    story_id = _approved_with_photos(gui_store, "situs-mati", "Situs Sedang Mati")
    window.open_story(story_id)
    _start(qtbot, window)
    flow = window.wordpress
    with qtbot.waitSignal(flow.ended, timeout=60_000) as ended:
        qtbot.mouseClick(flow.dialog.send_button, LEFT)
        window.editor.ui.headlineEdit.setText("Situs Sedang Mati, Judul Tetap Diketik")
    outcome = ended.args[0]
    assert not outcome.ok and "tidak dapat dihubungi" in outcome.message
    assert window.editor.ui.headlineEdit.text() == "Situs Sedang Mati, Judul Tetap Diketik"
    assert window.save_story()  # typed during the attempt, saved without a conflict
    assert gui_store.stories.load(story_id).headline == "Situs Sedang Mati, Judul Tetap Diketik"

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    window.new_story()  # another story in the editor: retry does not publish that one
    qtbot.mouseClick(flow.dialog.retry_button, LEFT)
    assert "Buka lagi berita «Situs Sedang Mati" in told[0]
    assert not flow.busy


def test_cancel_leaves_no_post_and_retry_continues(qtbot, window, gui_store, site):
    story_id = _approved_with_photos(gui_store, "dibatalkan", "Pengiriman yang Dibatalkan")
    window.open_story(story_id)
    media_before = _media_total(site)
    _start(qtbot, window)
    flow = window.wordpress
    dialog = flow.dialog

    def cancel_after_first_upload(value: int) -> None:
        if value >= 1 and dialog.cancel_button.isEnabled():
            qtbot.mouseClick(dialog.cancel_button, LEFT)

    dialog.bar.valueChanged.connect(cancel_after_first_upload)
    outcome = _send(qtbot, window)
    dialog.bar.valueChanged.disconnect(cancel_after_first_upload)
    assert outcome.cancelled and "tulisan di situs tidak diubah" in outcome.message
    assert dialog.result_title.text() == "✗ Dibatalkan"
    assert _posts(site, "dibatalkan") == []
    done = len(published_state(gui_store.stories.load(story_id))["media"])
    assert 1 <= done < 12
    assert _media_total(site) == media_before + done

    with qtbot.waitSignal(flow.ended, timeout=180_000) as ended:
        qtbot.mouseClick(dialog.retry_button, LEFT)
    retried = ended.args[0]
    assert retried.ok and retried.uploads == 12 - done
    assert [p["id"] for p in _posts(site, "dibatalkan")] == [retried.post_id]
    assert _media_total(site) == media_before + 12


def test_draft_story_is_refused_before_anything_happens(window, gui_store, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window.open_story(gui_store.stories.list()[0].id)
    assert window.wordpress.start() is False
    assert "hanya berita yang sudah disetujui atau terbit" in shown[0]
    assert not window.wordpress.dialog.isVisible()


def test_unconfigured_site_offers_the_settings(window, gui_store, desk_keyring, monkeypatch):
    asked: list[str] = []

    def decline(*args, **_kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)
    story_id = _approved_with_photos(gui_store, "belum-diatur", "Situs Belum Diatur")
    window.open_story(story_id)
    assert window.wordpress.start() is False
    assert "Situs WordPress belum diatur" in asked[0]
    save_wordpress_settings(
        SettingsStore(gui_store.sessions), WordPressSettings("https://s.example", "dewi")
    )
    assert window.wordpress.start() is False
    assert "belum tersimpan di komputer ini" in asked[1]
