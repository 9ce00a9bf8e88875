"""Review queue: the editor's stories waiting for review, the reporter's returned stories.

Editors and administrators get two tabs (the queue, and their own returned stories);
reporters see only what came back to them, each with the editor's note.  Double-click a
row or press "Buka" to ask the window to open the story (``openRequested``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
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
from redaksi.gui.review_style import DELETE_TEXT, STATUS_PILL, format_exact, format_when
from redaksi.review.roles import Role
from redaksi.review.workflow import QueueItem
from redaksi.story.status import Status

ID_ROLE = Qt.ItemDataRole.UserRole


class ReviewQueue(QWidget):
    """What waits for this user: the editor's queue and/or their returned stories."""

    #: Emitted with a story id when the user asks to open it.
    openRequested = Signal(int)

    def __init__(
        self, context: ReviewSession | HasStoreAndUser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self._session = review_session(context)
        self.is_editor = self._session.actor.role in (Role.EDITOR, Role.ADMIN)
        self.queue_items: list[QueueItem] = []
        self.returned_items: list[QueueItem] = []

        title = QLabel(self.tr("Meja redaksi"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        who = muted_label(f"{self._session.actor.name} · {self._session.actor.role.label}", "9pt")
        self.refresh_button = QPushButton(self.tr("Muat ulang"))
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(8)
        head.addWidget(who, 1)
        head.addWidget(self.refresh_button)

        self.queue = QTreeWidget()
        self.queue.setObjectName("editorQueue")
        self.queue.setHeaderLabels(
            [
                self.tr("Judul"),
                self.tr("Penulis"),
                self.tr("Rubrik"),
                self.tr("Status"),
                self.tr("Menunggu sejak"),
            ]
        )
        self.queue.setRootIsDecorated(False)
        self.queue.setAlternatingRowColors(True)
        self.queue.setUniformRowHeights(True)
        self.queue.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        header = self.queue.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.queue.itemDoubleClicked.connect(
            lambda item, _col: self.openRequested.emit(int(item.data(0, ID_ROLE)))
        )
        self.queue.itemSelectionChanged.connect(self._show_selected)
        self.queue_empty = muted_label(self.tr("Tidak ada berita yang menunggu disunting."))
        self.queue_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        queue_page = QWidget()
        queue_layout = QVBoxLayout(queue_page)
        queue_layout.setContentsMargins(0, 6, 0, 0)
        queue_layout.addWidget(self.queue, 1)
        queue_layout.addWidget(self.queue_empty)
        queue_layout.addWidget(self._detail_card())

        self.returned = CardList()
        self.returned.setObjectName("returnedList")

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        if self.is_editor:
            self.tabs.addTab(queue_page, "")
        else:
            queue_page.setParent(self)
            queue_page.hide()
        self.tabs.addTab(self.returned, "")

        self.message = QLabel()
        self.message.setStyleSheet(f"color: {DELETE_TEXT};")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.refresh()

    def _detail_card(self) -> QWidget:
        frame, layout = card("queueDetail")
        self.detail_title = body_label("", rich=True)
        self.detail_title.setStyleSheet("border: none; font-size: 11pt;")
        self.detail_meta = muted_label("")
        self.detail_note = quote_label("")
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.setObjectName("openQueued")
        self.open_button.clicked.connect(self._open_selected)
        self.start_button = QPushButton(self.tr("Mulai sunting"))
        self.start_button.setObjectName("startEditing")
        self.start_button.setToolTip(self.tr("Ubah status menjadi Disunting lalu buka beritanya"))
        self.start_button.clicked.connect(self.start_editing)
        top = QHBoxLayout()
        top.addWidget(self.detail_title, 1)
        top.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.detail_meta)
        layout.addWidget(self.detail_note)
        self.detail = frame
        return frame

    def selected(self) -> QueueItem | None:
        """The queue entry selected in the editor's list."""
        items = self.queue.selectedItems()
        if not items:
            return None
        story_id = int(items[0].data(0, ID_ROLE))
        return next((i for i in self.queue_items if i.story_id == story_id), None)

    def start_editing(self) -> None:
        """Take the selected submitted story into editing (Diajukan → Disunting), then open it."""
        entry = self.selected()
        if entry is None or entry.status is not Status.DIAJUKAN:
            return
        try:
            self._session.review.workflow.transition(
                self._session.actor, entry.story_id, Status.DISUNTING
            )
        except FAILURES as error:
            self.message.setText(describe_error(error))
            return
        self.refresh()
        self.openRequested.emit(entry.story_id)

    def _open_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.openRequested.emit(entry.story_id)

    def _show_selected(self) -> None:
        entry = self.selected()
        self.detail.setVisible(entry is not None)
        if entry is None:
            return
        self.detail_title.setText(f"<b>{escape(entry.headline)}</b>")
        verb = self.tr("Diajukan") if entry.status is Status.DIAJUKAN else self.tr("Disunting")
        self.detail_meta.setText(
            self.tr("%1 oleh %2 · %3 · penulis %4 · versi %5")
            .replace("%1", verb)
            .replace("%2", entry.moved_by or "—")
            .replace("%3", format_exact(entry.since))
            .replace("%4", entry.author or "—")
            .replace("%5", str(entry.version))
        )
        self.detail_note.setText(escape(entry.note))
        self.detail_note.setVisible(bool(entry.note))
        self.start_button.setVisible(entry.status is Status.DIAJUKAN)

    def sizeHint(self) -> QSize:
        """Wide enough for headlines."""
        return QSize(720, 420)

    def refresh(self) -> None:
        """Fetch both lists again."""
        self.message.clear()
        workflow, actor = self._session.review.workflow, self._session.actor
        try:
            self.queue_items = workflow.editor_queue(actor) if self.is_editor else []
            self.returned_items = workflow.returned(actor)
        except FAILURES as error:
            self.message.setText(describe_error(error))
            return
        self._fill_queue()
        self._fill_returned()
        if self.is_editor:
            self.tabs.setTabText(
                0, self.tr("Antrean sunting (%1)").replace("%1", str(len(self.queue_items)))
            )
        self.tabs.setTabText(
            self.tabs.count() - 1,
            self.tr("Dikembalikan ke saya (%1)").replace("%1", str(len(self.returned_items))),
        )

    def _fill_queue(self) -> None:
        self.queue.clear()
        for entry in self.queue_items:
            item = QTreeWidgetItem(
                [
                    entry.headline or self.tr("(tanpa judul)"),
                    entry.author,
                    entry.category,
                    entry.status.label,
                    format_when(entry.since),
                ]
            )
            item.setData(0, ID_ROLE, entry.story_id)
            tip = entry.headline
            if entry.note:
                tip += "\n" + self.tr("Catatan: %1").replace("%1", entry.note)
            item.setToolTip(0, tip)
            item.setToolTip(4, format_exact(entry.since))
            background, foreground = STATUS_PILL[entry.status]
            item.setBackground(3, QBrush(QColor(background)))
            item.setForeground(3, QBrush(QColor(foreground)))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignCenter)
            self.queue.addTopLevelItem(item)
        self.queue_empty.setVisible(not self.queue_items)
        if self.queue_items:
            self.queue.topLevelItem(0).setSelected(True)
        self._show_selected()

    def _fill_returned(self) -> None:
        self.returned.clear()
        for entry in self.returned_items:
            frame, layout = card("returnedCard")
            frame.setProperty("storyId", entry.story_id)
            top = QHBoxLayout()
            headline = body_label(f"<b>{escape(entry.headline)}</b>", rich=True)
            headline.setStyleSheet("border: none; font-size: 11pt;")
            top.addWidget(headline, 1)
            open_button = QPushButton(self.tr("Buka untuk diperbaiki"))
            open_button.setObjectName("openReturned")
            open_button.clicked.connect(
                lambda _=False, i=entry.story_id: self.openRequested.emit(i)
            )
            top.addWidget(open_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(top)
            layout.addWidget(
                muted_label(
                    self.tr("Dikembalikan oleh %1 · %2 · %3")
                    .replace("%1", entry.moved_by or self.tr("redaktur"))
                    .replace("%2", format_when(entry.since))
                    .replace("%3", entry.category or self.tr("tanpa rubrik"))
                )
            )
            if entry.note:
                layout.addWidget(quote_label(escape(entry.note)))
            self.returned.add(frame)
        self.returned.set_empty_text(
            self.tr("Tidak ada berita yang dikembalikan kepada Anda."), not self.returned_items
        )
