"""Connects the story editor's findings to the findings panel, the status bar and the store.

Dictionary and ignore-list writes happen here (each one short transaction on the GUI
thread); the editor then hides the word at once, before the next background check.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from redaksi.gui.findings_panel import FindingsPanel, Located
from redaksi.gui.story_editor import StoryEditor
from redaksi.store.dictionary import NewsroomDictionary, PersonalIgnores
from redaksi.store.errors import StoreError


class FindingsController(QObject):
    """Findings panel, status-bar count, dictionary and ignore actions."""

    def __init__(
        self,
        editor: StoryEditor,
        panel: FindingsPanel,
        status_bar: QStatusBar,
        count_label: QLabel,
        dictionary: NewsroomDictionary,
        personal_ignores: PersonalIgnores,
        user_id: int,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.editor = editor
        self.panel = panel
        self.status_bar = status_bar
        self.count_label = count_label
        self.dictionary = dictionary
        self.personal_ignores = personal_ignores
        self.user_id = user_id
        editor.findingsChanged.connect(self.show_findings)
        editor.addWordRequested.connect(self.add_to_dictionary)
        editor.ignoreEverywhereRequested.connect(self.ignore_everywhere)
        panel.findingActivated.connect(self.jump_to)
        for runner in editor.runners.values():
            runner.checkFailed.connect(self.check_failed)

    def show_findings(self) -> None:
        """Refresh the panel and the count from the editor's current findings."""
        located = self.editor.located_findings()
        self.panel.show_findings(located)
        self.count_label.setText(self.tr("%n temuan", "", len(located)) if located else "")

    def check_failed(self, message: str) -> None:
        """A finding source raised: tell the reporter, keep editing."""
        self.status_bar.showMessage(
            self.tr("Pemeriksaan bahasa gagal: %1").replace("%1", message), 8000
        )

    def jump_to(self, located: Located) -> None:
        """Select a finding chosen in the panel."""
        self.editor.select_finding(located)

    def add_to_dictionary(self, word: str) -> None:
        """Add ``word`` to the newsroom dictionary (every desk) and stop flagging it."""
        try:
            self.dictionary.add(word, user_id=self.user_id)
        except (ValueError, StoreError) as error:
            QMessageBox.warning(self._parent, self.tr("Kamus redaksi"), str(error))
            return
        self.editor.accept_word(word)
        self.status_bar.showMessage(
            self.tr("“%1” ditambahkan ke kamus redaksi.").replace("%1", word), 4000
        )

    def ignore_everywhere(self, word: str) -> None:
        """Ignore ``word`` in every story of this user."""
        self.personal_ignores.add(word)
        self.editor.accept_word(word)

    def recheck(self) -> None:
        """Check the whole story again."""
        for runner in self.editor.runners.values():
            runner.recheck_all()

    def set_enabled(self, enabled: bool) -> None:
        """Turn checking while typing on or off."""
        for runner in self.editor.runners.values():
            runner.enabled = enabled
            if enabled:
                runner.recheck_all()
        if not enabled:
            for layers in self.editor.selection_layers():
                layers.set("findings", [])
            self.panel.show_findings([])
            self.count_label.setText("")
