"""Screenshots of inline "Baca juga" markers: at rest, while a link is dragged, after the drop.

    PYTHONPATH=src python scripts/related_inline_screenshot.py docs

Writes ``related-inline.png`` (after the drop, the documented one) and, for review,
``related-inline-dragging.png`` and ``related-inline-before.png`` into a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LIBRARY = [
    ("Pompa Baru Tanjung Mas Mulai Beroperasi Senin", "terbit"),
    ("Rob Rendam Tiga Kelurahan di Semarang Utara", "terbit"),
    ("Anggaran Pompa Rp18,5 Miliar Disetujui DPRD", "terbit"),
    ("Tanggul Laut Semarang-Demak Molor Lagi", "arsip"),
]


def main(out_dir: str) -> int:
    """Write the screenshots."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    data = tempfile.mkdtemp()
    os.environ["REDAKSI_DATA_DIR"] = data
    from redaksi.gui import app as app_module
    from redaksi.gui.related_panel import STORY_ID_ROLE, RelatedPanel
    from redaksi.story.model import RelatedLink, Story
    from redaksi.story.status import Status

    station = app_module.build_workstation(f"sqlite:///{data}/demo.sqlite3")
    store, window = station.store, station.window
    ids = {}
    for headline, status in LIBRARY:
        story = Story(headline=headline, lead=f"{headline}.", status=Status(status))
        ids[headline] = store.stories.create(story, window.user_id).id
    sample = store.stories.load(store.stories.list()[-1].id)
    sample.related = [
        RelatedLink(LIBRARY[0][0], story_id=ids[LIBRARY[0][0]], placement="inline",
                    after_paragraph=0),
        RelatedLink(LIBRARY[3][0], story_id=ids[LIBRARY[3][0]], placement="inline",
                    after_paragraph=-1),
    ]  # fmt: skip
    store.stories.save(sample, window.user_id)
    window.resize(1366, 900)
    window.show()
    for key in ("history", "comments", "queue"):  # give the related panel the whole column
        if key in window.panels:
            window.panels[key].hide()
    window.fit_library()
    window.library.refresh()
    window.open_story(sample.id)
    panel = next(w for w in window.panel_widgets() if isinstance(w, RelatedPanel))
    window.panels["related"].raise_()
    QTest.keyClicks(panel.search_box, "anggaran pompa")
    wanted = ids[LIBRARY[2][0]]
    for _ in range(200):
        QTest.qWait(25)
        rows = [panel.candidates.item(i) for i in range(panel.candidates.count())]
        if any(r.data(STORY_ID_ROLE) == wanted for r in rows) and panel.findings():
            break
    item = next(r for r in rows if r.data(STORY_ID_ROLE) == wanted)
    panel.candidates.setCurrentItem(item)
    QTest.qWait(300)
    review = Path(tempfile.mkdtemp(prefix="related-inline-"))
    window.grab().save(str(review / "related-inline-before.png"))

    body = window.editor.body
    mime = panel.candidates.mimeData([item])
    block = body.document().findBlockByNumber(1)
    rect = body.document().documentLayout().blockBoundingRect(block)
    point = QPoint(120, int(rect.top() + rect.height() / 2) - body.verticalScrollBar().value())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction
    QApplication.sendEvent(
        body.viewport(), QDragEnterEvent(point, action, mime, buttons, modifiers)
    )
    QApplication.sendEvent(body.viewport(), QDragMoveEvent(point, action, mime, buttons, modifiers))
    QTest.qWait(100)
    window.grab().save(str(review / "related-inline-dragging.png"))
    QApplication.sendEvent(
        body.viewport(), QDropEvent(QPointF(point), action, mime, buttons, modifiers)
    )
    QTest.qWait(600)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(review / "related-inline-after.png"))
    window.grab().save(str(out / "related-inline.png"))
    print(out / "related-inline.png")
    print(review)
    window.dirty = False
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
