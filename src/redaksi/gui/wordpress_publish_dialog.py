"""The "Terbitkan ke WordPress" dialog: choose draft or publish, watch progress, get the link.

It is not modal, so the desk keeps typing while photos upload; closing it only hides it (the
publish goes on and the dialog comes back with the result).  It knows nothing about the
store or the network: the flow feeds it and listens to its three requests.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from redaksi.gui.wordpress_settings_dialog import ERROR_COLOUR, OK_COLOUR
from redaksi.publish.sanitize import safe_url
from redaksi.publish.wordpress_state import published_state

if TYPE_CHECKING:
    from redaksi.gui.wordpress_job import PublishOutcome
    from redaksi.publish.wordpress import WordPressSettings
    from redaksi.story.model import Story

CONFIRM, PROGRESS, RESULT = range(3)


class PublishDialog(QDialog):
    """Three stages on one page: confirm, progress, result."""

    sendRequested = Signal(str)  # "draft" or "publish"
    cancelRequested = Signal()
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terbitkan ke WordPress"))
        self.setModal(False)
        self.setMinimumWidth(560)
        self.url = ""
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.site_label = QLabel()
        self.site_label.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._confirm_page())
        self.stack.addWidget(self._progress_page())
        self.stack.addWidget(self._result_page())
        self.cancel_button = QPushButton(self.tr("Batalkan pengiriman"))
        self.retry_button = QPushButton(self.tr("Coba lagi"))
        self.open_button = QPushButton(self.tr("Buka di peramban"))
        self.send_button = QPushButton(self.tr("Kirim"))
        self.close_button = QPushButton(self.tr("Tutup"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.retry_button, self.open_button, self.send_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.headline)
        layout.addWidget(self.site_label)
        layout.addWidget(self.stack)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.send_button.clicked.connect(self._send)
        self.cancel_button.clicked.connect(self._cancel)
        self.retry_button.clicked.connect(self.retryRequested)
        self.open_button.clicked.connect(self.open_in_browser)
        self.close_button.clicked.connect(self.hide)

    def open_in_browser(self) -> None:
        """Open the post on the site (http and https addresses only)."""
        if safe_url(self.url, {"http", "https"}):
            QDesktopServices.openUrl(QUrl(self.url))

    # -- pages ----------------------------------------------------------------------------------
    def _confirm_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        self.previous.setOpenExternalLinks(True)
        self.previous.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.draft_choice = QRadioButton(self.tr("Simpan sebagai &draf di WordPress"))
        self.publish_choice = QRadioButton(self.tr("&Terbitkan langsung untuk pembaca"))
        layout.addWidget(self.previous)
        layout.addWidget(self.draft_choice)
        layout.addWidget(self.publish_choice)
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.step = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.progress_note = QLabel(
            self.tr("Anda boleh terus menulis; jendela ini boleh ditutup selama pengiriman.")
        )
        self.progress_note.setWordWrap(True)
        self.progress_note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.progress_note)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.result_title = QLabel()
        font = self.result_title.font()
        font.setBold(True)
        self.result_title.setFont(font)
        self.link = QLabel()
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.link.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_title)
        layout.addWidget(self.link)
        layout.addWidget(self.detail)
        return page

    def _stage(self, stage: int) -> None:
        self.stack.setCurrentIndex(stage)
        self.send_button.setVisible(stage == CONFIRM)
        self.cancel_button.setVisible(stage == PROGRESS)
        self.cancel_button.setEnabled(True)
        self.retry_button.setVisible(False)
        self.open_button.setVisible(False)
        self.close_button.setText(self.tr("Batal") if stage == CONFIRM else self.tr("Tutup"))
        (self.send_button if stage == CONFIRM else self.close_button).setDefault(True)

    def _show(self, activate: bool = True) -> None:
        """Show the dialog; without ``activate`` it never takes the keyboard from the editor."""
        self.adjustSize()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        self.show()
        self.raise_()
        if activate:
            self.activateWindow()

    # -- what the flow calls --------------------------------------------------------------------
    def ask(self, story: Story, site: WordPressSettings) -> None:
        """Offer draft or publish for ``story`` (the site's default chosen)."""
        self._header(story, site)
        state = published_state(story)
        if state.get("site") != site.site_url.rstrip("/"):
            state = {}
        if state.get("post_id"):
            text = self.tr(
                "Berita ini sudah pernah dikirim: %1<br>Tulisan itu akan diperbarui, tidak "
                "digandakan."
            ).replace("%1", _anchor(str(state.get("url", ""))))
        elif state.get("media"):
            text = self.tr(
                "Pengiriman sebelumnya terhenti; %n berkas foto sudah ada di situs dan tidak "
                "diunggah lagi.",
                "",
                len(state["media"]),
            )
        else:
            text = self.tr("Berita ini akan dikirim sebagai tulisan baru, lengkap dengan fotonya.")
        self.previous.setText(text)
        (self.publish_choice if site.default_status == "publish" else self.draft_choice).setChecked(
            True
        )
        self._stage(CONFIRM)
        self._show()

    def chosen_status(self) -> str:
        """The status the editor picked."""
        return "publish" if self.publish_choice.isChecked() else "draft"

    def running(self, story: Story, site: WordPressSettings) -> None:
        """Switch to the progress stage (the job is about to start)."""
        self._header(story, site)
        self.step.setText(self.tr("Menyiapkan foto…"))
        self.bar.setRange(0, 0)
        self._stage(PROGRESS)
        self._show()

    def show_progress(self, what: str, done: int, total: int) -> None:
        """What the core reports: each rendition uploaded, then the post being sent.

        The bar counts every upload plus one last step for the post itself.
        """
        if what == "Mengunggah foto" and total > 0:
            self.step.setText(
                self.tr("Mengunggah berkas foto %1 dari %2…")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
            self.bar.setRange(0, total + 1)
            self.bar.setValue(done)
            return
        if what == "Mengirim tulisan":
            if self.bar.maximum() <= 1:  # no photos: the post is the only step
                self.bar.setRange(0, 0)
            self.step.setText(self.tr("Mengirim tulisan ke situs…"))
            return
        self.bar.setRange(0, 0)
        self.step.setText(f"{what}…")

    def finish(self, outcome: PublishOutcome) -> None:
        """The result: the link on success, the reason and how to go on otherwise."""
        self._stage(RESULT)
        if outcome.ok:
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
        self.url = outcome.url
        seconds = f"{outcome.seconds:.1f}".replace(".", ",")
        if outcome.ok:
            live = outcome.status == "publish"
            self.result_title.setText(
                "✓ " + (self.tr("Terbit di situs") if live else self.tr("Tersimpan sebagai draf"))
            )
            self.result_title.setStyleSheet(f"color: {OK_COLOUR};")
            self.link.setText(_anchor(outcome.url))
            what = (
                self.tr("Tulisan baru dibuat (ID %1).")
                if outcome.created
                else self.tr("Tulisan ID %1 diperbarui.")
            ).replace("%1", str(outcome.post_id))
            uploads = self.tr("%n berkas foto diunggah", "", outcome.uploads)
            self.detail.setText(f"{what} {uploads} · {seconds} " + self.tr("detik"))
            self.open_button.setVisible(bool(safe_url(outcome.url, {"http", "https"})))
        else:
            self.result_title.setText(
                "✗ " + (self.tr("Dibatalkan") if outcome.cancelled else self.tr("Pengiriman gagal"))
            )
            self.result_title.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.link.setText(_anchor(outcome.url) if outcome.url else "")
            self.detail.setText(
                outcome.message
                + "\n\n"
                + self.tr(
                    "Tulisan di Redaksi tetap utuh. Foto yang sudah terunggah dicatat pada "
                    "berita, jadi Coba lagi melanjutkan dari titik terhenti tanpa "
                    "mengunggah ulang atau menggandakan tulisan."
                )
            )
            self.retry_button.setVisible(True)
        self._show(activate=False)  # the desk may be typing when the answer comes

    def _header(self, story: Story, site: WordPressSettings) -> None:
        self.headline.setText(story.headline)
        self.site_label.setText(
            self.tr("ke %1 sebagai %2").replace("%1", site.site_url).replace("%2", site.user)
        )

    def _send(self) -> None:
        self.sendRequested.emit(self.chosen_status())

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.step.setText(self.tr("Membatalkan setelah unggahan yang sedang berjalan…"))
        self.cancelRequested.emit()


def _anchor(url: str) -> str:
    """A link for http(s) addresses only; anything else is shown as plain text."""
    shown = escape(url, quote=True)
    if not safe_url(url, {"http", "https"}):
        return shown
    return f'<a href="{shown}">{shown}</a>'
