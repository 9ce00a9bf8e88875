"""Distraction-free writing: full screen, only the story; F11 or Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget


class FocusMode(QObject):
    """Hides everything around the story and brings it back exactly as it was."""

    def __init__(self, window: QMainWindow, library: QWidget, editor_focus: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self._editor_focus = editor_focus
        self._saved: tuple[QByteArray, bool, bool] | None = None

    @property
    def active(self) -> bool:
        """True while in focus mode."""
        return self._saved is not None

    def enter(self) -> None:
        """Full screen with only the story."""
        if self.active:
            return
        window = self._window
        self._saved = (window.saveState(), self._library.isVisible(), window.isMaximized())
        self._library.hide()
        for child in window.findChildren(QWidget):
            if child.parent() is window and child.inherits("QDockWidget"):
                child.hide()
        self._set_chrome(visible=False)
        window.showFullScreen()
        self._editor_focus.setFocus()

    def leave(self) -> None:
        """Back to the layout from before."""
        if self._saved is None:
            return
        state, library_visible, maximized = self._saved
        self._saved = None
        self._set_chrome(visible=True)
        self._library.setVisible(library_visible)
        self._window.restoreState(state)
        if maximized:
            self._window.showMaximized()
        else:
            self._window.showNormal()

    def _set_chrome(self, visible: bool) -> None:
        window = self._window
        window.menuBar().setVisible(visible)
        window.statusBar().setVisible(visible)
        for bar in window.findChildren(QToolBar):
            bar.setVisible(visible)
