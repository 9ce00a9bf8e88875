"""A random walk of edits, undos and redos never loses or doubles an inline link.

Each step is something a reporter does (type, Enter, Backspace or Delete at a paragraph
edge, delete or retype a selection, cut, paste, change a paragraph's kind, undo, redo) or
a link edit from the panel.  After every step the body must hold the link list on its
first block only, every placed link on exactly one paragraph, and reserved space that
matches; undoing everything must give back the story's text and links as loaded, and
redoing everything the state before.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest

from redaksi.gui.body_document import iter_blocks
from redaksi.gui.body_editor import BodyEditor
from redaksi.gui.inline_links import InlineLinks
from redaksi.gui.marker_format import block_keys, chip_metrics, link_state
from redaksi.story.model import Paragraph, RelatedLink

WORDS = ["banjir", "rob", "pompa", "warga", "kota", "tanggul", "pesisir"]
ACTIONS = [
    *("type", "enter", "join", "join", "delete", "retype", "cut", "paste", "kind"),
    *("undo", "undo", "redo", "link"),
]


def _state(body: BodyEditor, inline: InlineLinks) -> list[tuple[str, str, int | None]]:
    blocks = list(iter_blocks(body.document()))
    assert link_state(blocks[0]) is not None
    assert all(link_state(block) is None for block in blocks[1:])
    seen: list[int] = []
    for block in blocks:
        keys = block_keys(block)
        seen += keys
        reserved = block.blockFormat().bottomMargin() - chip_metrics().space(len(keys))
        assert reserved in (0.0, 10.0)  # a paragraph's own spacing, nothing left over
    assert len(seen) == len(set(seen))
    links = inline.current(record=False)
    placed = [link for link in links if link.placement == "inline"]
    assert len(seen) + len(inline.lead_keys()) == len(placed)
    return [(link.title, link.placement, link.after_paragraph) for link in links]


def _select(body: BodyEditor, position: int, anchor: int | None = None) -> None:
    last = body.document().characterCount() - 1
    cursor = body.textCursor()
    if anchor is not None:
        cursor.setPosition(max(0, min(anchor, last)))
        cursor.setPosition(max(0, min(position, last)), QTextCursor.MoveMode.KeepAnchor)
    else:
        cursor.setPosition(max(0, min(position, last)))
    body.setTextCursor(cursor)


def _step(body: BodyEditor, inline: InlineLinks, rng: random.Random, qtbot) -> None:
    document = body.document()
    last = document.characterCount() - 1
    block = document.findBlockByNumber(rng.randrange(document.blockCount()))
    action = rng.choice(ACTIONS)
    if action == "type":
        _select(body, rng.randint(0, last))
        QTest.keyClicks(body, rng.choice(["a", "kata ", "x y"]))
    elif action == "enter":
        _select(body, rng.randint(0, last))
        QTest.keyClick(body, Qt.Key.Key_Return)
    elif action == "join":
        at_start = rng.random() < 0.5
        _select(body, block.position() + (0 if at_start else block.length() - 1))
        QTest.keyClick(body, Qt.Key.Key_Backspace if at_start else Qt.Key.Key_Delete)
    elif action in ("delete", "retype", "cut"):
        _select(body, rng.randint(0, last), rng.randint(0, last))
        if action == "delete":
            QTest.keyClick(body, Qt.Key.Key_Delete)
        elif action == "retype":
            QTest.keyClicks(body, "Z")
        else:
            body.cut()
    elif action == "paste":
        _select(body, rng.randint(0, last))
        mime = QMimeData()
        mime.setHtml("<p>Satu tempelan</p><p>Dua tempelan</p>")
        body.insertFromMimeData(mime)
    elif action == "kind":
        _select(body, rng.randint(0, last))
        body.set_paragraph_kind(rng.choice(["quote", "subhead", "p"]))
    elif action == "undo":
        QTest.keySequence(body, QKeySequence.StandardKey.Undo)
    elif action == "redo":
        QTest.keySequence(body, QKeySequence.StandardKey.Redo)
    else:
        links = inline.current()
        link = links[rng.randrange(len(links))]
        link.placement = "inline"
        link.after_paragraph = rng.randint(-1, max(0, len(body.paragraphs()) - 1))
        inline.commit(links)
    qtbot.wait(1)  # repairs after menu edits run from a zero timer


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_undo_and_redo_keep_every_link(qtbot, seed: int) -> None:
    rng = random.Random(seed)
    body = BodyEditor()
    qtbot.addWidget(body)
    body.resize(600, 700)
    body.show()
    body.set_paragraphs(
        [
            Paragraph(f"Paragraf {n}: " + " ".join(rng.choice(WORDS) for _ in range(14)) + ".")
            for n in range(8)
        ]
    )
    inline = InlineLinks(body)
    inline.load(
        [
            *(
                RelatedLink(f"Tautan {n}", url=f"https://contoh.id/{n}", placement="inline",
                            after_paragraph=after)
                for n, after in enumerate([0, 2, 2, 5, -1, 7])
            ),
            RelatedLink("Di akhir", url="https://contoh.id/akhir"),
        ]
    )  # fmt: skip
    body.setFocus()
    loaded, loaded_text = _state(body, inline), body.toPlainText()
    assert [after for _, _, after in loaded] == [0, 2, 2, 5, -1, 7, None]
    for _ in range(150):
        _step(body, inline, rng, qtbot)
        _state(body, inline)
    final, final_text = _state(body, inline), body.toPlainText()
    while body.document().isUndoAvailable():
        QTest.keySequence(body, QKeySequence.StandardKey.Undo)
    assert body.toPlainText() == loaded_text
    assert _state(body, inline) == loaded
    while body.document().isRedoAvailable():
        QTest.keySequence(body, QKeySequence.StandardKey.Redo)
    assert body.toPlainText() == final_text
    assert _state(body, inline) == final
