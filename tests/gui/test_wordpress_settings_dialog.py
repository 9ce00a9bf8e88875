"""Situs WordPress dialog: settings in the store, the password in the keyring, Uji koneksi."""

from __future__ import annotations

import socket
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from redaksi.gui.wordpress_settings_dialog import WordPressSettingsDialog
from redaksi.publish.credentials import CredentialStore
from redaksi.publish.wordpress import WordPressSettings
from redaksi.publish.wordpress_settings import load_wordpress_settings, save_wordpress_settings
from redaksi.store.settings import SettingsStore

PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX"


def _dialog(qtbot, store, may_manage: bool = True, credentials=None) -> WordPressSettingsDialog:
    dialog = WordPressSettingsDialog(
        SettingsStore(store.sessions), credentials or CredentialStore(), may_manage
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)
    widget.editingFinished.emit()


def _click(qtbot, dialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(which), Qt.MouseButton.LeftButton)


SAVE = QDialogButtonBox.StandardButton.Save
CANCEL = QDialogButtonBox.StandardButton.Cancel


def test_admin_saves_site_and_password_in_the_keyring(
    qtbot, gui_store, desk_keyring, sqlite_url
) -> None:
    dialog = _dialog(qtbot, gui_store)
    ui = dialog.ui
    assert "Belum ada kata sandi" not in ui.passwordState.text()  # no site typed yet
    _type(qtbot, ui.siteUrlEdit, "redaksi.example/")
    _type(qtbot, ui.userEdit, "redaktur")
    assert "Belum ada kata sandi tersimpan untuk «redaktur»" in ui.passwordState.text()
    _type(qtbot, ui.categoryEdit, "Regional")
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("publish"))
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    _click(qtbot, dialog, SAVE)
    assert dialog.result() == WordPressSettingsDialog.DialogCode.Accepted
    site = load_wordpress_settings(SettingsStore(gui_store.sessions))
    assert site == WordPressSettings("https://redaksi.example", "redaktur", "Regional", "publish")
    assert PASSWORD in desk_keyring.path.read_text()
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    gui_store.engine.dispose()
    assert PASSWORD.encode() not in database.read_bytes()

    again = _dialog(qtbot, gui_store, credentials=CredentialStore())  # as after a restart
    assert again.ui.siteUrlEdit.text() == "https://redaksi.example"
    assert again.ui.statusCombo.currentData() == "publish"
    assert again.ui.passwordEdit.text() == ""  # a stored secret is never shown
    assert "tersimpan di keyring sistem" in again.ui.passwordState.text()
    assert not again.ui.keyringWarning.isVisible()


def test_clearing_the_password_waits_for_simpan(qtbot, gui_store, desk_keyring) -> None:
    settings = SettingsStore(gui_store.sessions)
    save_wordpress_settings(settings, WordPressSettings("https://s.example", "dewi"))
    CredentialStore().set_password("https://s.example", "dewi", PASSWORD)
    dialog = _dialog(qtbot, gui_store)
    qtbot.mouseClick(dialog.ui.clearPasswordButton, Qt.MouseButton.LeftButton)
    assert "akan dihapus" in dialog.ui.passwordState.text()
    _click(qtbot, dialog, CANCEL)
    assert CredentialStore().get_password("https://s.example", "dewi") == PASSWORD

    dialog = _dialog(qtbot, gui_store)
    qtbot.mouseClick(dialog.ui.clearPasswordButton, Qt.MouseButton.LeftButton)
    _click(qtbot, dialog, SAVE)
    assert CredentialStore().get_password("https://s.example", "dewi") is None
    assert load_wordpress_settings(settings).user == "dewi"  # the site stays


def test_bad_address_keeps_the_dialog_open(qtbot, gui_store, desk_keyring) -> None:
    dialog = _dialog(qtbot, gui_store)
    _type(qtbot, dialog.ui.siteUrlEdit, "ftp://situs.example")
    _type(qtbot, dialog.ui.userEdit, "dewi")
    _click(qtbot, dialog, SAVE)
    assert dialog.isVisible()
    assert "bukan alamat situs yang sah" in dialog.ui.errorLabel.text()
    assert load_wordpress_settings(SettingsStore(gui_store.sessions)) is None


