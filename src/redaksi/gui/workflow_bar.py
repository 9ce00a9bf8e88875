"""Workflow bar: the status moves the signed-in desk may make on the open story.

It sits in the editor's info row beside the status pill.  The move that takes the story
forward (Ajukan, Mulai sunting, Setujui, Terbitkan) is a button; the others (return to the
author, withdraw, archive) are in the menu next to it.  A move that needs a note (returning
a story) asks for it here.  The widget only asks; the window saves and moves the story
through :class:`redaksi.review.workflow.Workflow`, which enforces who may do what.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from redaksi.review.transitions import Move, next_step


class WorkflowBar(QWidget):
    """A button for the next step and a menu of the other allowed moves."""

    #: (move, note): the desk chose ``move``; ``note`` is empty unless the move needs one.
    moveRequested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workflowBar")
        self.moves: list[Move] = []
        self.primary = QPushButton()
        self.primary.setObjectName("workflowNext")
        self.primary.clicked.connect(self._primary_clicked)
        self.more = QToolButton()
        self.more.setObjectName("workflowMore")
        self.more.setText(self.tr("Lainnya"))
        self.more.setToolTip(self.tr("Langkah lain untuk berita ini"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.more.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.more)
        layout.addWidget(self.primary)
        self.show_moves([])

    def show_moves(self, moves: list[Move]) -> None:
        """Offer ``moves`` (already filtered by the permission policy)."""
        self.moves = list(moves)
        step = next_step(self.moves)
        self.primary.setVisible(step is not None)
        self.primary.setProperty("move", step)
        if step is not None:
            self.primary.setText(self.tr(step.verb))
            self.primary.setToolTip(
                self.tr("Ubah status menjadi %1").replace("%1", step.target.label)
            )
        self.menu.clear()
        for move in self.moves:
            if move is step:
                continue
            action = self.menu.addAction(self.tr(move.verb))
            action.setToolTip(move.target.label)
            action.triggered.connect(lambda _=False, m=move: self.request(m))
        self.more.setVisible(bool(self.menu.actions()))
        self.setVisible(bool(self.moves))

    def request(self, move: Move, note: str | None = None) -> bool:
        """Ask for the note a move needs (unless given), then emit; False when cancelled."""
        if move.needs_note and note is None:
            note, ok = QInputDialog.getMultiLineText(
                self,
                self.tr(move.verb),
                self.tr("Catatan untuk penulis (apa yang perlu diperbaiki):"),
            )
            if not ok or not note.strip():
                return False
        self.moveRequested.emit(move, (note or "").strip())
        return True

    def _primary_clicked(self) -> None:
        move = self.primary.property("move")
        if isinstance(move, Move):
            self.request(move)
