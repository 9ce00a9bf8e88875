"""What the review rules cost when a desk opens and saves a story, on SQLite and PostgreSQL.

Run from a checkout:  PYTHONPATH=src python benchmarks/bench_desk_open.py [--rounds 40]
(PostgreSQL too when REDAKSI_TEST_POSTGRES_URL points at a server.)

A real workstation window alternates between two 1,500-word stories.  Measured, median of
``--rounds`` in milliseconds:

* open at the desk: permission check, load, edit lock (release the previous story's,
  take this one's), the status moves offered, the editor and panels filled;
* of that, the review part alone: taking the lock again and listing the moves;
* baseline in the same run: the repository's plain ``load`` of the same story;
* a guarded save (permission, lock and version check, revision) against the repository's
  plain ``save``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARAGRAPH = (
    "Pemerintah Kota Semarang memasang pompa air baru di kawasan Tanjung Mas untuk "
    "mempercepat surutnya banjir rob yang hampir setiap bulan merendam permukiman warga "
    "pesisir utara kota itu, kata Kepala Dinas Pekerjaan Umum dalam keterangannya. "
)


def median_ms(samples: list[float]) -> float:
    """Median of seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def run(url: str, rounds: int) -> dict[str, float]:
    """Open/save timings for one database ``url``."""
    from PySide6.QtWidgets import QApplication

    from redaksi.gui.main_window import MainWindow
    from redaksi.gui.settings import SettingsStore
    from redaksi.language.checker import Checker
    from redaksi.store.store import open_store
    from redaksi.store.users import ensure_user
    from redaksi.story.model import Paragraph, Story
    from redaksi.story.recovery import RecoveryJournal

    app = QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp())
    store = open_store(url)
    user_id = ensure_user(store.sessions, "redaktur", "Redaktur Uji", "editor")
    ids = [
        store.stories.create(
            Story(
                headline=f"Berita uji {n}",
                lead="Teras berita uji.",
                paragraphs=[Paragraph(PARAGRAPH * 5) for _ in range(10)],
                author_id=user_id,
            ),
            user_id,
        ).id
        for n in range(2)
    ]
    window = MainWindow(
        store,
        user_id,
        Checker(),
        settings=SettingsStore(work / "config"),
        journal=RecoveryJournal(work / "recovery"),
    )
    window.show()
    app.processEvents()
    opened, claimed, loaded, guarded, plain = [], [], [], [], []
    for n in range(rounds):
        story_id = ids[n % 2]
        start = time.perf_counter()
        window.open_story(story_id)
        opened.append(time.perf_counter() - start)
        start = time.perf_counter()
        store.stories.load(story_id)
        loaded.append(time.perf_counter() - start)
        start = time.perf_counter()
        window.desk.claim(window.editor.loaded)  # the review part alone: lock and moves
        claimed.append(time.perf_counter() - start)
        story = window.current_story()
        story.paragraphs[0].text += " Tambahan."
        start = time.perf_counter()
        saved = window.review.review.stories.save(
            window.review.actor, story, desk=window.review.desk
        )
        guarded.append(time.perf_counter() - start)
        window.editor.mark_saved(saved)
        saved.paragraphs[0].text += " Lagi."
        start = time.perf_counter()
        again = store.stories.save(saved, user_id)
        plain.append(time.perf_counter() - start)
        window.editor.mark_saved(again)
        app.processEvents()
    window.dirty = False
    window.close()
    store.close()
    return {
        "open at the desk": median_ms(opened),
        "lock + moves": median_ms(claimed),
        "plain load": median_ms(loaded),
        "guarded save": median_ms(guarded),
        "plain save": median_ms(plain),
    }


def throwaway_postgres(admin_url: str) -> tuple[str, object]:
    """A new database on the server (dropped afterwards)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"redaksi_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


def main() -> int:
    """Print the medians for SQLite (and PostgreSQL when configured)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    engines = {"SQLite": f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"}
    cleanups = []
    postgres = os.environ.get("REDAKSI_TEST_POSTGRES_URL")
    if postgres:
        url, drop = throwaway_postgres(postgres)
        engines["PostgreSQL"] = url
        cleanups.append(drop)
    try:
        for engine, url in engines.items():
            figures = run(url, args.rounds)
            print(f"{engine} (median of {args.rounds}, ms)")
            for name, value in figures.items():
                print(f"  {name:<18} {value:8.2f}")
            print(
                f"  open / plain load  {figures['open at the desk'] / figures['plain load']:8.1f}×"
            )
            print(f"  guarded / plain save {figures['guarded save'] / figures['plain save']:6.2f}×")
    finally:
        for cleanup in cleanups:
            cleanup()  # type: ignore[operator]
    return 0


if __name__ == "__main__":
    sys.exit(main())
