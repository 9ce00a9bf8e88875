"""What this desk may do with the open story: edit lock, read-only, status moves, comments.

The window hands every story it shows to :meth:`DeskControl.claim`.  The edit-lock bar above
the editor takes the story's lock (or says who holds it); without the lock, or when the
story's status does not let this user change it, the editor and the editing panels become
read-only.  The workflow bar in the editor's info row offers the moves the permission policy
allows.  The editor's selection feeds the comments panel, a click on a comment's quote
selects the words again, and open comments are tinted in the text.

The rules themselves live in :mod:`redaksi.review`; this class only asks and displays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from redaksi.gui.comment_anchors import anchor_cursor, comment_selections, selection_anchor
from redaksi.gui.edit_lock_bar import EditLockBar
from redaksi.gui.review_session import FAILURES, ReviewSession
from redaksi.gui.workflow_bar import WorkflowBar
from redaksi.review.comments import Anchor, margin_marks
from redaksi.review.fields import PARAGRAPH
from redaksi.review.transitions import Move
from redaksi.story.model import Story

if TYPE_CHECKING:
    from redaksi.gui.comments_panel import CommentsPanel
    from redaksi.gui.story_editor import StoryEditor

#: Selections settle before the comments panel hears of them (dragging emits many changes).
SELECTION_DELAY_MS = 150


class DeskControl(QObject):
    """Lock, read-only state, status moves and comment anchors of the open story."""

    #: Whether the open story may be changed at this desk now.
    editableChanged = Signal(bool)
    #: (move, note): the desk asked to move the open story; the window saves, then moves it.
    moveRequested = Signal(object, str)

    def __init__(
        self,
        session: ReviewSession,
        editor: StoryEditor,
        panels: Callable[[], list[QWidget]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.editor = editor
        self._panels = panels
        self.story: Story | None = None
        self.editable = True
        self.lock_bar = EditLockBar(session, parent)
        self.lock_bar.editableChanged.connect(self._lock_changed)
        self.lock_bar.lockLost.connect(self._lock_lost)
        self.workflow = WorkflowBar(parent)
        self.workflow.moveRequested.connect(self.moveRequested)
        editor.ui.infoRow.addWidget(self.workflow)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(SELECTION_DELAY_MS)
        self._selection_timer.timeout.connect(self._selection_settled)
        self._selection_field = "body"
        for name, field in editor.fields.items():
            field.selectionChanged.connect(lambda n=name: self._selection_moved(n))

    # -- the open story ---------------------------------------------------------------------
    def claim(self, story: Story) -> bool:
        """Take the lock of the story just shown; returns whether this desk may edit it."""
        self.story = story
        if story.id is None:
            self.lock_bar.close_story()  # a new story is nobody else's yet
            editable = True
        else:
            editable = self.lock_bar.open_story(story.id)
        self._set_editable(editable)
        self.refresh_moves()
        return editable

    def saved(self, story: Story) -> None:
        """After a save: a first save needs the lock; the moves may have changed."""
        first_save = self.story is None or self.story.id != story.id
        self.story = story
        if first_save and story.id is not None:
            self._set_editable(self.lock_bar.open_story(story.id))
        self.refresh_moves()
        self.refresh_comment_marks()

    def release(self) -> None:
        """Let the lock go (the window closes)."""
        self.lock_bar.close_story()

    def refresh_moves(self) -> None:
        """Offer the moves the policy allows now.

        None for an unsaved story, and none while another desk holds the lock: nobody
        approves or returns text that someone is still changing.
        """
        moves: list[Move] = []
        if (
            self.story is not None
            and self.story.id is not None
            and not self.lock_bar.held_elsewhere
        ):
            try:
                moves = self.session.review.workflow.moves(self.session.actor, self.story.id)
            except FAILURES:
                moves = []  # the lock bar already tells when the database is unreachable
        self.workflow.show_moves(moves)

    # -- read-only --------------------------------------------------------------------------
    def _lock_changed(self, editable: bool) -> None:
        if self.story is not None and self.story.id is not None:
            self._set_editable(editable)
            self.refresh_moves()

    def _lock_lost(self) -> None:
        self._set_editable(False)
        self.refresh_moves()

    def _set_editable(self, editable: bool) -> None:
        self.editor.set_read_only(not editable)
        for widget in self._panels():
            read_only = getattr(widget, "set_read_only", None)
            if callable(read_only):
                read_only(not editable)
            elif hasattr(widget, "apply_to"):  # a panel that edits the story
                widget.setEnabled(editable)
        if editable != self.editable:
            self.editable = editable
            self.editableChanged.emit(editable)

    # -- comments ---------------------------------------------------------------------------
    def comments_panel(self) -> CommentsPanel | None:
        """The mounted comments panel, if any."""
        from redaksi.gui.comments_panel import CommentsPanel

        return next((w for w in self._panels() if isinstance(w, CommentsPanel)), None)

    def connect_comments(self, panel: CommentsPanel) -> None:
        """Wire a comments panel to the editor's selection and text."""
        panel.anchorActivated.connect(self.select_anchor)
        panel.commentsChanged.connect(self.refresh_comment_marks)

    def _selection_moved(self, field: str) -> None:
        self._selection_field = field
        self._selection_timer.start()

    def _selection_settled(self) -> None:
        panel = self.comments_panel()
        if panel is not None:
            editor = self.editor.fields[self._selection_field]
            panel.set_selection(selection_anchor(self._selection_field, editor))

    def select_anchor(self, anchor: Anchor) -> bool:
        """Select a comment's words in the editor, wherever edits moved them."""
        cursor = anchor_cursor(self.editor.fields, anchor)
        if cursor is None:
            return False
        field = self.editor.fields["body" if anchor.field.startswith(PARAGRAPH) else anchor.field]
        field.setTextCursor(cursor)
        field.ensureCursorVisible()
        field.setFocus()
        return True

    def refresh_comment_marks(self) -> None:
        """Tint the words of open comments in the current text."""
        panel = self.comments_panel()
        threads = panel.threads if panel is not None else []
        marks, _gone = margin_marks(threads, self.editor.story())
        tinted = comment_selections(self.editor.fields, marks)
        for layers, name in zip(self.editor.selection_layers(), self.editor.fields, strict=True):
            layers.set("comments", tinted.get(name, []))
