"""Cost of "Baca juga" markers per keystroke, against the same body without markers.

Run from a checkout:  PYTHONPATH=src python benchmarks/bench_inline_markers.py [--keys 600]

A 1,500-word story (about 30 paragraphs) in the body editor, 700×900 pixels, with five
inline links after the paragraphs around the caret, so their chips are on screen and
repainted with every key.  Measured, median and 95th percentile in milliseconds:

* a key press followed by a synchronous repaint of the text area (what the reporter
  waits for), with markers and on a baseline body without markers or links;
* the repaint alone;
* Enter (splitting a paragraph: the markers are settled inside the same undo step);
* reading the links with their positions (what saving and autosave do).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from story_text import story_paragraphs


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {statistics.median(samples) * 1000:.3f} ms, p95 {p95 * 1000:.3f} ms"


def main(keys: int) -> None:
    """Print the figures."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from redaksi.gui.body_editor import BodyEditor
    from redaksi.gui.inline_links import InlineLinks
    from redaksi.story.model import Paragraph, RelatedLink

    app = QApplication.instance() or QApplication([])
    paragraphs = [Paragraph(text) for text in story_paragraphs(1500, seed=11, shortest=40)]
    caret_paragraph = 10
    links = [
        RelatedLink(f"Berita terkait nomor {n}", story_id=100 + n, placement="inline",
                    after_paragraph=caret_paragraph - 2 + n)
        for n in range(5)
    ]  # fmt: skip

    def editor(with_markers: bool) -> tuple[BodyEditor, InlineLinks | None]:
        body = BodyEditor()
        body.resize(700, 900)
        body.show()
        body.set_paragraphs(paragraphs)
        inline = None
        if with_markers:
            inline = InlineLinks(body)
            inline.load(links)
        block = body.document().findBlockByNumber(caret_paragraph)
        cursor = body.textCursor()
        cursor.setPosition(block.position() + 20)
        body.setTextCursor(cursor)
        top = body.document().findBlockByNumber(caret_paragraph - 2)
        layout = body.document().documentLayout()
        body.verticalScrollBar().setValue(int(layout.blockBoundingRect(top).top()))
        body.setFocus()
        app.processEvents()
        return body, inline

    def typing(body: BodyEditor) -> list[float]:
        times = []
        text = "banjir rob kembali "
        for i in range(keys):
            started = time.perf_counter()
            QTest.keyClick(body, text[i % len(text)])
            body.viewport().repaint()
            times.append(time.perf_counter() - started)
        return times

    def painting(body: BodyEditor) -> list[float]:
        times = []
        for _ in range(keys // 2):
            started = time.perf_counter()
            body.viewport().repaint()
            times.append(time.perf_counter() - started)
        return times

    def enter(body: BodyEditor) -> list[float]:
        times = []
        for _ in range(40):
            started = time.perf_counter()
            QTest.keyClick(body, Qt.Key.Key_Return)
            body.viewport().repaint()
            times.append(time.perf_counter() - started)
            QTest.keyClick(body, Qt.Key.Key_Backspace)
        return times

    base, _ = editor(with_markers=False)
    marked, inline = editor(with_markers=True)
    assert inline is not None and marked.markers is not None
    on_screen = len(marked.markers.chips())
    # Interleave the runs so both bodies see the same machine load.
    base_keys, marked_keys = [], []
    for _ in range(3):
        base_keys += typing(base)
        marked_keys += typing(marked)
    base_paint, marked_paint = painting(base), painting(marked)
    base_enter, marked_enter = enter(base), enter(marked)
    reads = []
    for _ in range(200):
        started = time.perf_counter()
        inline.current(record=False)
        reads.append(time.perf_counter() - started)
    words = sum(len(p.text.split()) for p in paragraphs)
    print(
        f"story: {words} words in {len(paragraphs)} paragraphs, 5 inline links, "
        f"{on_screen} chips on screen; {3 * keys} key presses per body"
    )
    print(f"key press + repaint, no markers (baseline): {_ms(base_keys)}")
    print(f"key press + repaint, with markers:          {_ms(marked_keys)}")
    extra = statistics.median(marked_keys) - statistics.median(base_keys)
    print(f"  markers add {extra * 1000:+.3f} ms per key press (median)")
    print(f"repaint only, baseline:                     {_ms(base_paint)}")
    print(f"repaint only, with markers:                 {_ms(marked_paint)}")
    print(f"Enter + repaint, baseline:                  {_ms(base_enter)}")
    print(f"Enter + repaint, with markers (settled):    {_ms(marked_enter)}")
    print(f"reading links with positions (save/autosave): {_ms(reads)}")
    assert [link.after_paragraph for link in inline.current()] == [
        link.after_paragraph for link in links
    ], "the benchmark's edits moved a link"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=600)
    main(parser.parse_args().keys)
