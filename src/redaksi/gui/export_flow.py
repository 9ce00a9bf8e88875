"""The "Ekspor" command: readiness, an editor's override with a reason, the bundle off-thread.

The window stays responsive: checking the story and writing renditions run on the thread
pool; only the questions to the editor (folder, override reason) happen on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from redaksi.gui.readiness_gate import (
    Readiness,
    ask_override_reason,
    check_readiness,
    let_through,
)
from redaksi.gui.related_worker import LatestOnly
from redaksi.links.targets import LinkTargets
from redaksi.media.library import PhotoLibrary
from redaksi.publish.bundle import ExportResult, export_bundle
from redaksi.publish.library_links import library_resolver
from redaksi.publish.site import load_site_settings
from redaksi.review.errors import PermissionDenied
from redaksi.review.permissions import StoryFacts, require_export
from redaksi.store.settings import SettingsStore

if TYPE_CHECKING:
    from redaksi.gui.main_window import MainWindow
    from redaksi.language.checker import Checker
    from redaksi.publish.readiness import Problem
    from redaksi.store.store import Store
    from redaksi.story.model import Story


class ExportFlow(QObject):
    """Runs one export at a time for the window it belongs to."""

    def __init__(self, window: MainWindow, store: Store, checker: Checker) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._checker = checker
        self._folder: Path | None = None
        self._check = LatestOnly(QThreadPool.globalInstance(), self)
        self._check.finished.connect(self._checked)
        self._check.failed.connect(self._failed)
        self._write = LatestOnly(QThreadPool.globalInstance(), self)
        self._write.finished.connect(self._written)
        self._write.failed.connect(self._failed)
        self.last_result: ExportResult | None = None
        self.ask_folder = self._ask_folder
        self.ask_reason = self._ask_reason

    def start(self, story: Story) -> bool:
        """Export the saved ``story``; False when refused before any work started."""
        tr = self.tr
        try:
            actor = self._window.review.actor
            require_export(actor, StoryFacts(story.id, story.author_id, story.status))
        except PermissionDenied as error:
            QMessageBox.warning(self._window, tr("Tidak dapat mengekspor"), str(error))
            return False
        self._user_id = actor.user_id
        folder = self.ask_folder()
        if folder is None:
            return False
        self._folder = folder
        checker = self._checker
        self._check.start(lambda: check_readiness(checker, story))
        return True

    def _ask_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self._window, self.tr("Ekspor ke folder"))
        return Path(chosen) if chosen else None

    def _ask_reason(self, problems: list[Problem]) -> str | None:
        return ask_override_reason(
            self._window, problems, self.tr("Tulis alasan bila tetap diekspor:")
        )

    def _checked(self, readiness: object) -> None:
        assert isinstance(readiness, Readiness)
        story = readiness.story
        if readiness.problems:
            reason = self.ask_reason(readiness.problems)
            if reason is None:
                return
            story = let_through(self._window, self._store, readiness, self._user_id, reason)
        self._start_writing(story)

    def _start_writing(self, story: Story) -> None:
        folder = self._folder or Path.cwd()
        store = self._store
        site = load_site_settings(SettingsStore(store.sessions))
        library = PhotoLibrary(store)
        self._window.statusBar().showMessage(self.tr("Mengekspor…"))  # type: ignore[attr-defined]
        self._write.start(
            lambda: export_bundle(
                story,
                folder / story.slug,
                site,
                library.data,
                library_resolver(LinkTargets(store.sessions), site, story),
                make_zip=True,
            )
        )

    def _written(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.last_result = result
        message = self.tr("Diekspor ke %1 (%2 berkas).").replace("%1", str(result.folder))
        message = message.replace("%2", str(len(result.files)))
        self._window.statusBar().showMessage(message, 10_000)  # type: ignore[attr-defined]
        if self.ask_folder is self._ask_folder:  # interactive: offer to open the page
            answer = QMessageBox.information(
                self._window,
                self.tr("Ekspor selesai"),
                message,
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Ok,
            )
            if answer == QMessageBox.StandardButton.Open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.index)))

    def _failed(self, message: str) -> None:
        self._window.statusBar().clearMessage()  # type: ignore[attr-defined]
        QMessageBox.critical(self._window, self.tr("Ekspor gagal"), message)
