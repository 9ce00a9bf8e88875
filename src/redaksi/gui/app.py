"""Composition root of the workstation: settings, store and window wired together once."""

from __future__ import annotations

import sys

from redaksi.paths import default_database_url


def run_workstation(database_url: str | None = None, argv: list[str] | None = None) -> int:
    """Open the store (migrating and seeding it on first start) and show the main window."""
    from PySide6.QtWidgets import QApplication

    from redaksi.gui.main_window import MainWindow
    from redaksi.store.seed import seed_if_empty
    from redaksi.store.store import open_store
    from redaksi.store.users import ensure_user, local_username

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Redaksi")
    app.setOrganizationName("Redaksi")
    store = open_store(database_url or default_database_url())
    user_id = ensure_user(store.sessions, local_username())
    seed_if_empty(store, user_id)
    window = MainWindow(store, user_id)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
