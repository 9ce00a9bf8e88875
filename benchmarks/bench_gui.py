"""Workstation benchmarks: cold start to an editable window, keystroke latency, autosave.

Run from a checkout:  PYTHONPATH=src python benchmarks/bench_gui.py [--runs 5]

* Cold start: a fresh process until the window is shown with the story open and the body
  has focus, median of runs; baseline: a process showing a bare QTextEdit.
* Keystroke latency with a 5,000-word story open (checks on, autosave on): time to deliver
  and handle one key press, median and 95th percentile; baseline: a bare QTextEdit holding
  the same text.
* Autosave: the GUI-thread part (reading the form into a Story); the journal write with
  fsync runs on a worker thread.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from story_text import WORDS, story_paragraphs

START_CHILD = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from redaksi.gui.app import build_workstation
station = build_workstation()
window = station.window
window.show()
window.open_story(station.store.stories.list()[0].id)
window.editor.body.setFocus()
def ready():
    station.app.processEvents()
    print(f"{time.time() - t0:.4f}", flush=True)
    station.app.quit()
QTimer.singleShot(0, ready)
station.app.exec()
"""

BASELINE_CHILD = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication([])
edit = QTextEdit(); edit.setPlainText("Teks"); edit.show(); edit.setFocus()
def ready():
    app.processEvents()
    print(f"{time.time() - t0:.4f}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def run_child(code: str, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", code, repr(time.time())],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def cold_start(runs: int) -> None:
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, REDAKSI_DATA_DIR=data, PYTHONPATH=os.pathsep.join(sys.path))
        run_child(START_CHILD, env)  # first start migrates and seeds the store
        app_times = [run_child(START_CHILD, env) for _ in range(runs)]
        base_times = [run_child(BASELINE_CHILD, env) for _ in range(runs)]
    app_ms = statistics.median(app_times) * 1000
    base_ms = statistics.median(base_times) * 1000
    print(
        f"cold start to editable window: median {app_ms:.0f} ms over {runs} runs "
        f"(bare QTextEdit process {base_ms:.0f} ms, ratio {app_ms / base_ms:.2f})"
    )


def keystrokes(count: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTextEdit

    from redaksi.gui.main_window import MainWindow
    from redaksi.gui.settings import SettingsStore
    from redaksi.language.checker import Checker
    from redaksi.language.findings import Category, Finding, Level
    from redaksi.store.store import open_store
    from redaksi.store.users import ensure_user
    from redaksi.story.model import Paragraph, Story
    from redaksi.story.recovery import RecoveryJournal

    class VocabularySource:
        """Flags words outside a small vocabulary: a per-word check like a spell checker."""

        name = "bench"

        def __init__(self) -> None:
            self.known = set(WORDS)

        def check(self, text: str, scope: str = "text") -> list[Finding]:
            import re

            found = []
            for match in re.finditer(r"\\w+", text):
                if match.group().lower() not in self.known:
                    found.append(
                        Finding(
                            match.start(),
                            match.end(),
                            "BENCH",
                            "Kata asing",
                            Category.TYPOS,
                            "misspelling",
                            Level.ERROR,
                        )
                    )
            return found

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = open_store(f"sqlite:///{folder / 'bench.sqlite3'}")
        user = ensure_user(store.sessions, "bench")
        paragraphs = story_paragraphs(5000)
        story = store.stories.create(
            Story(
                headline="Tolok ukur", lead="Teras.", paragraphs=[Paragraph(p) for p in paragraphs]
            ),
            user,
        )
        window = MainWindow(
            store,
            user,
            Checker([VocabularySource()]),
            settings=SettingsStore(folder / "cfg"),
            journal=RecoveryJournal(folder / "recovery"),
        )
        window.resize(1366, 768)
        window.show()
        window.open_story(story.id)
        body = window.editor.body
        body.setFocus()
        cursor = body.textCursor()
        cursor.setPosition(body.document().findBlock(0).next().next().position() + 5)
        body.setTextCursor(cursor)
        deadline = time.time() + 30
        while not window.editor.checks_idle() and time.time() < deadline:
            app.processEvents()
        word_count = window.editor.story().word_count()

        def measure(widget) -> list[float]:
            times = []
            text = "banjir rob kembali datang x "
            for i in range(count):
                char = text[i % len(text)]
                started = time.perf_counter()
                QTest.keyClick(widget, char)
                times.append(time.perf_counter() - started)
                if i % 7 == 0:
                    app.processEvents()  # let timers (checks, stats) fire as in real typing
            return times

        app_times = measure(body)
        autosave = []
        for _ in range(7):
            window.autosave.touch()
            window.autosave.flush()
            autosave.append(window.autosave.last_duration_ms)
        window.dirty = False
        window.close()
        window.pool.waitForDone()
        store.close()

        plain = QTextEdit()
        plain.setPlainText("\n\n".join(paragraphs))
        plain.resize(900, 700)
        plain.show()
        plain.setFocus()
        plain.moveCursor(QTextCursor.MoveOperation.Start)
        base_times = measure(plain)
        plain.close()
        _ = Qt

    def stats(values: list[float]) -> tuple[float, float]:
        ordered = sorted(values)
        return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95)] * 1000

    med, p95 = stats(app_times)
    base_med, base_p95 = stats(base_times)
    print(
        f"keystroke latency, {word_count}-word story, checks on: median {med:.2f} ms, "
        f"p95 {p95:.2f} ms over {count} keys (bare QTextEdit: median {base_med:.2f} ms, "
        f"p95 {base_p95:.2f} ms; ratio {med / base_med:.2f})"
    )
    print(
        f"autosave, GUI-thread part (form snapshot; the fsync'd journal write runs on a "
        f"worker), {word_count} words: "
        f"median {statistics.median(autosave):.1f} ms over {len(autosave)} runs"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    cold_start(args.runs)
    keystrokes(args.keys)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
