"""The readiness gate that the export and WordPress publishing share.

Both check the saved story off the GUI thread (:func:`check_readiness` runs on the pool),
and an editor may let a story that is not ready through only with a written reason, which
is stored on the story (:func:`let_through`).  Only the question itself runs on the GUI
thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from redaksi.language.story_check import check_story
from redaksi.publish.override import Override, record_override
from redaksi.publish.readiness import Problem, readiness_problems

if TYPE_CHECKING:
    from redaksi.gui.main_window import MainWindow
    from redaksi.language.checker import Checker
    from redaksi.store.store import Store
    from redaksi.story.model import Story


@dataclass(frozen=True)
class Readiness:
    """What the worker found: the story as checked and its problems."""

    story: Story
    problems: list[Problem]


def check_readiness(checker: Checker, story: Story) -> Readiness:
    """The story's readiness problems, its findings included (runs on a worker thread)."""
    found = [f for group in check_story(checker, story).values() for f in group]
    return Readiness(story, readiness_problems(story, found))


def ask_override_reason(parent: QWidget, problems: list[Problem], question: str) -> str | None:
    """Ask why the story should go out anyway; None when the editor declines."""
    lines = "\n".join(f"• {p.message}" for p in problems)
    translate = QCoreApplication.translate
    dialog = QInputDialog(parent)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setWindowTitle(translate("ReadinessGate", "Berita belum siap"))
    dialog.setLabelText(
        translate("ReadinessGate", "Berita belum siap diterbitkan:\n%1\n\n%2")
        .replace("%1", lines)
        .replace("%2", question)
    )
    # Qt has no Indonesian translation of its own buttons.
    dialog.setOkButtonText(translate("ReadinessGate", "Tetap lanjutkan"))
    dialog.setCancelButtonText(translate("ReadinessGate", "Batal"))
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    reason = dialog.textValue()
    dialog.deleteLater()
    return reason if accepted and reason.strip() else None


def let_through(
    window: MainWindow, store: Store, readiness: Readiness, user_id: int | None, reason: str
) -> Story:
    """Record the editor's override on the story; the open editor adopts that version."""
    story = record_override(store, readiness.story, Override(user_id, reason), readiness.problems)
    window.adopt_version(story)  # the override is a save: the editor's next save builds on it
    return story
