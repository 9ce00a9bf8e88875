"""GUI fixtures: a real window on a real SQLite store, settings and journal in tmp folders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from redaksi.language.checker import Checker
from redaksi.language.findings import Category, Finding, Level


class WordListSource:
    """A small finding source standing in for the spelling and style engines in tests.

    It flags listed words (whole words, case-sensitive) with the given replacements.
    """

    name = "test-words"

    def __init__(self, words: dict[str, tuple[str, tuple[str, ...]]], delay: float = 0.0) -> None:
        self.words = words
        self.delay = delay
        self.calls = 0
        pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        self._regex = re.compile(rf"\b({pattern})\b")

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        import time

        self.calls += 1
        if self.delay:
            time.sleep(self.delay)
        found = []
        for match in self._regex.finditer(text):
            kind, replacements = self.words[match.group(1)]
            spelling = kind == "spelling"
            found.append(
                Finding(
                    start=match.start(),
                    end=match.end(),
                    rule_id="TEST_SPELLING" if spelling else "TEST_STYLE",
                    message="Kemungkinan salah ketik." if spelling else "Kata tidak baku.",
                    category=Category.TYPOS if spelling else Category.STYLE,
                    issue_type="misspelling" if spelling else "style",
                    level=Level.ERROR if spelling else Level.WARNING,
                    replacements=replacements,
                    rule_set="Ejaan" if spelling else "Kata baku",
                )
            )
        return found


TEST_WORDS = {
    "tersebu": ("spelling", ("tersebut", "terseru")),
    "praktek": ("style", ("praktik",)),
    "Kusumawatti": ("spelling", ("Kusumawati",)),
}


@pytest.fixture
def word_source() -> WordListSource:
    return WordListSource(TEST_WORDS)


@pytest.fixture
def slow_source():
    """Factory of the test source that sleeps ``delay`` seconds per check."""
    return lambda delay: WordListSource(TEST_WORDS, delay=delay)


@pytest.fixture
def gui_store(sqlite_url: str) -> Iterator[object]:
    from redaksi.store.seed import seed_if_empty
    from redaksi.store.store import open_store
    from redaksi.store.users import ensure_user

    store = open_store(sqlite_url)
    user_id = ensure_user(store.sessions, "wartawan", "Dewi Anggraini")
    seed_if_empty(store, user_id)
    store.user_id = user_id  # type: ignore[attr-defined]
    try:
        yield store
    finally:
        store.close()


def _forget_changes(window) -> None:
    window.dirty = False
    window.pool.waitForDone(5000)


def make_window(qtbot, store, checker: Checker, tmp_path: Path, **kwargs):
    from redaksi.gui.main_window import MainWindow
    from redaksi.gui.settings import SettingsStore
    from redaksi.story.recovery import RecoveryJournal

    window = MainWindow(
        store,
        store.user_id,
        checker,
        settings=SettingsStore(tmp_path / "config"),
        journal=RecoveryJournal(tmp_path / "recovery"),
        **kwargs,
    )
    # Teardown must never block on the unsaved-changes question.
    qtbot.addWidget(window, before_close_func=_forget_changes)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, gui_store, word_source, tmp_path: Path):
    win = make_window(qtbot, gui_store, Checker([word_source]), tmp_path)
    yield win
    win.dirty = False  # never block teardown on the unsaved-changes question
    win.close()
    win.pool.waitForDone(5000)


@pytest.fixture
def wait_checks(qtbot):
    """Wait until every background check of a window finished and was applied."""

    def wait(window) -> None:
        qtbot.waitUntil(lambda: window.editor.checks_idle(), timeout=5000)

    return wait


@pytest.fixture
def open_window(qtbot, gui_store, tmp_path: Path):
    """Factory for more windows on the same store and folders (reopen, second desk)."""
    made = []

    def factory(checker: Checker | None = None, **kwargs):
        win = make_window(qtbot, gui_store, checker or Checker(), tmp_path, **kwargs)
        made.append(win)
        return win

    yield factory
    for win in made:
        win.dirty = False
        win.close()
        win.pool.waitForDone(5000)
