"""Situs WordPress: where stories are published, as whom, and this desk's application password.

The site's address, user, default category and status are newsroom settings in the store,
changed by an administrator (like the house style).  The application password is a secret of
each desk: any editor stores, replaces or clears it in the operating system's keyring, never
in the database.  "Uji koneksi" asks the site off the GUI thread.  Cancelling changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from redaksi.gui.forms.ui_wordpress_settings_dialog import Ui_WordPressSettingsDialog
from redaksi.gui.related_worker import LatestOnly
from redaksi.publish.credentials import CredentialStore
from redaksi.publish.wordpress import WordPressSettings
from redaksi.publish.wordpress_check import ConnectionReport, check_connection
from redaksi.publish.wordpress_settings import (
    STATUSES,
    SiteSettingsError,
    load_wordpress_settings,
    save_wordpress_settings,
    validated,
)
from redaksi.store.settings import SettingsStore as NewsroomSettings

OK_COLOUR = "#1a7f37"
ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#9a6700"


class WordPressSettingsDialog(QDialog):
    """Edit the site settings (administrators) and this desk's password (editors too)."""

    def __init__(
        self,
        settings: NewsroomSettings,
        credentials: CredentialStore,
        may_manage: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WordPressSettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self._credentials = credentials
        self._may_manage = may_manage
        self._clear_requested = False
        self.stored = load_wordpress_settings(settings)
        self.saved: WordPressSettings | None = None
        ui = self.ui
        labels = (self.tr("Draf"), self.tr("Terbit langsung"))
        for status, label in zip(STATUSES, labels, strict=True):
            ui.statusCombo.addItem(label, status)
        buttons = ui.buttons
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.passwordHelp.setStyleSheet("color: palette(placeholder-text);")
        ui.adminNote.setStyleSheet("color: palette(placeholder-text);")
        ui.keyringWarning.setStyleSheet(f"color: {WARNING_COLOUR};")
        self._fill()
        for line in (ui.siteUrlEdit, ui.userEdit, ui.categoryEdit):
            line.setReadOnly(not may_manage)  # readable and copyable, not editable
        ui.statusCombo.setEnabled(may_manage)
        ui.adminNote.setVisible(not may_manage)
        if not may_manage and self.stored is None:  # nothing to key a password to yet
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        ui.siteUrlEdit.editingFinished.connect(self.show_password_state)
        ui.userEdit.editingFinished.connect(self.show_password_state)
        ui.clearPasswordButton.clicked.connect(self.clear_password)
        ui.testButton.clicked.connect(self.test_connection)
        self._test = LatestOnly(QThreadPool.globalInstance(), self)
        self._test.finished.connect(self._tested)
        self._test.failed.connect(lambda message: self._tested(ConnectionReport(False, message)))
        self.last_report: ConnectionReport | None = None
        self.show_password_state()

    def _fill(self) -> None:
        site = self.stored
        if site is None:
            return
        ui = self.ui
        ui.siteUrlEdit.setText(site.site_url)
        ui.userEdit.setText(site.user)
        ui.categoryEdit.setText(site.default_category)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(site.default_status)))

    # -- reading the form -----------------------------------------------------------------------
    def typed_site(self) -> WordPressSettings:
        """The settings as typed; raises :class:`SiteSettingsError` with the reason."""
        ui = self.ui
        return validated(
            ui.siteUrlEdit.text(),
            ui.userEdit.text(),
            ui.categoryEdit.text(),
            str(ui.statusCombo.currentData()),
        )

    def _site_or_none(self) -> WordPressSettings | None:
        try:
            return self.typed_site()
        except SiteSettingsError:
            return None

    def _stored_password(self, site: WordPressSettings) -> str | None:
        if self._clear_requested:
            return None
        return self._credentials.get_password(site.site_url, site.user)

    # -- password -------------------------------------------------------------------------------
    def show_password_state(self) -> None:
        """Say whether this desk has a password for the site and user in the form."""
        tr = self.tr
        site = self._site_or_none()
        ui = self.ui
        in_keyring = self._credentials.keyring_available()
        ui.keyringWarning.setVisible(not in_keyring)
        ui.passwordEdit.setEnabled(site is not None)
        if site is None:
            ui.clearPasswordButton.setEnabled(False)
            text = (
                tr("Isi alamat situs dan pengguna lebih dahulu.")
                if self._may_manage
                else tr("Administrator belum mengatur situs WordPress.")
            )
            ui.passwordState.setText(text)
            return
        stored = self._stored_password(site)
        ui.clearPasswordButton.setEnabled(stored is not None)
        if self._clear_requested:
            text = tr("Kata sandi tersimpan akan dihapus saat Anda menekan Simpan.")
        elif stored is None:
            text = tr("Belum ada kata sandi tersimpan untuk %1 di situs ini.")
        elif in_keyring:
            text = tr("Kata sandi aplikasi untuk %1 tersimpan di keyring sistem.")
        else:
            text = tr("Kata sandi aplikasi untuk %1 diingat sampai Redaksi ditutup.")
        ui.passwordState.setText(text.replace("%1", f"«{site.user}»"))

    def clear_password(self) -> None:
        """Forget this desk's password for the site (on Simpan)."""
        self._clear_requested = True
        self.ui.passwordEdit.clear()
        self.show_password_state()

    # -- connection test ------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Ask the site with the typed (or stored) password, off the GUI thread."""
        ui = self.ui
        try:
            site = self.typed_site()
        except SiteSettingsError as error:
            self._tested(ConnectionReport(False, str(error)))
            return
        password = ui.passwordEdit.text().strip() or self._stored_password(site) or ""
        ui.testButton.setEnabled(False)
        ui.testResult.setStyleSheet("")
        ui.testResult.setText(self.tr("Menguji koneksi ke %1…").replace("%1", site.site_url))
        self._test.start(lambda: check_connection(site, password))

    def _tested(self, report: object) -> None:
        assert isinstance(report, ConnectionReport)
        self.last_report = report
        ui = self.ui
        ui.testButton.setEnabled(True)
        mark = "✓" if report.ok else "✗"
        ui.testResult.setStyleSheet(f"color: {OK_COLOUR if report.ok else ERROR_COLOUR};")
        ui.testResult.setText(f"{mark} {report.message}")

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        """Store the settings and the password; stay open with the reason when impossible."""
        ui = self.ui
        try:
            site = self.typed_site()
        except SiteSettingsError as error:
            ui.errorLabel.setText(str(error))
            return
        if self._may_manage:
            save_wordpress_settings(self._settings, site)
        elif self.stored is not None:
            site = self.stored
        if self._clear_requested:
            self._credentials.delete_password(site.site_url, site.user)
        password = ui.passwordEdit.text().strip()
        if password:
            self._credentials.set_password(site.site_url, site.user, password)
        self.saved = site
        self.accept()
