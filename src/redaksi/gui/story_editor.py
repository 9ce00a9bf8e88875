"""The story form: headline, dateline, lead, body, byline, category and tags.

Layout comes from ``ui/story_editor.ui``; this class moves a :class:`Story` in and out of the
fields, runs the background checks of the lead and the body and offers finding actions.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QPoint, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from redaksi.editing.ignores import FindingIgnores
from redaksi.editing.offsets import Utf16Map
from redaksi.gui.body_editor import BodyEditor
from redaksi.gui.check_runner import CheckRunner
from redaksi.gui.finding_marks import finding_at, finding_cursor, visible_selections
from redaksi.gui.finding_menu import FindingHandlers, FindingMenu
from redaksi.gui.findings_panel import Located
from redaksi.gui.forms.ui_story_editor import Ui_StoryEditor
from redaksi.gui.selection_layers import SelectionLayers
from redaksi.gui.theme import status_colours, text_font, ui_font
from redaksi.gui.wrapping_line_edit import WrappingLineEdit
from redaksi.language.checker import Checker
from redaksi.language.findings import Finding
from redaksi.story.model import Dateline, Story
from redaksi.story.status import Status

CATEGORIES = (
    "Nasional",
    "Regional",
    "Ekonomi",
    "Politik",
    "Hukum",
    "Internasional",
    "Olahraga",
    "Teknologi",
    "Kesehatan",
    "Pendidikan",
    "Gaya Hidup",
    "Hiburan",
)
IGNORED_HITS_KEY = "ignored_hits"


class StoryEditor(QWidget):
    """Edits one story; emits ``changed`` on every edit of any field."""

    changed = Signal()
    findingsChanged = Signal()
    addWordRequested = Signal(str)
    ignoreEverywhereRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StoryEditor()
        self.ui.setupUi(self)
        self.body: BodyEditor = self.ui.bodyEdit
        self.lead: WrappingLineEdit = self.ui.leadEdit
        self.headline: WrappingLineEdit = self.ui.headlineEdit
        # Fields checked in the background, in reading order.
        self.fields: dict[str, QTextEdit | QPlainTextEdit] = {
            "headline": self.headline,
            "lead": self.lead,
            "body": self.body,
        }
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ui.column.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ui.categoryCombo.addItems(CATEGORIES)
        self.ui.categoryCombo.setCurrentIndex(-1)
        self.ui.categoryCombo.lineEdit().setPlaceholderText(self.tr("Rubrik"))
        self._story = Story()
        self._loading = False
        self._dark = False
        self.read_only = False
        self.runners: dict[str, CheckRunner] = {}
        self._layers = {
            "headline": SelectionLayers(self.headline),
            "lead": SelectionLayers(self.lead),
            "body": self.body.layers,
        }
        self._menu = FindingMenu(self)
        self.accepted_words: set[str] = set()
        self.personal_words: frozenset[str] = frozenset()
        self.ui.headlineEdit.textEdited.connect(self._edited)
        self.ui.subheadlineEdit.textEdited.connect(self._edited)
        for edit in (
            self.ui.datelinePlaceEdit,
            self.ui.datelineOutletEdit,
            self.ui.bylineEdit,
            self.ui.tagsEdit,
        ):
            edit.textEdited.connect(self._edited)
        self.ui.categoryCombo.currentTextChanged.connect(self._edited)
        self.lead.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.body.menu_hook = lambda menu, pos: self._finding_menu(self.body, menu, pos)
        for editor in (self.headline, self.lead):
            editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            editor.customContextMenuRequested.connect(
                lambda pos, e=editor: self._plain_menu(e, pos)
            )
        self.body.verticalScrollBar().valueChanged.connect(self.repaint_findings)
        self.ui.statusBadge.setContentsMargins(8, 2, 8, 2)
        self._set_fonts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Other paragraphs come into view: draw their underlines."""
        super().resizeEvent(event)
        self.repaint_findings()

    def _set_fonts(self) -> None:
        headline = text_font(19.0)
        headline.setWeight(QFont.Weight.Bold)
        self.headline.setFont(headline)
        sub = ui_font()
        sub.setPointSizeF(12.0)
        self.ui.subheadlineEdit.setFont(sub)
        lead = ui_font()
        lead.setPointSizeF(11.0)
        lead.setWeight(QFont.Weight.DemiBold)
        self.lead.setFont(lead)

    # -- story in and out ---------------------------------------------------------------------
    def load_story(self, story: Story) -> None:
        """Show ``story``; nothing counts as an edit until the reporter types."""
        self._loading = True
        try:
            self._story = copy.deepcopy(story)
            ui = self.ui
            ui.headlineEdit.setText(story.headline)
            ui.headlineEdit.setCursorPosition(0)
            ui.subheadlineEdit.setText(story.subheadline)
            ui.datelinePlaceEdit.setText(story.dateline.place)
            ui.datelineOutletEdit.setText(story.dateline.outlet)
            ui.bylineEdit.setText(story.byline)
            ui.categoryCombo.setCurrentText(story.category)
            ui.tagsEdit.setText(", ".join(story.tags))
            self.lead.setText(story.lead)
            self.body.set_paragraphs(story.paragraphs)
            self.show_status(story.status)
            self._apply_ignores()
        finally:
            self._loading = False
        for runner in self.runners.values():
            runner.recheck_all()

    def story(self) -> Story:
        """The edited story: the loaded one with every field read back from the form."""
        story = copy.deepcopy(self._story)
        ui = self.ui
        story.headline = ui.headlineEdit.text().strip()
        story.subheadline = ui.subheadlineEdit.text().strip()
        story.dateline = Dateline(
            place=ui.datelinePlaceEdit.text().strip(), outlet=ui.datelineOutletEdit.text().strip()
        )
        story.byline = ui.bylineEdit.text().strip()
        story.category = ui.categoryCombo.currentText().strip()
        story.tags = [t.strip() for t in ui.tagsEdit.text().split(",") if t.strip()]
        story.lead = self.lead.toPlainText().strip()
        story.paragraphs = self.body.paragraphs()
        return story

    @property
    def loaded(self) -> Story:
        """The story as it was loaded (or last saved)."""
        return self._story

    def mark_saved(self, saved: Story) -> None:
        """Adopt the stored version and id after a save, without touching the text."""
        self._story.id = saved.id
        self._story.version = saved.version
        self._story.slug = saved.slug
        self._story.updated_at = saved.updated_at
        self._story.created_at = saved.created_at
        self._story.author_id = saved.author_id
        self.show_status(saved.status)

    def show_status(self, status: Status) -> None:
        """Paint the status pill."""
        background, text = status_colours(status, self._dark)
        self.ui.statusBadge.setText(status.label.upper())
        self.ui.statusBadge.setStyleSheet(
            f"background:{background.name()};color:{text.name()};border-radius:9px;"
            "font-size:8pt;font-weight:700;letter-spacing:1px;padding:2px 8px;"
        )

    def set_read_only(self, read_only: bool) -> None:
        """Lock every field (another desk holds the story, or its status forbids edits).

        The text stays selectable, so a reader can still copy it and comment on it.
        """
        self.read_only = read_only
        ui = self.ui
        for edit in (
            ui.headlineEdit,
            ui.subheadlineEdit,
            ui.datelinePlaceEdit,
            ui.datelineOutletEdit,
            ui.bylineEdit,
            ui.tagsEdit,
            self.lead,
            self.body,
        ):
            edit.setReadOnly(read_only)
        ui.categoryCombo.setEnabled(not read_only)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            if read_only
            else Qt.TextInteractionFlag.TextEditorInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )

    def set_dark(self, dark: bool) -> None:
        """Follow the palette (status pill colours)."""
        self._dark = dark
        self.show_status(self._story.status)

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    # -- checks -------------------------------------------------------------------------------
    def attach_checker(self, checker: Checker, pool: QThreadPool, delay_ms: int = 300) -> None:
        """Check the lead and body with ``checker`` in the background from now on."""
        for runner in self.runners.values():
            runner.enabled = False
            runner.deleteLater()
        self.runners = {
            name: CheckRunner(editor.document(), checker, name, pool, delay_ms, self)
            for name, editor in self.fields.items()
        }
        for runner in self.runners.values():
            runner.findingsChanged.connect(self._findings_changed)
        self._apply_ignores()
        for runner in self.runners.values():
            runner.recheck_all()

    def _findings_changed(self) -> None:
        self.repaint_findings()
        self.findingsChanged.emit()

    def repaint_findings(self) -> None:
        """Redraw the underlines of the visible paragraphs."""
        if self.runners:
            for name, editor in self.fields.items():
                self._layers[name].set("findings", visible_selections(editor, self.runners[name]))

    def selection_layers(self) -> list[SelectionLayers]:
        """The extra-selection layers of every checked field."""
        return list(self._layers.values())

    def located_findings(self) -> list[Located]:
        """Every current finding with its field and position, in reading order."""
        found = []
        for name in self.fields:
            runner = self.runners.get(name)
            if runner is None:
                continue
            for block, findings in runner.block_findings():
                text = block.text()
                found.extend(Located(name, block.position(), text, f) for f in findings)
        return found

    def checks_idle(self) -> bool:
        """True when no check is pending (tests and benchmarks wait on it)."""
        return all(r.idle for r in self.runners.values())

    # -- ignores ------------------------------------------------------------------------------
    def ignores(self) -> FindingIgnores:
        """The ignore snapshot for this story and user."""
        hits = frozenset(
            tuple(hit.split("\x1f", 1))  # type: ignore[misc]
            for hit in self._story.extra.get(IGNORED_HITS_KEY, [])
            if "\x1f" in hit
        )
        words = frozenset(self._story.ignored_words) | self.personal_words | self.accepted_words
        return FindingIgnores(words=words, rule_hits=hits)  # type: ignore[arg-type]

    def _apply_ignores(self) -> None:
        ignores = self.ignores()
        for runner in self.runners.values():
            runner.set_ignores(ignores)

    def accept_word(self, word: str) -> None:
        """Stop flagging ``word`` (added to the dictionary or ignored everywhere)."""
        self.accepted_words.add(word)
        self._apply_ignores()

    def ignore_in_story(self, finding: Finding, matched: str) -> None:
        """Ignore this word (spelling) or this rule on this text (style) in this story."""
        if finding.is_spelling:
            if matched not in self._story.ignored_words:
                self._story.ignored_words.append(matched)
        else:
            hits = self._story.extra.setdefault(IGNORED_HITS_KEY, [])
            hits.append(f"{finding.rule_id}\x1f{matched}")
        self._apply_ignores()
        self.changed.emit()

    # -- finding menu and navigation ----------------------------------------------------------
    def _plain_menu(self, editor: QPlainTextEdit, pos: QPoint) -> None:
        menu = editor.createStandardContextMenu(pos)
        position = editor.cursorForPosition(pos).position()
        self._finding_menu(editor, menu, position)
        menu.exec(editor.mapToGlobal(pos))
        menu.deleteLater()

    def _finding_menu(self, editor: QTextEdit | QPlainTextEdit, menu: QMenu, position: int) -> None:
        name = next((n for n, e in self.fields.items() if e is editor), None)
        if name is None or name not in self.runners:
            return
        hit = finding_at(editor, self.runners[name], position)
        if hit is None:
            return
        block_position, finding = hit
        self._menu.fill(menu, finding, self.handlers_for(editor, block_position, finding))

    def handlers_for(
        self, editor: QTextEdit | QPlainTextEdit, block_position: int, finding: Finding
    ) -> FindingHandlers:
        """The actions of one finding (also used by tests and the findings panel)."""
        text = editor.document().findBlock(block_position).text()
        matched = text[finding.start : finding.end]
        same = self.same_findings(finding, matched)
        return FindingHandlers(
            replace=lambda r: self.apply_replacement(editor, block_position, finding, r),
            add_to_dictionary=lambda: self.addWordRequested.emit(matched),
            ignore_here=lambda: self.ignore_in_story(finding, matched),
            ignore_everywhere=lambda: self.ignoreEverywhereRequested.emit(matched),
            fix_all=lambda r: self.fix_all(same, r),
            same_count=len(same),
        )

    def same_findings(self, finding: Finding, matched: str) -> list[Located]:
        """Every current finding of ``finding``'s rule over the same text, in every field."""
        return [
            located
            for located in self.located_findings()
            if located.finding.rule_id == finding.rule_id
            and located.text[located.finding.start : located.finding.end] == matched
        ]

    def fix_all(self, located: list[Located], replacement: str) -> int:
        """Fix all ("perbaiki semua"): apply ``replacement`` everywhere, back to front.

        Each field changes in one undo step; returns how many places were fixed.
        """
        if self.read_only:
            return 0
        fixed = 0
        for field in self.fields:
            mine = [item for item in located if item.field == field]
            if not mine:
                continue
            editor = self.editor_for(field)
            edit = editor.textCursor()
            edit.beginEditBlock()
            for item in sorted(
                mine, key=lambda i: (i.block_position, i.finding.start), reverse=True
            ):
                cursor = finding_cursor(editor, item.block_position, item.text, item.finding)
                cursor.insertText(replacement)
                fixed += 1
            edit.endEditBlock()
        return fixed

    def apply_replacement(
        self,
        editor: QTextEdit | QPlainTextEdit,
        block_position: int,
        finding: Finding,
        replacement: str,
    ) -> None:
        """Replace the finding's text (one undo step); nothing while read-only."""
        if self.read_only:
            return
        text = editor.document().findBlock(block_position).text()
        cursor = finding_cursor(editor, block_position, text, finding)
        cursor.insertText(replacement)

    def editor_for(self, field: str) -> QTextEdit | QPlainTextEdit:
        """The text widget of ``headline``, ``lead`` or ``body``."""
        return self.fields[field]

    def select_finding(self, located: Located) -> None:
        """Select a finding in its field and scroll to it."""
        editor = self.editor_for(located.field)
        cursor = finding_cursor(editor, located.block_position, located.text, located.finding)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        editor.setFocus()

    def next_finding(self) -> Located | None:
        """Select the next finding after the cursor (F7), wrapping around; None when clean."""
        located = self.located_findings()
        if not located:
            return None
        focus = next((n for n, e in self.fields.items() if e.hasFocus()), "body")
        editor = self.editor_for(focus)
        here = editor.textCursor().selectionEnd()
        order = list(self.fields)

        def key(item: Located) -> tuple[int, int]:
            start = item.block_position + Utf16Map(item.text).to_utf16(item.finding.start)
            return order.index(item.field), start

        current = (order.index(focus), here)
        ahead = [item for item in located if key(item) >= current]
        chosen = min(ahead or located, key=key)
        self.select_finding(chosen)
        return chosen

    def move_cursor_to_end(self) -> None:
        """Put the caret at the end of the body."""
        self.body.moveCursor(QTextCursor.MoveOperation.End)
        self.body.setFocus()