def test_editor_stores_only_the_password(qtbot, gui_store, desk_keyring) -> None:
    settings = SettingsStore(gui_store.sessions)
    save_wordpress_settings(settings, WordPressSettings("https://s.example", "dewi", "Kota"))
    dialog = _dialog(qtbot, gui_store, may_manage=False)
    ui = dialog.ui
    assert ui.siteUrlEdit.isReadOnly() and not ui.statusCombo.isEnabled()
    assert ui.adminNote.isVisible()
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    _click(qtbot, dialog, SAVE)
    assert CredentialStore().get_password("https://s.example", "dewi") == PASSWORD
    assert load_wordpress_settings(settings) == WordPressSettings(
        "https://s.example", "dewi", "Kota"
    )


def test_editor_cannot_save_before_the_site_is_set_up(qtbot, gui_store, desk_keyring) -> None:
    dialog = _dialog(qtbot, gui_store, may_manage=False)
    assert not dialog.ui.buttons.button(SAVE).isEnabled()
    assert "belum mengatur situs" in dialog.ui.passwordState.text()


def test_without_a_keyring_the_desk_is_told(qtbot, gui_store) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        save_wordpress_settings(
            SettingsStore(gui_store.sessions), WordPressSettings("https://s.example", "dewi")
        )
        credentials = CredentialStore()
        dialog = _dialog(qtbot, gui_store, credentials=credentials)
        assert dialog.ui.keyringWarning.isVisible()
        qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
        _click(qtbot, dialog, SAVE)
        assert credentials.get_password("https://s.example", "dewi") == PASSWORD  # this run
        dialog = _dialog(qtbot, gui_store, credentials=credentials)
        assert "diingat sampai Redaksi ditutup" in dialog.ui.passwordState.text()
    finally:
        keyring.set_keyring(previous)


def _test_connection(qtbot, dialog) -> str:
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    assert "Menguji koneksi" in dialog.ui.testResult.text()  # the answer comes later
    qtbot.waitUntil(lambda: dialog.ui.testButton.isEnabled(), timeout=20_000)
    return dialog.ui.testResult.text()


def test_connection_test_says_ok_or_wrong_password(
    qtbot, gui_store, desk_keyring, wordpress
) -> None:
    dialog = _dialog(qtbot, gui_store)
    _type(qtbot, dialog.ui.siteUrlEdit, wordpress.url)
    _type(qtbot, dialog.ui.userEdit, wordpress.user)
    qtbot.keyClicks(dialog.ui.passwordEdit, "salah salah salah salah")
    assert "kata sandi aplikasi salah" in _test_connection(qtbot, dialog)
    assert not dialog.last_report.ok
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, wordpress.application_password)
    text = _test_connection(qtbot, dialog)
    assert text.startswith("✓ Tersambung sebagai")
    assert load_wordpress_settings(SettingsStore(gui_store.sessions)) is None  # not saved yet


def test_connection_test_says_site_is_down(qtbot, gui_store, desk_keyring) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    dialog = _dialog(qtbot, gui_store)
    _type(qtbot, dialog.ui.siteUrlEdit, f"http://127.0.0.1:{port}")
    _type(qtbot, dialog.ui.userEdit, "dewi")
    qtbot.keyClicks(dialog.ui.passwordEdit, "x")
    assert "tidak dapat dihubungi" in _test_connection(qtbot, dialog)


@pytest.mark.usefixtures("desk_keyring")
def test_menu_opens_the_dialog_from_the_window(qtbot, window, gui_store) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WordPressSettingsDialog)
        dialog.ui.siteUrlEdit.setText("https://dari-menu.example")
        dialog.ui.userEdit.setText("redaktur")
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.save()

    QTimer.singleShot(0, fill)
    window.actions_.wordpress_site.trigger()
    site = load_wordpress_settings(SettingsStore(gui_store.sessions))
    assert site is not None and site.site_url == "https://dari-menu.example"
    assert window.wordpress.credentials.get_password(site.site_url, "redaktur") == PASSWORD
