"""One WordPress publish on the thread pool, reporting progress and saved state by signals.

The job works on plain data (a story loaded from the store, settings, the password) and its
own store sessions; it touches no widget.  Cancelling is checked between uploads: the post is
created only after every photo is up, so a cancelled publish leaves no post behind, and the
uploads already done are written to the story so the next publish continues from there.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from redaksi.media.library import PhotoLibrary
from redaksi.publish.site import load_site_settings
from redaksi.publish.wordpress import PostStatus, PublishError, WordPressSettings, publish_story
from redaksi.publish.wordpress_state import PublishStateKeeper, published_state
from redaksi.store.settings import SettingsStore as NewsroomSettings

if TYPE_CHECKING:
    from redaksi.store.store import Store
    from redaksi.story.model import Story


class PublishCancelled(Exception):
    """The desk pressed "Batalkan"; raised from the progress callback between uploads."""


@dataclass(frozen=True)
class PublishRequest:
    """Everything one publish needs, fixed when the editor pressed "Kirim"."""

    store: Store
    story: Story
    settings: WordPressSettings
    password: str
    status: PostStatus
    user_id: int | None


@dataclass(frozen=True)
class PublishOutcome:
    """How the job ended, for the dialog: the URL on success, else the reason."""

    ok: bool
    message: str
    url: str = ""
    status: str = ""
    post_id: int | None = None
    created: bool = False
    uploads: int = 0
    seconds: float = 0.0
    cancelled: bool = False


class PublishSignals(QObject):
    """Delivered on the GUI thread (queued)."""

    progress = Signal(str, int, int)  # what, done, total (total 0: busy)
    stateSaved = Signal(object)  # the story as stored after a state write
    ended = Signal(object)  # PublishOutcome


class PublishJob(QRunnable):
    """Runs :func:`publish_story` once; :meth:`cancel` stops it before the next upload."""

    def __init__(self, request: PublishRequest) -> None:
        super().__init__()
        self.request = request
        self.signals = PublishSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop before the next upload or before the post is sent."""
        self._cancel.set()

    def _progress(self, what: str, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise PublishCancelled
        self.signals.progress.emit(what, done, total)

    def run(self) -> None:
        """Publish, write the state, report; every failure becomes an Indonesian message."""
        request = self.request
        started = time.perf_counter()
        before = published_state(request.story)
        if before.get("site") != request.settings.site_url.rstrip("/"):
            before = {}  # another site: publish_story starts afresh there
        keeper = PublishStateKeeper(
            request.store.stories,
            request.story.id or 0,
            request.user_id,
            on_saved=self.signals.stateSaved.emit,
            initial=before,
        )
        uploads = len(before.get("media") or {})
        try:
            self._progress("Menyiapkan foto", 0, 0)
            site = load_site_settings(NewsroomSettings(request.store.sessions))
            result = publish_story(
                request.story,
                request.settings,
                request.password,
                PhotoLibrary(request.store).data,
                request.status,
                site,
                progress=self._progress,
                save_state=keeper,
            )
        except PublishCancelled:
            outcome = PublishOutcome(
                False, "Pengiriman dibatalkan; tulisan di situs tidak diubah.", cancelled=True
            )
            note = "WordPress: pengiriman dibatalkan"
        except PublishError as error:
            outcome = PublishOutcome(False, str(error))
            note = "WordPress: pengiriman terhenti"
        except Exception as error:  # a photo that cannot be read, a full disk: said, not lost
            outcome = PublishOutcome(False, f"Pengiriman gagal: {error}")
            note = "WordPress: pengiriman terhenti"
        else:
            outcome = PublishOutcome(
                True,
                "",
                result.url,
                result.status,
                result.post_id,
                result.created,
                len(result.media_ids) - uploads,
            )
            note = f"Dikirim ke WordPress ({result.status}): {result.url}"
        try:
            keeper.flush(note)
        except Exception as error:  # the site has the uploads; say that the desk forgot them
            outcome = PublishOutcome(
                False,
                f"{outcome.message or 'Tulisan terkirim'}, tetapi statusnya tidak dapat "
                f"disimpan pada berita: {error}",
                outcome.url,
                outcome.status,
                outcome.post_id,
            )
        seconds = time.perf_counter() - started
        self.signals.ended.emit(replace(outcome, seconds=seconds))
