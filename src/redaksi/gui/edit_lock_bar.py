"""Edit-lock bar: takes the lock when a story opens, keeps it alive, shows who else edits.

Put it above the story editor.  ``open_story`` takes the lock (or, when another desk holds
it, shows who and since when and leaves the editor read-only); a timer sends heartbeats;
"Ambil alih" takes a live lock on purpose (audited).  A live lock of the same user from
another desk (their crashed session, usually) is taken back at once, also audited.  When
our lock is taken over, the bar says so and emits ``lockLost`` so the window stops saving
over the other desk.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from redaksi.gui.review_session import (
    FAILURES,
    HasStoreAndUser,
    ReviewSession,
    describe_error,
    review_session,
)
from redaksi.gui.review_style import format_exact
from redaksi.review.errors import LockLost
from redaksi.review.locks import HEARTBEAT_INTERVAL, LockInfo

BAR_STYLE = (
    "QFrame#editLockBar { background: #fdf3d7; border: 1px solid #e8cf86; border-radius: 6px; }"
    "QFrame#editLockBar QLabel { color: #5b4708; }"
)


class EditLockBar(QFrame):
    """Lock status of the open story, with take-over and retry."""

    #: Whether this desk may edit the open story now.
    editableChanged = Signal(bool)
    #: Our lock was taken over by another desk while the story was open.
    lockLost = Signal()

    def __init__(
        self, context: ReviewSession | HasStoreAndUser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editLockBar")
        self.setStyleSheet(BAR_STYLE)
        self._session = review_session(context)
        self.story_id: int | None = None
        self.editable = False
        #: Another desk holds the open story's lock (not merely its status forbids edits).
        self.held_elsewhere = False
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.take_over_button = QPushButton(self.tr("Ambil alih"))
        self.take_over_button.setObjectName("takeOverLock")
        self.take_over_button.clicked.connect(self.take_over)
        self.retry_button = QPushButton(self.tr("Coba lagi"))
        self.retry_button.clicked.connect(self._retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.take_over_button)
        self.timer = QTimer(self)
        self.timer.setInterval(int(HEARTBEAT_INTERVAL.total_seconds() * 1000))
        self.timer.timeout.connect(self.beat)
        self.hide()

    def open_story(self, story_id: int | None) -> bool:
        """Release the previous story's lock and take this one's; returns whether editable."""
        self.close_story()
        self.story_id = story_id
        if story_id is None:
            return False
        return self._acquire()

    def close_story(self) -> None:
        """Release our lock (call when the story is closed or the window quits)."""
        self.timer.stop()
        if self.story_id is not None and self.editable:
            # the lock expires by itself anyway; closing a story must never fail
            with contextlib.suppress(*FAILURES):
                self._session.review.locks.release(
                    self._session.actor, self.story_id, self._session.desk
                )
        self.story_id = None
        self.held_elsewhere = False
        self._set_editable(False)
        self.hide()

    def take_over(self) -> None:
        """Take the story from the other desk (recorded in the audit log)."""
        if self.story_id is None:
            return
        try:
            self._session.review.locks.take_over(
                self._session.actor, self.story_id, self._session.desk
            )
        except FAILURES as error:
            self._show(describe_error(error), retry=True, take_over=False)
            return
        self._now_editing()

    def beat(self) -> None:
        """Heartbeat; on a lost lock switch to read-only and tell the window."""
        if self.story_id is None or not self.editable:
            return
        try:
            self._session.review.locks.heartbeat(
                self._session.actor, self.story_id, self._session.desk
            )
        except LockLost as lost:
            self.timer.stop()
            holder = self._session.review.locks.holder(self.story_id)
            self._set_editable(False)
            if holder is None:  # nobody took it: the story left an editable status
                self._show(str(lost), retry=False, take_over=False)
            else:
                self._show(
                    self.tr(
                        "Kunci sunting diambil alih oleh %1. Perubahan yang belum disimpan "
                        "tidak akan ditimpakan; simpan sebagai salinan."
                    ).replace("%1", holder.holder_name),
                    retry=True,
                    take_over=True,
                )
            self.lockLost.emit()
        except FAILURES:
            pass  # a network hiccup: the next beat tries again, well inside the TTL

    def _retry(self) -> None:
        if self.story_id is not None:
            self._acquire()

    def _acquire(self) -> bool:
        assert self.story_id is not None
        try:
            outcome = self._session.review.locks.acquire(
                self._session.actor, self.story_id, self._session.desk
            )
        except FAILURES as error:
            self._show(describe_error(error), retry=True, take_over=False)
            return False
        if outcome.editable:
            self._now_editing()
            return True
        lock = outcome.lock
        if (
            outcome.may_take_over
            and lock is not None
            and lock.user_id == self._session.actor.user_id
        ):
            # Our own lock from another desk: normally this desk's earlier, crashed session.
            # The same person cannot overwrite someone else; take it back (audited).
            self.take_over()
            return self.editable
        self._set_editable(False)
        if outcome.may_take_over and outcome.lock is not None:
            self._show(self._held_text(outcome.lock), retry=True, take_over=True)
        else:
            self._show(outcome.reason, retry=False, take_over=False)
        return False

    def _held_text(self, lock: LockInfo) -> str:
        return (
            self.tr("Sedang disunting oleh %1 sejak %2. Anda membukanya hanya-baca.")
            .replace("%1", lock.holder_name or self.tr("desk lain"))
            .replace("%2", format_exact(lock.acquired_at))
        )

    def _now_editing(self) -> None:
        self.held_elsewhere = False
        self._set_editable(True)
        self.timer.start()
        self.hide()

    def _show(self, text: str, retry: bool, take_over: bool) -> None:
        self.held_elsewhere = take_over  # take-over is offered only against a live lock
        self.text.setText(text)
        self.retry_button.setVisible(retry)
        self.take_over_button.setVisible(take_over)
        self.show()

    def _set_editable(self, editable: bool) -> None:
        if editable != self.editable:
            self.editable = editable
            self.editableChanged.emit(editable)
