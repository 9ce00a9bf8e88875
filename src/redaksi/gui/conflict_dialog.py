"""Someone saved first: show both versions and never overwrite silently."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QWidget

from redaksi.gui.forms.ui_conflict_dialog import Ui_ConflictDialog
from redaksi.gui.story_html import story_preview_html
from redaksi.store.errors import VersionConflict
from redaksi.story.model import Story


class ConflictChoice(Enum):
    """What the reporter decided."""

    CANCEL = "cancel"
    KEEP_MINE_AS_COPY = "copy"
    TAKE_THEIRS = "theirs"


class ConflictDialog(QDialog):
    """Both versions side by side with the three safe ways out."""

    def __init__(
        self, conflict: VersionConflict, theirs: Story, mine: Story, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.choice = ConflictChoice.CANCEL
        self.ui.messageLabel.setText(
            self.tr(
                "Berita ini sudah disimpan orang lain (versi %1) sejak Anda membukanya "
                "(versi %2). Tulisan Anda tidak akan menimpa versi mereka: simpan tulisan Anda "
                "sebagai berita salinan, atau buang tulisan Anda dan muat versi tersimpan."
            )
            .replace("%1", str(conflict.actual))
            .replace("%2", str(conflict.expected))
        )
        # Paragraphs that differ between the versions are highlighted on both sides.
        self.ui.theirsView.setHtml(story_preview_html(theirs, compare_to=mine))
        self.ui.mineView.setHtml(story_preview_html(mine, compare_to=theirs))
        self.ui.keepCopyButton.clicked.connect(
            lambda: self._choose(ConflictChoice.KEEP_MINE_AS_COPY)
        )
        self.ui.takeTheirsButton.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.ui.cancelButton.clicked.connect(self.reject)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()
