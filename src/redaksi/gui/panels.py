"""How side panels are mounted as dock widgets.

A panel is any ``QWidget``.  When it also has ``show_story(story: Story | None)``, the window
calls it whenever another story is opened (or the editor is emptied), and when it has
``story_saved(story: Story)``, after every save.  Panels that edit the story (photos, related
links) emit ``storyEdited`` (no arguments) and expose ``apply_to(story: Story) -> None`` so
the window can fold their changes into the story before saving.  A panel with
``attach_editor(editor: StoryEditor)`` is handed the story editor once, when mounted (the
related panel keeps its links in the body and shows them there as markers).

Panels built on other branches are listed in :data:`KNOWN_PANELS` and constructed with a
:class:`PanelContext`; a module that does not exist yet is skipped, so merging a branch is
enough to make its panel appear.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from redaksi.language.checker import Checker
    from redaksi.store.store import Store
    from redaksi.story.model import Story

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PanelContext:
    """What a panel may use: the store, the local user and the composed checker."""

    store: Store
    user_id: int
    checker: Checker


@runtime_checkable
class StoryPanel(Protocol):
    """A panel that follows the story being edited."""

    def show_story(self, story: Story | None) -> None:
        """Display ``story`` (None: no story open)."""
        ...


@dataclass(frozen=True)
class PanelSpec:
    """Where to find a panel class and how to title its dock."""

    key: str
    title: str
    module: str
    class_name: str
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    group: str = "story"


# Titles are translated by the window (QT_TRANSLATE_NOOP context "MainWindow").
KNOWN_PANELS = (
    PanelSpec("photos", "Foto", "redaksi.gui.photo_panel", "PhotoPanel"),
    PanelSpec("related", "Berita terkait", "redaksi.gui.related_panel", "RelatedPanel"),
    # Review panels form a second tab group below the first, so neither tab bar is too wide.
    PanelSpec("history", "Riwayat", "redaksi.gui.history_panel", "HistoryPanel", group="review"),
    PanelSpec(
        "comments", "Komentar", "redaksi.gui.comments_panel", "CommentsPanel", group="review"
    ),
    PanelSpec("queue", "Antrean", "redaksi.gui.review_queue", "ReviewQueue", group="review"),
)


def build_known_panel(spec: PanelSpec, context: PanelContext) -> QWidget | None:
    """``spec``'s panel from ``cls.from_context(context)`` or ``cls(context)``; None if absent."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as error:
        if error.name == spec.module:
            return None
        raise
    widget_class = getattr(module, spec.class_name)
    from_context = getattr(widget_class, "from_context", None)
    return from_context(context) if callable(from_context) else widget_class(context)
