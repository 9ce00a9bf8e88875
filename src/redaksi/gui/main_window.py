"""Main window: the story library beside the story editor, side panels as docks.

The window only wires widgets to the store and to the core; each concern lives in its own
module (library, editor, checks, autosave, dialogs).  Autosave goes to the crash-recovery
journal; saving to the store is explicit and conflict-safe.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from redaksi.editing.conflict import conflict_copy
from redaksi.editing.text_stats import text_stats
from redaksi.gui.autosave import Autosave
from redaksi.gui.desk_control import DeskControl
from redaksi.gui.file_import import (
    IMPORTABLE_SUFFIXES,
    ImportRejected,
    import_clipboard,
    import_story_file,
)
from redaksi.gui.find_replace import FindReplaceBar
from redaksi.gui.findings_controller import FindingsController
from redaksi.gui.findings_panel import FindingsPanel
from redaksi.gui.focus_mode import FocusMode
from redaksi.gui.forms.ui_main_window import Ui_MainWindow
from redaksi.gui.library_view import LibraryView
from redaksi.gui.main_actions import MainActions
from redaksi.gui.panels import KNOWN_PANELS, PanelContext, StoryPanel, build_known_panel
from redaksi.gui.review_session import review_session
from redaksi.gui.settings import Preferences, SettingsStore, WindowState
from redaksi.gui.story_editor import StoryEditor
from redaksi.language.checker import Checker
from redaksi.review.errors import LockHeld, PermissionDenied
from redaksi.review.transitions import Move
from redaksi.store.dictionary import NewsroomDictionary, PersonalIgnores
from redaksi.store.errors import StoreError, VersionConflict
from redaksi.store.store import Store
from redaksi.story.model import Story
from redaksi.story.recovery import JournalEntry, RecoveryJournal, same_text

STATS_DELAY_MS = 250


if TYPE_CHECKING:
    from redaksi.gui.export_flow import ExportFlow
    from redaksi.gui.wordpress_flow import WordPressFlow


# How often the status bar asks the finding sources for their health.
NOTICE_POLL_MS = 3000

# Width of the side-panel column on first start (the user's own width is remembered).
PANEL_WIDTH = 340


class MainWindow(QMainWindow):
    """The workstation: library, editor, findings and the panels other modules add."""

    storyOpened = Signal(object)
    storySaved = Signal(object)

    def __init__(
        self,
        store: Store,
        user_id: int,
        checker: Checker | None = None,
        settings: SettingsStore | None = None,
        journal: RecoveryJournal | None = None,
        mount_known_panels: bool = True,
    ) -> None:
        super().__init__()
        self.store = store
        self.user_id = user_id
        self.checker = checker or Checker()
        self.settings = settings or SettingsStore()
        self.prefs: Preferences = self.settings.load_preferences()
        self.state: WindowState = self.settings.load_window_state()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # checks in order; the GUI thread stays free
        self.dirty = False
        self.panels: dict[str, QDockWidget] = {}
        self._sized = False

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.actions_ = MainActions(self)
        self.library = LibraryView(store, self)
        self.editor = StoryEditor(self)
        self.find_bar = FindReplaceBar(self.editor.body, self)
        editor_area = QWidget(self)
        editor_area.setObjectName("editorArea")
        area_layout = QVBoxLayout(editor_area)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.setSpacing(0)
        area_layout.addWidget(self.editor)
        area_layout.addWidget(self.find_bar)
        self.ui.splitter.addWidget(self.library)
        self.ui.splitter.addWidget(editor_area)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([500, 900])

        self.journal = journal or RecoveryJournal(_default_recovery_dir())
        # The journal holds everything the reporter changed, panel edits included.
        self.autosave = Autosave(
            self.journal, lambda: self.current_story(), self.prefs.autosave_seconds, self
        )

        self._export_flow: ExportFlow | None = None
        self._wordpress: WordPressFlow | None = None
        self._dock_groups: dict[str, str] = {}
        self._build_status_bar()
        self.findings = FindingsPanel(self)
        self.add_panel("findings", self.tr("Temuan"), self.findings)
        context = PanelContext(store=store, user_id=user_id, checker=self.checker)
        # Every save, status move and lock of this window acts as this desk's signed-in user.
        self.review = review_session(context)
        if mount_known_panels:
            for spec in KNOWN_PANELS:
                widget = build_known_panel(spec, context)
                if widget is not None:
                    self.add_panel(spec.key, self.tr(spec.title), widget, spec.area, spec.group)
        self._paint_icons()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.actions_.build_toolbar())
        self.view_menu = self.actions_.build_menus(
            [d.toggleViewAction() for d in self.panels.values()]
        )
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(STATS_DELAY_MS)
        self._stats_timer.timeout.connect(self.update_stats)
        self._stats_timer.timeout.connect(self._notify_draft)
        self.editor.attach_checker(self.checker, self.pool, self.prefs.check_delay_ms)
        self.findings_control = FindingsController(
            self.editor,
            self.findings,
            self.ui.statusBar,
            self.findings_label,
            NewsroomDictionary(store.sessions),
            PersonalIgnores(store.sessions, user_id),
            user_id,
            self,
        )
        self.focus = FocusMode(self, self.library, self.editor.body)
        self.desk = DeskControl(self.review, self.editor, self.panel_widgets, self)
        area_layout.insertWidget(0, self.desk.lock_bar)
        comments = self.desk.comments_panel()
        if comments is not None:
            self.desk.connect_comments(comments)
        self._connect()
        self._apply_preferences()
        self.setAcceptDrops(True)
        if self.state.dock_state.isEmpty():
            self.resizeDocks([self.panels["findings"]], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        self._restore_state()
        self.library.refresh()
        self._refresh_recent_menu()
        self.new_story()

    # -- construction ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.ui.statusBar
        self.words_label = QLabel(self)
        self.reading_label = QLabel(self)
        self.findings_label = QLabel(self)
        self.save_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.source_label = QLabel(self)  # e.g. the newsroom's LanguageTool is down
        self.source_label.setStyleSheet("color: #9a6700;")
        self._notice_timer = QTimer(self)
        self._notice_timer.setInterval(NOTICE_POLL_MS)
        self._notice_timer.timeout.connect(self.update_source_notice)
        self._notice_timer.start()
        for label in (
            self.source_label,
            self.save_label,
            self.findings_label,
            self.words_label,
            self.reading_label,
            self.zoom_label,
        ):
            bar.addPermanentWidget(label)

    def update_source_notice(self) -> None:
        """Show what a finding source says about itself; typing is never affected."""
        notices = self.checker.notices()
        self.source_label.setText(notices[0] if notices else "")
        self.source_label.setToolTip("\n".join(notices))

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.new_story_requested)
        a.open_file.triggered.connect(self.choose_file_to_import)
        a.paste_story.triggered.connect(self.import_clipboard)
        a.save.triggered.connect(self.save_story)
        a.export.triggered.connect(self.export_story)
        a.house_style.triggered.connect(self.edit_house_style)
        a.publish_wordpress.triggered.connect(lambda: self.wordpress.start())
        a.wordpress_site.triggered.connect(lambda: self.wordpress.edit_site())
        a.recover.triggered.connect(lambda: self.offer_recovery(always=True))
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(lambda: self._on_focus_editor("undo"))
        a.redo.triggered.connect(lambda: self._on_focus_editor("redo"))
        a.find.triggered.connect(lambda: self.find_bar.open_bar(replace=False))
        a.replace.triggered.connect(lambda: self.find_bar.open_bar(replace=True))
        a.bold.triggered.connect(lambda: self.editor.body.toggle_mark("bold"))
        a.italic.triggered.connect(lambda: self.editor.body.toggle_mark("italic"))
        a.link.triggered.connect(self.ask_link)
        a.quote.triggered.connect(lambda: self.editor.body.set_paragraph_kind("quote"))
        a.subhead.triggered.connect(lambda: self.editor.body.set_paragraph_kind("subhead"))
        a.next_finding.triggered.connect(self.editor.next_finding)
        a.recheck.triggered.connect(lambda: self.findings_control.recheck())
        a.checks_enabled.toggled.connect(lambda on: self.findings_control.set_enabled(on))
        a.zoom_in.triggered.connect(lambda: self.editor.body.zoom_step(1))
        a.zoom_out.triggered.connect(lambda: self.editor.body.zoom_step(-1))
        a.zoom_reset.triggered.connect(lambda: self.editor.body.set_zoom(100))
        a.focus_mode.toggled.connect(self.set_focus_mode)
        a.show_library.toggled.connect(self.library.setVisible)
        self.library.storyActivated.connect(self.open_story_requested)
        self.library.trashRequested.connect(self.trash_story)
        self.editor.changed.connect(self._on_edit)
        self.editor.body.fileDropped.connect(lambda path: self.import_file(Path(path)))
        self.editor.body.zoomChanged.connect(self._zoom_changed)
        self.editor.body.document().undoAvailable.connect(a.undo.setEnabled)
        self.editor.body.document().redoAvailable.connect(a.redo.setEnabled)
        self.desk.editableChanged.connect(self._editable_changed)
        self.desk.moveRequested.connect(self.move_story)
        self.autosave.saved.connect(self._autosaved)
        self.autosave.failed.connect(self._autosave_failed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._application_state)

    def _apply_preferences(self) -> None:
        body = self.editor.body
        body.set_base_size(self.prefs.body_font_size)
        body.set_zoom(self.prefs.zoom_percent)
        self._zoom_changed(body.zoom)
        self.actions_.checks_enabled.setChecked(self.prefs.checks_enabled)
        self.actions_.show_library.setChecked(True)
        self.autosave.set_delay(self.prefs.autosave_seconds)

    def _restore_state(self) -> None:
        if not self.state.geometry.isEmpty():
            self.restoreGeometry(self.state.geometry)
        if not self.state.dock_state.isEmpty():
            self.restoreState(self.state.dock_state)
        if not self.state.splitter_state.isEmpty():
            self.ui.splitter.restoreState(self.state.splitter_state)
        self.actions_.show_library.setChecked(
            self.library.isVisibleTo(self) or not self.isVisible()
        )

    def showEvent(self, event: QShowEvent) -> None:
        """On a first start, give the library a third of the width."""
        super().showEvent(event)
        if self.state.splitter_state.isEmpty() and not self._sized:
            self._sized = True
            self.fit_library()

    def fit_library(self) -> None:
        """Default layout: side panels in a narrow column, the library a third of the rest."""
        if self.state.dock_state.isEmpty() and "findings" in self.panels:
            self.resizeDocks([self.panels["findings"]], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        total = self.ui.splitter.width()
        library = max(380, min(640, int(total * 0.36)))
        self.ui.splitter.setSizes([library, max(400, total - library)])

    def save_window_state(self) -> None:
        """Remember geometry, docks, splitter and preferences."""
        if self.focus.active:
            self.set_focus_mode(False)
        self.state.geometry = self.saveGeometry()
        self.state.dock_state = self.saveState()
        self.state.splitter_state = self.ui.splitter.saveState()
        self.state.last_story_id = self.editor.loaded.id or 0
        self.settings.save_window_state(self.state)
        self.prefs.zoom_percent = self.editor.body.zoom
        self.prefs.checks_enabled = self.actions_.checks_enabled.isChecked()
        self.settings.save_preferences(self.prefs)

    def set_dark(self, dark: bool) -> None:
        """Follow a light or dark palette where colours are painted by hand."""
        self.editor.set_dark(dark)
        self._paint_icons()
        self.library.delegate.dark = dark
        self.library.ui.table.viewport().update()

    def _paint_icons(self) -> None:
        palette = QApplication.palette()
        self.actions_.apply_icons(
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        )

    def reopen_last(self) -> None:
        """Open the story that was open when the window last closed, if it still exists."""
        story_id = self.state.last_story_id
        if not story_id:
            return
        try:
            story = self.review.review.stories.open(self.review.actor, story_id)
        except StoreError:
            return
        self._show(story)
        self.library.select(story_id)

    # -- panels ---------------------------------------------------------------------------------
    def add_panel(
        self,
        key: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        group: str = "story",
    ) -> QDockWidget:
        """Mount ``widget`` as a dock (tabbed with the others in ``area``) and wire it.

        ``key`` names the dock in the saved layout, so keep it stable.  See
        :mod:`redaksi.gui.panels` for what a panel may implement.
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{key}")
        if key != "findings":
            # A wide panel (photos, a history with a diff) must not force the whole dock
            # column wide and squeeze the editor: it scrolls inside a column of normal width.
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidget(widget)
            dock.setWidget(scroller)
        else:
            dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        same_area = [d for d in self.panels.values() if self.dockWidgetArea(d) == area]
        same_group = [d for d in same_area if self._dock_groups.get(d.objectName()) == group]
        self._dock_groups[dock.objectName()] = group
        # A new group goes below the others (a tabbed dock cannot be split); a panel of an
        # existing group becomes another tab there.
        self.addDockWidget(area, dock, Qt.Orientation.Vertical)
        if same_group:
            self.tabifyDockWidget(same_group[0], dock)
            same_group[0].raise_()
        self.panels[key] = dock
        if isinstance(widget, StoryPanel):
            self.storyOpened.connect(widget.show_story)
        if hasattr(widget, "story_saved"):
            self.storySaved.connect(widget.story_saved)
        if hasattr(widget, "storyEdited"):
            widget.storyEdited.connect(self._on_edit)
        if hasattr(widget, "attach_editor"):  # related links: "Baca juga" markers in the body
            widget.attach_editor(self.editor)
        if hasattr(widget, "openRequested"):  # review queue
            widget.openRequested.connect(self.open_story_requested)
        if hasattr(widget, "restored"):  # history: a revision restored as the newest one
            widget.restored.connect(lambda story: self._show(story))
        if hasattr(self, "view_menu"):
            self.view_menu.insertAction(self.actions_.zoom_in, dock.toggleViewAction())
        return dock

    def panel_widgets(self) -> list[QWidget]:
        """Widgets of every mounted panel (inside their scroll areas, if any)."""
        widgets = []
        for dock in self.panels.values():
            widget = dock.widget()
            if isinstance(widget, QScrollArea) and widget.widget() is not None:
                widget = widget.widget()
            widgets.append(widget)
        return widgets

    # -- story lifecycle ------------------------------------------------------------------------
    def current_story(self) -> Story:
        """The story in the editor with the panels' edits folded in."""
        story = self.editor.story()
        for widget in self.panel_widgets():
            apply_to = getattr(widget, "apply_to", None)
            if callable(apply_to):
                apply_to(story)
        return story

    def _show(self, story: Story, dirty: bool = False) -> None:
        self.editor.load_story(story)
        self.dirty = dirty
        self.autosave.cancel()
        if dirty:
            self.autosave.touch()
        self._update_title()
        self.update_stats()
        self._show_info()
        self.desk.claim(story)
        self.storyOpened.emit(copy.deepcopy(story))
        self.desk.refresh_comment_marks()

    def new_story(self) -> None:
        """An empty story in the editor (saved on first Ctrl+S)."""
        story = Story()
        story.author_id = self.user_id
        self._show(story)
        self.editor.ui.headlineEdit.setFocus()

    def new_story_requested(self) -> None:
        """Ctrl+N: ask about unsaved work first."""
        if self.maybe_keep_changes():
            self.new_story()

    def open_story(self, story_id: int) -> None:
        """Load a story from the store into the editor."""
        try:
            story = self.review.review.stories.open(self.review.actor, story_id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Tidak dapat membuka"), str(error))
            return
        self._show(story)
        self.library.select(story_id)

    def open_story_requested(self, story_id: int) -> None:
        """The reporter picked a story in the library."""
        if story_id == self.editor.loaded.id:
            return
        if self.maybe_keep_changes():
            self.open_story(story_id)
        elif self.editor.loaded.id is not None:
            self.library.select(self.editor.loaded.id)

    def trash_story(self, story_id: int, confirm: bool = True) -> bool:
        """Move a story to the trash (it can be restored); True when moved."""
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Pindahkan ke tempat sampah"),
                self.tr("Pindahkan berita ini ke tempat sampah? Berita dapat dipulihkan."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if story_id == self.editor.loaded.id:
            if self.dirty and not self.maybe_keep_changes():
                return False
            self.new_story()
        try:
            self.review.review.stories.trash(self.review.actor, story_id)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Gagal"), str(error))
            return False
        self.library.refresh()
        return True

    def export_story(self) -> bool:
        """Export the story as a publish-ready bundle; False when nothing was started.

        The story is saved first, so the export is exactly what the library holds.
        """
        if (self.dirty or self.editor.loaded.id is None) and not self.save_story():
            return False
        return self.export_flow.start(self.store.stories.load(self.editor.loaded.id))

    def edit_house_style(self) -> bool:
        """The administrator tunes the house style; every desk's next check follows it."""
        from redaksi.gui.house_style_dialog import HouseStyleDialog
        from redaksi.language.checker import DeferredChecker
        from redaksi.review.errors import PermissionDenied
        from redaksi.review.permissions import require_manage_house_style

        try:
            require_manage_house_style(self.review.actor)
        except PermissionDenied as error:
            QMessageBox.warning(self, self.tr("Gaya selingkung"), str(error))
            return False
        dialog = HouseStyleDialog(self.store, self.user_id, self)
        if dialog.exec() != HouseStyleDialog.DialogCode.Accepted:
            return False
        if isinstance(self.checker, DeferredChecker):
            from redaksi.gui.app import make_checker

            self.checker.reset(make_checker(self.store, self.user_id).built)
            self.findings_control.recheck()
        return True

    @property
    def export_flow(self) -> ExportFlow:
        """The export command's state (created on first use)."""
        if self._export_flow is None:
            from redaksi.gui.export_flow import ExportFlow

            self._export_flow = ExportFlow(self, self.store, self.checker)
        return self._export_flow

    @property
    def wordpress(self) -> WordPressFlow:
        """The WordPress commands' state (created on first use)."""
        if self._wordpress is None:
            from redaksi.gui.wordpress_flow import WordPressFlow

            self._wordpress = WordPressFlow(self, self.store, self.checker)
        return self._wordpress

    def save_story(self) -> bool:
        """Save to the store; a conflict opens the conflict dialog.  True when saved."""
        story = self.current_story()
        if not story.headline:
            QMessageBox.information(
                self, self.tr("Judul kosong"), self.tr("Beri judul berita sebelum menyimpan.")
            )
            self.editor.ui.headlineEdit.setFocus()
            return False
        try:
            saved = self.review.review.stories.save(self.review.actor, story, desk=self.review.desk)
        except VersionConflict as conflict:
            return self.resolve_conflict(conflict, story)
        except (PermissionDenied, LockHeld) as refused:
            return self.save_refused(refused, story)
        except StoreError as error:
            QMessageBox.critical(self, self.tr("Gagal menyimpan"), str(error))
            return False
        self._after_save(story, saved)
        return True

    def save_refused(self, refused: StoreError, mine: Story) -> bool:
        """The status or another desk's lock forbids this save: offer a copy, lose nothing."""
        box = QMessageBox(self)
        box.setObjectName("saveRefused")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Tidak dapat menyimpan"))
        box.setText(str(refused))
        box.setInformativeText(
            self.tr("Tulisan Anda tidak hilang: simpan sebagai berita baru (salinan) untuk Anda.")
        )
        keep = box.addButton(self.tr("Simpan sebagai salinan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is not keep:
            return False
        return self.save_as_copy(mine)

    def save_as_copy(self, mine: Story) -> bool:
        """Save ``mine`` as a new draft of this desk's user, next to the original."""
        self.autosave.discard(mine)
        headline = self.tr("%1 (salinan)").replace("%1", mine.headline)
        copy_story = conflict_copy(mine, mine.id or 0, headline)
        copy_story.author_id = self.user_id
        try:
            saved = self.review.review.stories.create(
                self.review.actor, copy_story, note="Salinan karena konflik"
            )
        except StoreError as error:
            QMessageBox.critical(self, self.tr("Gagal menyimpan"), str(error))
            return False
        self.dirty = False
        self._show(saved)
        self.library.refresh(select_id=saved.id)
        self.storySaved.emit(copy.deepcopy(saved))
        return True

    def move_story(self, move: Move, note: str = "") -> bool:
        """Move the open story along the workflow (saving first); True when moved."""
        story_id = self.editor.loaded.id
        if story_id is None:
            return False
        if self.dirty and not self.save_story():
            return False
        try:
            moved = self.review.review.workflow.transition(
                self.review.actor,
                story_id,
                move.target,
                note,
                expected_version=self.editor.loaded.version,
            )
        except VersionConflict:
            QMessageBox.warning(
                self,
                self.tr("Berita sudah berubah"),
                self.tr(
                    "Desk lain menyimpan berita ini setelah Anda membukanya. Berita dimuat "
                    "ulang; periksa perubahannya lalu ulangi."
                ),
            )
            self.open_story(story_id)
            return False
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Status tidak dapat diubah"), str(error))
            return False
        self._show(moved)
        self.library.refresh(select_id=story_id)
        self.storySaved.emit(copy.deepcopy(moved))
        message = self.tr("Status berita: %1").replace("%1", moved.status.label)
        self.ui.statusBar.showMessage(message, 5000)
        return True

    def _editable_changed(self, editable: bool) -> None:
        """Greyed-out editing commands while the story is read-only at this desk."""
        a = self.actions_
        for action in (a.bold, a.italic, a.link, a.quote, a.subhead, a.replace):
            action.setEnabled(editable)

    def adopt_version(self, saved: Story) -> bool:
        """Take over a version written behind the editor (an export override, a publish).

        Only when it sits right on the editor's version: if someone else saved in between,
        the next save meets the usual conflict dialog instead.
        """
        loaded = self.editor.loaded
        if loaded.id != saved.id or loaded.version != saved.version - 1:
            return False
        loaded.version = saved.version
        loaded.updated_at = saved.updated_at
        loaded.extra = copy.deepcopy(saved.extra)
        self._show_info()
        return True

    def _after_save(self, written: Story, saved: Story) -> None:
        self.autosave.discard(written)
        self.editor.mark_saved(saved)
        self.desk.saved(saved)
        self.dirty = False
        self._update_title()
        self._show_info()
        self.library.refresh(select_id=saved.id)
        self.save_label.setText(self.tr("Tersimpan"))
        self.storySaved.emit(copy.deepcopy(saved))

    def resolve_conflict(self, conflict: VersionConflict, mine: Story) -> bool:
        """Show both versions; keep mine as a copy or take theirs. Never overwrite."""
        # Imported here: rare dialogs stay out of the cold start.
        from redaksi.gui.conflict_dialog import ConflictChoice, ConflictDialog

        self.autosave.flush()
        theirs = self.store.stories.load(conflict.story_id)
        dialog = ConflictDialog(conflict, theirs, mine, self)
        dialog.exec()
        if dialog.choice is ConflictChoice.KEEP_MINE_AS_COPY:
            return self.save_as_copy(mine)
        if dialog.choice is ConflictChoice.TAKE_THEIRS:
            self.autosave.discard(mine)
            self._show(theirs)
            return False
        return False

    def maybe_keep_changes(self) -> bool:
        """Before leaving the current story: True when it is safe to continue."""
        if not self.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_story()
        if answer == QMessageBox.StandardButton.Discard:
            self.autosave.discard(self.editor.loaded)
            self.dirty = False
            return True
        return False

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask what to do with unsaved changes."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Perubahan belum disimpan"))
        headline = self.editor.story().headline or self.tr("(tanpa judul)")
        box.setText(self.tr("Simpan perubahan pada “%1”?").replace("%1", headline))
        box.setInformativeText(self.tr("Jika tidak disimpan, perubahan Anda akan hilang."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Simpan"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Jangan simpan"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Batal"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setObjectName("unsavedQuestion")
        return QMessageBox.StandardButton(box.exec())

    # -- recovery -------------------------------------------------------------------------------
    def offer_recovery(self, always: bool = False) -> Story | None:
        """Offer journals of crashed sessions back; returns the story recovered, if any."""
        from redaksi.gui.recovery_dialog import RecoveryDialog

        entries = [e for e in self.journal.orphans() if not self._journal_is_stale(e)]
        if not entries:
            if always:
                QMessageBox.information(
                    self, self.tr("Pemulihan"), self.tr("Tidak ada tulisan yang perlu dipulihkan.")
                )
            return None
        dialog = RecoveryDialog(entries, self)
        dialog.exec()
        for entry in dialog.discarded:
            self.journal.discard_entry(entry)
        if not dialog.recovered or not self.maybe_keep_changes():
            return None
        return self.recover(dialog.recovered[0])

    def recover(self, entry: JournalEntry) -> Story:
        """Put a journal's story in the editor as unsaved work, owned by this session."""
        story = entry.story
        self.journal.discard_entry(entry)
        self._show(story, dirty=True)
        self.autosave.flush()
        if story.id is not None:
            self.library.select(story.id)
        return story

    def _journal_is_stale(self, entry: JournalEntry) -> bool:
        """A journal identical to the stored story holds nothing to recover: drop it."""
        if entry.story_id is None:
            return False
        try:
            stored = self.store.stories.load(entry.story_id)
        except StoreError:
            return False
        if same_text(stored, entry.story):
            self.journal.discard_entry(entry)
            return True
        return False

    # -- edits, stats, findings -----------------------------------------------------------------
    def _on_edit(self) -> None:
        if not self.dirty:
            self.dirty = True
            self._update_title()
        self.autosave.touch()
        self._stats_timer.start()

    def _notify_draft(self) -> None:
        """Panels that follow the draft as it is typed (related-story suggestions)."""
        followers = [w for w in self.panel_widgets() if callable(getattr(w, "draft_changed", None))]
        if followers:
            story = self.editor.story()
            for widget in followers:
                widget.draft_changed(story)

    def update_stats(self) -> None:
        """Word count and reading time of headline, lead and body."""
        ui = self.editor.ui
        text = "\n".join(
            [ui.headlineEdit.text(), self.editor.lead.toPlainText(), self.editor.body.toPlainText()]
        )
        stats = text_stats(text, self.prefs.words_per_minute)
        self.words_label.setText(self.tr("%n kata", "", stats.words))
        self.reading_label.setText(self.tr("± %n menit baca", "", stats.minutes))

    # -- commands -------------------------------------------------------------------------------
    def _on_focus_editor(self, command: str) -> None:
        widget = QApplication.focusWidget() or self.editor.body
        method = getattr(widget, command, None)
        if callable(method):
            method()
        else:
            getattr(self.editor.body, command)()

    def ask_link(self) -> None:
        """Ask for the address of a link over the selection."""
        current = self.editor.body.link_at_cursor()
        href, ok = QInputDialog.getText(
            self,
            self.tr("Tautan"),
            self.tr("Alamat (https://…), kosongkan untuk menghapus:"),
            text=current or "https://",
        )
        if ok:
            href = href.strip()
            self.editor.body.set_link("" if href in ("", "https://") else href)

    def set_focus_mode(self, on: bool) -> None:
        """Distraction-free: only the story, full screen.  F11 or Esc leaves."""
        action = self.actions_.focus_mode
        if action.isChecked() != on:
            action.setChecked(on)  # toggled signal comes back here
            return
        if on:
            self.focus.enter()
        else:
            self.focus.leave()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc leaves focus mode."""
        if event.key() == Qt.Key.Key_Escape and self.focus.active:
            self.set_focus_mode(False)
            return
        super().keyPressEvent(event)

    def _zoom_changed(self, percent: int) -> None:
        self.zoom_label.setText(f"{percent}%")
        self.editor.repaint_findings()

    # -- import and drops -----------------------------------------------------------------------
    def choose_file_to_import(self) -> None:
        """Ctrl+O: pick a file to import as a new story."""
        patterns = " ".join(f"*{s}" for s in IMPORTABLE_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor berkas"), "", self.tr("Berkas berita (%1)").replace("%1", patterns)
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> Story | None:
        """Import ``path`` as a new story, saved to the library at once."""
        if not self.maybe_keep_changes():
            return None
        try:
            story = import_story_file(path, self.store)
        except ImportRejected as error:
            QMessageBox.warning(self, self.tr("Impor gagal"), str(error))
            return None
        story.author_id = self.user_id
        try:
            saved = self.review.review.stories.create(
                self.review.actor, story, note=f"Impor dari {path.name}"
            )
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Impor gagal"), str(error))
            return None
        self.state.remember_file(str(path))
        self._refresh_recent_menu()
        self.library.refresh(select_id=saved.id)
        self._show(saved)
        self.ui.statusBar.showMessage(self.tr("Diimpor: %1").replace("%1", path.name), 4000)
        return saved

    def import_clipboard(self) -> Story | None:
        """A draft copied from a web page or word processor becomes a new story."""
        if not self.maybe_keep_changes():
            return None
        mime = QApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else None
        try:
            story = import_clipboard(text, html, self.store)
        except ImportRejected as error:
            QMessageBox.warning(self, self.tr("Tempel gagal"), str(error))
            return None
        story.author_id = self.user_id
        try:
            saved = self.review.review.stories.create(
                self.review.actor, story, note="Ditempel dari papan klip"
            )
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Tempel gagal"), str(error))
            return None
        self.library.refresh(select_id=saved.id)
        self._show(saved)
        dropped = len(story.extra["import"]["dropped"])
        message = self.tr("Naskah tempelan dikenali; %1 bagian halaman web dibuang.")
        self.ui.statusBar.showMessage(message.replace("%1", str(dropped)), 6000)
        return saved

    def _refresh_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        for path in self.state.recent_files:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.import_file(Path(p)))
        menu.setEnabled(bool(self.state.recent_files))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Import every dropped file (the last one stays open)."""
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in files:
            self.import_file(Path(path))

    # -- title, info, focus loss, closing -------------------------------------------------------
    def _update_title(self) -> None:
        headline = self.editor.loaded.headline or self.tr("Berita baru")
        self.setWindowTitle(f"{headline}[*] — Redaksi")
        self.setWindowModified(self.dirty)
        self.save_label.setText(self.tr("Belum disimpan") if self.dirty else "")

    def _show_info(self) -> None:
        story = self.editor.loaded
        if story.id is None:
            self.editor.ui.infoLabel.setText(self.tr("Belum pernah disimpan"))
            return
        self.editor.ui.infoLabel.setText(
            self.tr("Versi %1 · %2")
            .replace("%1", str(story.version))
            .replace("%2", story.category or self.tr("tanpa rubrik"))
        )

    def _autosaved(self, _milliseconds: float) -> None:
        self.save_label.setText(self.tr("Cadangan otomatis tersimpan"))

    def _autosave_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Cadangan otomatis GAGAL: %1").replace("%1", message))

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.autosave.flush()

    def changeEvent(self, event: QEvent) -> None:
        """Focus loss writes the journal at once."""
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosave.flush()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved work, remember the layout, wait for running checks."""
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self.autosave.cancel()
        self.autosave.wait()
        self.save_window_state()
        self.desk.release()
        for runner in self.editor.runners.values():
            runner.enabled = False
        self.pool.waitForDone(5000)
        event.accept()


def _default_recovery_dir() -> Path:
    from redaksi.paths import recovery_dir

    return recovery_dir()
