"""Comments panel: threads on the story and on text ranges, replies, resolve and reopen.

The story editor tells the panel what is selected (:meth:`CommentsPanel.set_selection`);
a new comment then anchors to that range.  Clicking a quote emits ``anchorActivated`` so
the editor can select the words again, wherever later edits moved them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from redaksi.gui.review_cards import CardList, body_label, card, muted_label, quote_label
from redaksi.gui.review_session import (
    FAILURES,
    HasStoreAndUser,
    ReviewSession,
    describe_error,
    review_session,
)
from redaksi.gui.review_style import DELETE_TEXT, INSERT_TEXT, MUTED, format_exact, format_when
from redaksi.review.comments import Anchor, Comment, Thread
from redaksi.story.model import Story

QUOTE_CHARS = 90


class CommentsPanel(QWidget):
    """Comment threads of the open story with a composer at the bottom."""

    #: Emitted with an :class:`Anchor` when the user clicks a comment's quoted text.
    anchorActivated = Signal(object)
    #: Emitted after a comment, reply, resolve or reopen changed the threads.
    commentsChanged = Signal()

    def __init__(
        self, context: ReviewSession | HasStoreAndUser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self._session = review_session(context)
        self._story: Story | None = None
        self._selection: Anchor | None = None
        self._reply_to: Comment | None = None
        self.threads: list[Thread] = []

        # The dock's title already says "Komentar": the head row is only counts and a filter,
        # so the threads keep the height of a short dock.
        self.count = muted_label("", "9pt")
        self.show_resolved = QCheckBox(self.tr("Tampilkan yang selesai"))
        self.show_resolved.toggled.connect(self.reload)
        head = QHBoxLayout()
        head.addWidget(self.count, 1)
        head.addWidget(self.show_resolved)

        self.cards = CardList()

        self.context_label = muted_label("", "9pt")
        self.context_label.setObjectName("composerContext")
        self.cancel_reply = QToolButton()
        self.cancel_reply.setText("×")
        self.cancel_reply.setToolTip(self.tr("Batal membalas"))
        self.cancel_reply.setAutoRaise(True)
        self.cancel_reply.clicked.connect(self.cancel)
        context_row = QHBoxLayout()
        context_row.addWidget(self.context_label, 1)
        context_row.addWidget(self.cancel_reply)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("commentEditor")
        self.editor.setPlaceholderText(self.tr("Tulis komentar… (Ctrl+Enter untuk mengirim)"))
        self.editor.setFixedHeight(78)
        self.send = QPushButton(self.tr("Kirim"))
        self.send.setObjectName("sendComment")
        self.send.setDefault(True)
        self.send.clicked.connect(self.submit)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.editor)
        shortcut.activated.connect(self.submit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("commentsMessage")
        send_row = QHBoxLayout()
        send_row.addWidget(self.message, 1)
        send_row.addStretch(1)
        send_row.addWidget(self.send)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(head)
        layout.addWidget(self.cards, 1)
        layout.addLayout(context_row)
        layout.addWidget(self.editor)
        layout.addLayout(send_row)
        self.show_story(None)

    def sizeHint(self) -> QSize:
        """Comfortable in a side dock."""
        return QSize(380, 600)

    # -- the window's panel protocol --------------------------------------------------------
    def show_story(self, story: Story | None) -> None:
        """Follow the story open in the editor (None: nothing open)."""
        self._story = story
        self._selection = None
        self._reply_to = None
        self.reload()

    def story_saved(self, story: Story) -> None:
        """Keep the story current so new range comments anchor to the saved text."""
        self._story = story
        self.reload()

    def set_selection(self, anchor: Anchor | None) -> None:
        """The editor's current selection, as the anchor a new comment would take."""
        self._selection = anchor if anchor and anchor.text else None
        self._update_composer()

    # -- actions ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the threads again and redraw the cards."""
        self.cards.clear()
        self.threads = []
        self._set_message("")
        story_id = self._story.id if self._story else None
        if story_id is not None:
            try:
                self.threads = self._session.review.comments.threads(self._session.actor, story_id)
            except FAILURES as error:
                self._set_message(describe_error(error), error=True)
        shown = [t for t in self.threads if self.show_resolved.isChecked() or not t.resolved]
        for thread in shown:
            self.cards.add(self._thread_card(thread))
        open_count = sum(1 for t in self.threads if not t.resolved)
        self.count.setText(
            self.tr("%1 terbuka, %2 selesai")
            .replace("%1", str(open_count))
            .replace("%2", str(len(self.threads) - open_count))
            if self.threads
            else ""
        )
        if story_id is None:
            empty = self.tr("Buka sebuah berita untuk melihat komentarnya.")
        elif self.threads:
            empty = self.tr("Semua komentar sudah selesai.")
        else:
            empty = self.tr("Belum ada komentar. Pilih teks di editor untuk mengomentarinya.")
        self.cards.set_empty_text(empty, not shown)
        self._update_composer()

    def start_reply(self, comment_id: int) -> None:
        """Point the composer at the thread of ``comment_id``."""
        for thread in self.threads:
            if comment_id in (thread.root.id, *(r.id for r in thread.replies)):
                self._reply_to = thread.root
        self._update_composer()
        self.editor.setFocus()

    def cancel(self) -> None:
        """Leave reply mode."""
        self._reply_to = None
        self._update_composer()

    def submit(self) -> Comment | None:
        """Send the composer's text as a comment or reply; returns it, or None on refusal."""
        if self._story is None or self._story.id is None:
            return None
        body = self.editor.toPlainText()
        comments, actor = self._session.review.comments, self._session.actor
        try:
            if self._reply_to is not None:
                made = comments.reply(actor, self._reply_to.id, body)
            else:
                made = comments.add(actor, self._story.id, body, self._selection)
        except FAILURES as error:
            self._set_message(describe_error(error), error=True)
            return None
        self.editor.clear()
        self._reply_to = None
        self._selection = None
        self.reload()
        self.commentsChanged.emit()
        return made

    def set_resolved(self, comment_id: int, resolved: bool) -> None:
        """Resolve or reopen a thread."""
        comments, actor = self._session.review.comments, self._session.actor
        try:
            (comments.resolve if resolved else comments.reopen)(actor, comment_id)
        except FAILURES as error:
            self._set_message(describe_error(error), error=True)
            return
        self.reload()
        self.commentsChanged.emit()

    # -- drawing ------------------------------------------------------------------------------
    def _thread_card(self, thread: Thread) -> QWidget:
        root = thread.root
        frame, layout = card("threadCard", faded=thread.resolved)
        frame.setProperty("commentId", root.id)
        if root.anchor is not None:
            quote = root.anchor.text
            if len(quote) > QUOTE_CHARS:
                quote = quote[: QUOTE_CHARS - 1] + "…"
            label = quote_label(
                f'<a href="anchor" style="color:#4a4433; text-decoration:none;">'
                f'<span style="color:{MUTED}; font-size:8pt;">'
                f"{escape(root.anchor.label.upper())}</span><br/>“{escape(quote)}”</a>"
            )
            label.setToolTip(self.tr("Klik untuk memilih teks ini di editor"))
            anchor = root.anchor
            label.linkActivated.connect(lambda _link, a=anchor: self.anchorActivated.emit(a))
            layout.addWidget(label)
        layout.addLayout(self._comment_rows(root))
        for reply in thread.replies:
            box = QWidget()
            box.setStyleSheet("border: none;")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(14, 4, 0, 0)
            inner.setSpacing(3)
            inner.addLayout(self._comment_rows(reply))
            layout.addWidget(box)
        actions = QHBoxLayout()
        if thread.resolved:
            done = muted_label(
                self.tr("Selesai · %1 · %2")
                .replace("%1", root.resolved_by or "")
                .replace("%2", format_when(root.resolved_at) if root.resolved_at else ""),
                "8pt",
            )
            actions.addWidget(done, 1)
            toggle = self._link_button(self.tr("Buka lagi"), "reopenButton")
            toggle.clicked.connect(lambda _=False, i=root.id: self.set_resolved(i, False))
        else:
            reply_button = self._link_button(self.tr("Balas"), "replyButton")
            reply_button.clicked.connect(lambda _=False, i=root.id: self.start_reply(i))
            actions.addWidget(reply_button)
            actions.addStretch(1)
            toggle = self._link_button(self.tr("Selesaikan"), "resolveButton")
            toggle.clicked.connect(lambda _=False, i=root.id: self.set_resolved(i, True))
        actions.addWidget(toggle)
        layout.addLayout(actions)
        return frame

    def _comment_rows(self, comment: Comment) -> QVBoxLayout:
        rows = QVBoxLayout()
        rows.setSpacing(2)
        who = QLabel(
            f"<b>{escape(comment.author or self.tr('(tanpa nama)'))}</b>"
            f'&nbsp;&nbsp;<span style="color:{MUTED}; font-size:8pt;">'
            f"{escape(format_when(comment.created_at))}</span>"
        )
        who.setStyleSheet("border: none;")
        who.setToolTip(format_exact(comment.created_at))
        rows.addWidget(who)
        rows.addWidget(body_label(comment.body))
        return rows

    @staticmethod
    def _link_button(text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(
            "QPushButton { border: none; color: #1d4f91; padding: 2px 4px; font-weight: 600; }"
            "QPushButton:hover { text-decoration: underline; }"
        )
        return button

    def _update_composer(self) -> None:
        has_story = self._story is not None and self._story.id is not None
        self.editor.setEnabled(has_story)
        self.send.setEnabled(has_story)
        self.cancel_reply.setVisible(self._reply_to is not None)
        if self._reply_to is not None:
            text = self.tr("Membalas %1").replace("%1", self._reply_to.author)
        elif self._selection is not None:
            quote = self._selection.text
            if len(quote) > 40:
                quote = quote[:39] + "…"
            text = self.tr("Mengomentari %1: “%2”").replace("%1", self._selection.label)
            text = text.replace("%2", quote)
        else:
            text = self.tr("Komentar untuk seluruh berita")
        self.context_label.setText(text)

    def _set_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {DELETE_TEXT if error else INSERT_TEXT};")
        self.message.setVisible(bool(text))
