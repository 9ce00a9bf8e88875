"""Composition root of the workstation: settings, store, checker and window wired together once."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redaksi.paths import default_database_url

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from redaksi.gui.main_window import MainWindow
    from redaksi.language.checker import Checker
    from redaksi.store.store import Store


def make_checker(store: Store, user_id: int) -> Checker:
    """The checker every editor field uses: the one place where finding sources are composed.

    Indonesian spelling with the newsroom dictionary and the user's ignores, the house-style
    rules as the editors configured them, and the newsroom's own LanguageTool server when
    one is set.  Words read here are plain values, so checks never touch the database.
    """
    from redaksi.language.checker import DeferredChecker
    from redaksi.language.newsroom import NewsroomLanguage

    # Read the newsroom's words and settings now (one short query each); load dictionaries
    # and compile rules later, on the first background check, so the window opens at once.
    language = NewsroomLanguage.read(store, user_id)
    return DeferredChecker(language.checker)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with High-DPI policy, names, translations and theme."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from redaksi.gui.settings import SettingsStore
    from redaksi.gui.theme import apply_theme
    from redaksi.gui.translation import install_translators

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fractional scale factors (125 %, 150 %) render crisply instead of being rounded.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Redaksi")
    app.setOrganizationName("Redaksi")
    app.setApplicationDisplayName("Redaksi")
    prefs = SettingsStore().load_preferences()
    install_translators(app, prefs.language)
    apply_theme(app, prefs.theme)
    hints = QGuiApplication.styleHints()

    def follow_system(*_: object) -> None:
        if SettingsStore().load_preferences().theme == "system":
            tones = apply_theme(app, "system")
            for widget in app.topLevelWidgets():
                set_dark = getattr(widget, "set_dark", None)
                if callable(set_dark):
                    set_dark(tones.dark)

    hints.colorSchemeChanged.connect(follow_system)
    return app


@dataclass
class Workstation:
    """What ``run_workstation`` builds; tests and benchmarks build it the same way."""

    app: QApplication
    store: Store
    window: MainWindow


def build_workstation(
    database_url: str | None = None, argv: list[str] | None = None
) -> Workstation:
    """Open the store (migrating and seeding it on first start) and create the window."""
    from redaksi.gui.main_window import MainWindow
    from redaksi.gui.theme import current_tones
    from redaksi.review.identity import sign_in
    from redaksi.store.seed import seed_if_empty
    from redaksi.store.store import open_store

    app = make_application(argv)
    store = open_store(database_url or default_database_url())
    user_id = sign_in(store).user_id
    seed_if_empty(store, user_id)
    window = MainWindow(store, user_id, make_checker(store, user_id))
    window.set_dark(current_tones(window.prefs.theme).dark)
    return Workstation(app=app, store=store, window=window)


def run_workstation(database_url: str | None = None, argv: list[str] | None = None) -> int:
    """Show the workstation, offer crash recovery, run until the window closes."""
    from PySide6.QtCore import QTimer

    station = build_workstation(database_url, argv)
    window = station.window
    window.show()
    window.reopen_last()
    QTimer.singleShot(0, window.offer_recovery)
    try:
        return station.app.exec()
    finally:
        station.store.close()
