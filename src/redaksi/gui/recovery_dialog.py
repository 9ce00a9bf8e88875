"""On start after a crash: offer the unsaved stories back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from redaksi.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from redaksi.gui.library_view import local_time
from redaksi.gui.story_html import story_preview_html
from redaksi.story.recovery import JournalEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class RecoveryDialog(QDialog):
    """Lists journals; the reporter recovers or discards each one."""

    def __init__(self, entries: list[JournalEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.recovered: list[JournalEntry] = []  # at most one: the editor holds one story
        self.discarded: list[JournalEntry] = []
        for entry in entries:
            when = local_time(entry.saved_at)
            title = entry.story.headline or self.tr("(tanpa judul)")
            item = QListWidgetItem(
                f"{title}\n{when:%d-%m-%Y %H.%M} · "
                + self.tr("%n kata", "", entry.story.word_count())
            )
            item.setData(ENTRY_ROLE, entry)
            self.ui.entryList.addItem(item)
        self.ui.entryList.setWordWrap(True)
        self.ui.entryList.setSpacing(4)
        self.ui.entryList.currentItemChanged.connect(self._preview)
        self.ui.entryList.setCurrentRow(0)
        self.ui.recoverButton.clicked.connect(self.recover_current)
        self.ui.discardButton.clicked.connect(self.discard_current)
        self.ui.laterButton.clicked.connect(self.reject)

    def _preview(self, item: QListWidgetItem | None) -> None:
        entry = item.data(ENTRY_ROLE) if item else None
        self.ui.preview.setHtml(story_preview_html(entry.story) if entry else "")

    def _take_current(self) -> JournalEntry | None:
        row = self.ui.entryList.currentRow()
        if row < 0:
            return None
        item = self.ui.entryList.takeItem(row)
        return item.data(ENTRY_ROLE)

    def recover_current(self) -> None:
        """Open the selected story in the editor (the others stay for later)."""
        entry = self._take_current()
        if entry:
            self.recovered.append(entry)
            self.accept()

    def discard_current(self) -> None:
        """Throw the selected journal away; close when none are left."""
        entry = self._take_current()
        if entry:
            self.discarded.append(entry)
        self._maybe_done()

    def _maybe_done(self) -> None:
        if self.ui.entryList.count() == 0:
            self.accept()
