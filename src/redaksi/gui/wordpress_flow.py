"""The "Terbitkan ke WordPress" and "Situs WordPress…" commands of the workstation.

Publishing follows the export's rules (editors and administrators, approved or published
stories, readiness problems only with a reason) and its shape: the story is saved first, the
readiness check and the upload run on the thread pool, and only questions to the editor
happen on the GUI thread.  What WordPress returns (media ids, post id, URL) is written on the
story through the repository, and the open editor adopts each such version so the next save
does not collide with the publish.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from redaksi.gui.readiness_gate import (
    Readiness,
    ask_override_reason,
    check_readiness,
    let_through,
)
from redaksi.gui.related_worker import LatestOnly
from redaksi.gui.wordpress_job import PublishJob, PublishOutcome, PublishRequest
from redaksi.gui.wordpress_publish_dialog import PublishDialog
from redaksi.gui.wordpress_settings_dialog import WordPressSettingsDialog
from redaksi.publish.credentials import CredentialStore
from redaksi.publish.wordpress_settings import load_wordpress_settings
from redaksi.review.errors import PermissionDenied
from redaksi.review.permissions import (
    StoryFacts,
    require_manage_site_settings,
    require_publish_online,
    require_site_password,
)
from redaksi.store.settings import SettingsStore as NewsroomSettings

if TYPE_CHECKING:
    from redaksi.gui.main_window import MainWindow
    from redaksi.language.checker import Checker
    from redaksi.publish.readiness import Problem
    from redaksi.publish.wordpress import PostStatus, WordPressSettings
    from redaksi.store.store import Store
    from redaksi.story.model import Story


class WordPressFlow(QObject):
    """One publish at a time for the window it belongs to; the site dialog on request."""

    ended = Signal(object)  # PublishOutcome, after the dialog shows it

    def __init__(
        self,
        window: MainWindow,
        store: Store,
        checker: Checker,
        credentials: CredentialStore | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._store = store
        self._checker = checker
        self.credentials = credentials or CredentialStore()
        self.dialog = PublishDialog(window)
        self.dialog.sendRequested.connect(self._send)
        self.dialog.cancelRequested.connect(self.cancel)
        self.dialog.retryRequested.connect(self.retry)
        self._check = LatestOnly(QThreadPool.globalInstance(), self)
        self._check.finished.connect(self._checked)
        self._check.failed.connect(self._check_failed)
        self._job: PublishJob | None = None
        self._story: Story | None = None
        self._site: WordPressSettings | None = None
        self._password = ""
        self._user_id: int | None = None
        self._status: PostStatus | None = None
        self._latest: Story | None = None
        self.last_outcome: PublishOutcome | None = None
        self.ask_reason = self._ask_reason
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel)

    @property
    def busy(self) -> bool:
        """Whether a publish is under way."""
        return self._job is not None

    # -- site settings --------------------------------------------------------------------------
    def edit_site(self) -> bool:
        """Open "Situs WordPress"; administrators change the site, editors their password."""
        try:
            actor = self._window.review.actor
            require_site_password(actor)
        except PermissionDenied as error:
            QMessageBox.warning(self._window, self.tr("Situs WordPress"), str(error))
            return False
        try:
            require_manage_site_settings(actor)
            may_manage = True
        except PermissionDenied:
            may_manage = False
        dialog = WordPressSettingsDialog(
            NewsroomSettings(self._store.sessions), self.credentials, may_manage, self._window
        )
        return dialog.exec() == WordPressSettingsDialog.DialogCode.Accepted

    def _offer_settings(self, question: str) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Terbitkan ke WordPress"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes and self.edit_site()

    # -- publishing -----------------------------------------------------------------------------
    def start(self, status: PostStatus | None = None) -> bool:
        """Publish the open story; False when refused before any work started.

        With ``status`` given (a retry) the draft/publish question is not asked again.
        """
        if self._job is not None:
            self.dialog.show()
            self.dialog.raise_()
            return False
        window = self._window
        loaded = window.editor.loaded
        try:
            actor = self._window.review.actor
            require_publish_online(actor, StoryFacts(loaded.id, loaded.author_id, loaded.status))
        except PermissionDenied as error:
            QMessageBox.warning(window, self.tr("Tidak dapat menerbitkan"), str(error))
            return False
        site = self._site_settings()
        if site is None:
            return False
        password = self.credentials.get_password(site.site_url, site.user)
        if not password:
            question = self.tr(
                "Kata sandi aplikasi untuk %1 di %2 belum tersimpan di komputer ini. Isi sekarang?"
            )
            if not self._offer_settings(
                question.replace("%1", f"«{site.user}»").replace("%2", site.site_url)
            ):
                return False
            password = self.credentials.get_password(site.site_url, site.user)
            if not password:
                return False
        if (window.dirty or window.editor.loaded.id is None) and not window.save_story():
            return False
        story_id = window.editor.loaded.id
        assert story_id is not None
        story = self._store.stories.load(story_id)
        self._site, self._password, self._user_id, self._status = (
            site,
            password,
            actor.user_id,
            status,
        )
        checker = self._checker
        self._window.statusBar().showMessage(self.tr("Memeriksa kesiapan berita…"))
        self._check.start(lambda: check_readiness(checker, story))
        return True

    def _site_settings(self) -> WordPressSettings | None:
        site = load_wordpress_settings(NewsroomSettings(self._store.sessions))
        if site is None:
            if not self._offer_settings(
                self.tr("Situs WordPress belum diatur. Buka pengaturan situs sekarang?")
            ):
                return None
            site = load_wordpress_settings(NewsroomSettings(self._store.sessions))
        return site

    def _ask_reason(self, problems: list[Problem]) -> str | None:
        return ask_override_reason(
            self._window, problems, self.tr("Tulis alasan bila tetap dikirim ke situs:")
        )

    def _check_failed(self, message: str) -> None:
        self._window.statusBar().clearMessage()
        QMessageBox.critical(self._window, self.tr("Pemeriksaan gagal"), message)

    def _checked(self, readiness: object) -> None:
        assert isinstance(readiness, Readiness)
        self._window.statusBar().clearMessage()
        story = readiness.story
        if readiness.problems:
            reason = self.ask_reason(readiness.problems)
            if reason is None:
                return
            story = let_through(self._window, self._store, readiness, self._user_id, reason)
            self._latest = story
        self._story = story
        assert self._site is not None
        if self._status is not None:
            self._run(self._status)
        else:
            self.dialog.ask(story, self._site)

    def _send(self, status: str) -> None:
        self._run("publish" if status == "publish" else "draft")

    def _run(self, status: PostStatus) -> None:
        story, site = self._story, self._site
        assert story is not None and site is not None
        self._status = status
        self._latest = None
        job = PublishJob(
            PublishRequest(self._store, story, site, self._password, status, self._user_id)
        )
        job.signals.progress.connect(self.dialog.show_progress)
        job.signals.stateSaved.connect(self._adopt)
        job.signals.ended.connect(self._ended)
        self._job = job
        self.dialog.running(story, site)
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        """Stop the running publish before its next upload (nothing is posted then)."""
        if self._job is not None:
            self._job.cancel()

    def retry(self) -> bool:
        """Publish the same story again with the same status; finished uploads are kept."""
        story = self._story
        if story is not None and story.id != self._window.editor.loaded.id:
            QMessageBox.information(
                self._window,
                self.tr("Terbitkan ke WordPress"),
                self.tr("Buka lagi berita «%1» untuk mencoba mengirimnya lagi.").replace(
                    "%1", story.headline
                ),
            )
            return False
        return self.start(self._status)

    def _adopt(self, saved: object) -> None:
        """Take over a version the publish wrote, when it sits right on the editor's one."""
        from redaksi.story.model import Story

        assert isinstance(saved, Story)
        self._latest = saved
        self._window.adopt_version(saved)

    def _ended(self, outcome: object) -> None:
        assert isinstance(outcome, PublishOutcome)
        self._job = None
        self.last_outcome = outcome
        self.dialog.finish(outcome)
        window = self._window
        if outcome.ok:
            message = self.tr("Terkirim ke WordPress: %1").replace("%1", outcome.url)
            window.statusBar().showMessage(message, 10_000)
            latest = self._latest
            if (
                latest is not None
                and not window.dirty
                and window.editor.loaded.version == latest.version
            ):
                window.storySaved.emit(copy.deepcopy(latest))  # panels show the new revision
        self.ended.emit(outcome)
