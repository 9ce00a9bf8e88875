"""History panel: the story's revisions, any two compared as tracked changes, restore.

Select one revision to see what it changed against the one before; select two (Ctrl or
Shift) to compare them directly.  Insertions are green and underlined, deletions red and
struck through, so a reporter sees exactly what the editor corrected.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from redaksi.gui.diff_html import diffs_html, word_counts
from redaksi.gui.review_session import (
    FAILURES,
    HasStoreAndUser,
    ReviewSession,
    describe_error,
    review_session,
)
from redaksi.gui.review_style import (
    DELETE_TEXT,
    INSERT_TEXT,
    MUTED,
    STATUS_PILL,
    format_exact,
    format_when,
)
from redaksi.review.history import FieldDiff
from redaksi.review.permissions import StoryFacts, can_edit
from redaksi.store.repository import RevisionInfo
from redaksi.story.model import Story

NUMBER_ROLE = Qt.ItemDataRole.UserRole


#: Below this width the list and the diff are stacked; side by side each would be unreadable.
WIDE_ENOUGH = 700


class HistoryPanel(QWidget):
    """Revision list, tracked-change comparison and restore for the open story."""

    #: Emitted with the saved :class:`Story` after a revision was restored.
    restored = Signal(object)

    def __init__(
        self, context: ReviewSession | HasStoreAndUser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._session = review_session(context)
        self._story: Story | None = None
        self._revisions: list[RevisionInfo] = []
        self.diffs: list[FieldDiff] = []
        self.compared: tuple[int, int] | None = None

        self.title = QLabel(self.tr("Riwayat revisi"))
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet(f"color: {MUTED};")
        self.subtitle.setWordWrap(True)

        self.revision_list = QTreeWidget()
        self.revision_list.setObjectName("revisionList")
        self.revision_list.setHeaderLabels(
            [
                self.tr("Rev."),
                self.tr("Waktu"),
                self.tr("Oleh"),
                self.tr("Status"),
                self.tr("Catatan"),
            ]
        )
        self.revision_list.setRootIsDecorated(False)
        self.revision_list.setAlternatingRowColors(True)
        self.revision_list.setUniformRowHeights(True)
        self.revision_list.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.revision_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.revision_list.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.revision_list.itemSelectionChanged.connect(self._selection_changed)

        hint = QLabel(
            self.tr(
                "Pilih satu revisi untuk melihat perubahannya, atau dua untuk membandingkannya."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED}; font-size: 9pt;")

        self.compare_label = QLabel()
        self.compare_label.setObjectName("compareLabel")
        self.compare_label.setStyleSheet("font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.show_unchanged = QCheckBox(self.tr("Tampilkan bagian yang tidak berubah"))
        self.show_unchanged.toggled.connect(self._render)

        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("diffView")
        self.diff_view.setOpenLinks(False)
        self.diff_view.setStyleSheet("QTextBrowser { padding: 8px 14px; }")

        self.restore_button = QPushButton(self.tr("Pulihkan revisi ini"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(
            self.tr("Simpan isi revisi terpilih sebagai revisi baru; riwayat tetap utuh.")
        )
        self.restore_button.clicked.connect(self._restore_clicked)
        self.message = QLabel()
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.subtitle)
        top_layout.addWidget(self.revision_list, 1)
        top_layout.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.message)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.compare_label)
        bar.addSpacing(12)
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(self.show_unchanged)
        bottom_layout.addLayout(bar)
        bottom_layout.addWidget(self.diff_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.splitter)
        self.show_story(None)

    def sizeHint(self) -> QSize:
        """Comfortable in a side dock."""
        return QSize(420, 640)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when wide (a tab or a big dock), stacked when narrow (a side dock)."""
        width, height = event.size().width(), event.size().height()
        wide = width >= WIDE_ENOUGH and width > height * 1.25
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            total = event.size().width() if wide else event.size().height()
            share = 0.4 if wide else 0.36
            self.splitter.setSizes([int(total * share), int(total * (1 - share))])
        super().resizeEvent(event)

    # -- the window's panel protocol --------------------------------------------------------
    def show_story(self, story: Story | None) -> None:
        """Follow the story open in the editor (None: nothing open)."""
        self._story = story
        self.subtitle.setText(story.headline if story else self.tr("Tidak ada berita terbuka."))
        self.reload()

    def story_saved(self, story: Story) -> None:
        """A save made a new revision: list it and show what it changed."""
        self._story = story
        self.reload()

    # -- behaviour ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Refill the revision list and compare the newest revision with the one before."""
        self.revision_list.clear()
        self._revisions = []
        self._set_message("")
        if self._story is None or self._story.id is None:
            self._show_diffs(None, [])
            self.restore_button.setEnabled(False)
            return
        try:
            self._revisions = self._session.review.history.revisions(
                self._session.actor, self._story.id
            )
        except FAILURES as error:
            self._set_message(describe_error(error), error=True)
            return
        for info in self._revisions:
            self.revision_list.addTopLevelItem(self._item(info))
        if self._revisions:
            self.revision_list.topLevelItem(0).setSelected(True)

    def compare(self, old: int, new: int) -> None:
        """Select revisions ``old`` and ``new`` (shows their comparison)."""
        self.revision_list.clearSelection()
        for row in range(self.revision_list.topLevelItemCount()):
            item = self.revision_list.topLevelItem(row)
            if item.data(0, NUMBER_ROLE) in (old, new):
                item.setSelected(True)

    def restore_selected(self) -> Story | None:
        """Restore the single selected revision as a new one; returns the saved story."""
        numbers = self._selected_numbers()
        if self._story is None or self._story.id is None or len(numbers) != 1:
            return None
        try:
            saved = self._session.review.history.restore(
                self._session.actor, self._story.id, numbers[0], self._session.desk
            )
        except FAILURES as error:
            self._set_message(describe_error(error), error=True)
            return None
        self._story = saved
        self.reload()
        self._set_message(
            self.tr("Revisi %1 dipulihkan sebagai revisi %2.")
            .replace("%1", str(numbers[0]))
            .replace("%2", str(saved.version))
        )
        self.restored.emit(saved)
        return saved

    def confirm_restore(self, number: int) -> bool:
        """Ask before restoring (tests replace this on the instance)."""
        answer = QMessageBox.question(
            self,
            self.tr("Pulihkan revisi"),
            self.tr("Pulihkan isi revisi %1? Isi sekarang tetap tersimpan di riwayat.").replace(
                "%1", str(number)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore_clicked(self) -> None:
        numbers = self._selected_numbers()
        if len(numbers) == 1 and self.confirm_restore(numbers[0]):
            self.restore_selected()

    def _selected_numbers(self) -> list[int]:
        return sorted(int(i.data(0, NUMBER_ROLE)) for i in self.revision_list.selectedItems())

    def _selection_changed(self) -> None:
        numbers = self._selected_numbers()
        if not numbers or self._story is None or self._story.id is None:
            self._show_diffs(None, [])
            self.restore_button.setEnabled(False)
            return
        new = numbers[-1]
        old = (
            numbers[0]
            if len(numbers) > 1
            else max((r.number for r in self._revisions if r.number < new), default=new)
        )
        try:
            diffs = self._session.review.history.compare(
                self._session.actor, self._story.id, old, new
            )
        except FAILURES as error:
            self._set_message(describe_error(error), error=True)
            return
        self._show_diffs((old, new), diffs)
        newest = self._revisions[0].number if self._revisions else new
        facts = StoryFacts(self._story.id, self._story.author_id, self._story.status)
        self.restore_button.setEnabled(
            len(numbers) == 1 and new != newest and can_edit(self._session.actor, facts)
        )

    def _show_diffs(self, pair: tuple[int, int] | None, diffs: list[FieldDiff]) -> None:
        self.compared = pair
        self.diffs = diffs
        if pair is None:
            self.compare_label.setText(self.tr("Tidak ada revisi dipilih"))
        elif pair[0] == pair[1]:
            self.compare_label.setText(
                self.tr("Revisi %1 (versi pertama)").replace("%1", str(pair[1]))
            )
        else:
            self.compare_label.setText(
                self.tr("Revisi %1 → revisi %2")
                .replace("%1", str(pair[0]))
                .replace("%2", str(pair[1]))
            )
        inserted, deleted = word_counts(diffs)
        self.summary.setText(
            f'<span style="color:{INSERT_TEXT}">+{inserted} {self.tr("kata")}</span>'
            f'&nbsp;&nbsp;<span style="color:{DELETE_TEXT}">−{deleted} {self.tr("kata")}</span>'
            if diffs
            else ""
        )
        self._render()

    def _render(self) -> None:
        show_all = self.show_unchanged.isChecked() or (
            self.compared is not None and self.compared[0] == self.compared[1]
        )
        self.diff_view.setHtml(
            diffs_html(
                self.diffs,
                show_all,
                self.tr("Tidak ada perubahan teks di antara kedua revisi ini."),
            )
        )

    def _item(self, info: RevisionInfo) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                str(info.number),
                format_when(info.created_at),
                info.author or self.tr("(tanpa nama)"),
                info.status.label,
                info.note,
            ]
        )
        item.setData(0, NUMBER_ROLE, info.number)
        item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(1, format_exact(info.created_at))
        item.setToolTip(4, info.note)
        background, foreground = STATUS_PILL[info.status]
        item.setBackground(3, QBrush(QColor(background)))
        item.setForeground(3, QBrush(QColor(foreground)))
        return item

    def _set_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {DELETE_TEXT if error else INSERT_TEXT};")
        self.message.setVisible(bool(text))
