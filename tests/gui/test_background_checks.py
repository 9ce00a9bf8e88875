"""Background checks: underlines, findings panel, context actions, typing never waits."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from redaksi.gui.finding_marks import ERROR_COLOUR, WARNING_COLOUR, finding_at
from redaksi.language.checker import Checker
from redaksi.store.dictionary import NewsroomDictionary, PersonalIgnores
from redaksi.story.model import Paragraph, Story


def _open(window, gui_store, paragraphs, lead="Teras berita."):
    story = gui_store.stories.create(
        Story(headline="Uji periksa", lead=lead, paragraphs=[Paragraph(p) for p in paragraphs]),
        gui_store.user_id,
    )
    window.open_story(story.id)
    return story


def _underlines(editor):
    return [
        (s.cursor.selectedText(), s.format.underlineColor().name(), s.format.underlineStyle())
        for s in editor.extraSelections()
        if s.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]


def test_findings_are_drawn_with_level_colours(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Kata tersebu salah.", "Ini praktek lama."])
    wait_checks(window)
    underlines = _underlines(window.editor.body)
    assert (
        "tersebu",
        ERROR_COLOUR.name(),
        QTextCharFormat.UnderlineStyle.WaveUnderline,
    ) in underlines
    assert (
        "praktek",
        WARNING_COLOUR.name(),
        QTextCharFormat.UnderlineStyle.WaveUnderline,
    ) in underlines
    assert window.findings_label.text() == "2 temuan"
    groups = {
        window.findings.tree.topLevelItem(i).text(0)
        for i in range(window.findings.tree.topLevelItemCount())
    }
    assert groups == {"Ejaan  (1)", "Kata baku  (1)"}


def test_findings_follow_the_text_as_it_changes(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Kata yang benar."])
    wait_checks(window)
    assert _underlines(window.editor.body) == []
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, " Lalu tersebu")
    wait_checks(window)
    assert [u[0] for u in _underlines(body)] == ["tersebu"]
    for _ in range(len("tersebu")):
        qtbot.keyClick(body, Qt.Key.Key_Backspace)
    wait_checks(window)
    assert _underlines(body) == []


def test_headline_and_lead_are_checked_too(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Isi."], lead="Teras dengan praktek.")
    window.editor.headline.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.headline, " tersebu")
    wait_checks(window)
    fields = sorted({item.field for item in window.editor.located_findings()})
    assert fields == ["headline", "lead"]


def test_stale_results_are_dropped(qtbot, open_window, wait_checks, slow_source):
    source = slow_source(0.4)
    window = open_window(Checker([source]))
    window.new_story()
    runner = window.editor.runners["body"]
    runner.set_delay(20)
    body = window.editor.body
    body.setFocus()
    qtbot.keyClicks(body, "Kata tersebu")
    qtbot.waitUntil(lambda: runner.pending_tasks == 1, timeout=2000)
    qtbot.keyClicks(body, " lagi")  # the text moves on while the first check runs
    qtbot.waitUntil(lambda: runner.dropped_results == 1, timeout=3000)
    # The first answer came back about "Kata tersebu", which is no longer the text: dropped.
    assert runner.block_findings() == []
    assert source.calls == 1
    wait_checks(window)
    assert [f.start for _, fs in runner.block_findings() for f in fs] == [5]


def test_typing_never_waits_for_a_slow_checker(qtbot, open_window, wait_checks, slow_source):
    source = slow_source(0.3)
    window = open_window(Checker([source]))
    window.new_story()
    window.editor.runners["body"].set_delay(10)
    body = window.editor.body
    body.setFocus()
    worst = 0.0
    for char in "Banjir rob tersebu merendam pesisir utara Semarang.":
        started = time.perf_counter()
        qtbot.keyClick(body, char)
        worst = max(worst, time.perf_counter() - started)
        qtbot.wait(15)  # let the debounce fire so checks run while typing continues
    assert source.calls >= 2
    # A keystroke that waited for the 300 ms check would take at least that long.
    assert worst < 0.2, f"a keystroke took {worst * 1000:.0f} ms"
    wait_checks(window)
    assert len(window.editor.located_findings()) == 1


def test_one_click_fix_is_undoable(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Kata tersebu salah."])
    wait_checks(window)
    located = window.editor.located_findings()[0]
    handlers = window.editor.handlers_for(
        window.editor.body, located.block_position, located.finding
    )
    handlers.replace("tersebut")
    assert window.editor.story().paragraphs[0].text == "Kata tersebut salah."
    wait_checks(window)
    assert window.editor.located_findings() == []
    window.editor.body.undo()
    assert window.editor.story().paragraphs[0].text == "Kata tersebu salah."


def test_fix_all_replaces_every_occurrence_in_one_undo_step(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Hal tersebu terjadi.", "Praktek itu tersebu lagi, tersebu."])
    wait_checks(window)
    located = window.editor.located_findings()
    first = next(item for item in located if item.finding.rule_id == "TEST_SPELLING")
    handlers = window.editor.handlers_for(window.editor.body, first.block_position, first.finding)
    assert handlers.same_count == 3
    assert handlers.fix_all("tersebut") == 3
    texts = [p.text for p in window.editor.story().paragraphs]
    assert texts == ["Hal tersebut terjadi.", "Praktek itu tersebut lagi, tersebut."]
    window.editor.body.undo()
    assert window.editor.story().paragraphs[0].text == "Hal tersebu terjadi."


def test_context_menu_puts_suggestions_first(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Kata tersebu salah."])
    wait_checks(window)
    body = window.editor.body
    position = body.document().firstBlock().position() + 6
    hit = finding_at(body, window.editor.runners["body"], position)
    assert hit is not None
    menu = body.createStandardContextMenu()
    body.menu_hook(menu, position)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[1:3] == ["tersebut", "terseru"]
    assert "Tambahkan ke kamus redaksi" in texts
    assert texts.index("Abaikan") < texts.index("Abaikan semua")
    assert any("Salin" in t or "Copy" in t for t in texts[5:])  # standard actions stay below
    menu.deleteLater()


def test_add_to_newsroom_dictionary(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Rini Kusumawatti hadir."])
    wait_checks(window)
    located = window.editor.located_findings()[0]
    menu = QMenu()
    window.editor._finding_menu(
        window.editor.body, menu, located.block_position + located.finding.start
    )
    action = next(a for a in menu.actions() if a.text() == "Tambahkan ke kamus redaksi")
    action.trigger()
    assert "Kusumawatti" in NewsroomDictionary(gui_store.sessions).words()
    assert window.editor.located_findings() == []


def test_ignore_here_and_everywhere(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Kata tersebu dan praktek."])
    wait_checks(window)
    by_word = {
        item.text[item.finding.start : item.finding.end]: item
        for item in window.editor.located_findings()
    }
    style = by_word["praktek"]
    window.editor.handlers_for(
        window.editor.body, style.block_position, style.finding
    ).ignore_here()
    spelling = by_word["tersebu"]
    window.editor.handlers_for(
        window.editor.body, spelling.block_position, spelling.finding
    ).ignore_everywhere()
    assert window.editor.located_findings() == []
    assert "tersebu" in PersonalIgnores(gui_store.sessions, gui_store.user_id).words()
    assert window.save_story()
    saved = gui_store.stories.load(window.editor.loaded.id)
    assert saved.extra["ignored_hits"] == ["TEST_STYLE\x1fpraktek"]


def test_f7_walks_findings_in_reading_order(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Satu tersebu.", "Dua praktek."])
    wait_checks(window)
    window.editor.body.setFocus()
    window.editor.body.moveCursor(QTextCursor.MoveOperation.Start)
    window.actions_.next_finding.trigger()
    assert window.editor.body.textCursor().selectedText() == "tersebu"
    window.actions_.next_finding.trigger()
    assert window.editor.body.textCursor().selectedText() == "praktek"
    window.actions_.next_finding.trigger()  # wraps around
    assert window.editor.body.textCursor().selectedText() == "tersebu"


def test_findings_panel_jumps_to_the_finding(qtbot, window, gui_store, wait_checks):
    _open(window, gui_store, ["Pertama.", "Kedua tersebu."])
    wait_checks(window)
    group = window.findings.tree.topLevelItem(0)
    window.findings.tree.itemClicked.emit(group.child(0), 0)
    assert window.editor.body.textCursor().selectedText() == "tersebu"


def test_a_failing_source_is_reported_and_typing_goes_on(qtbot, open_window, wait_checks):
    class Broken:
        name = "rusak"

        def check(self, text, scope="text"):
            raise RuntimeError("kamus tidak terbaca")

    window = open_window(Checker([Broken()]))
    window.new_story()
    body = window.editor.body
    body.setFocus()
    qtbot.keyClicks(body, "Teks tetap bisa diketik.")
    qtbot.waitUntil(
        lambda: "kamus tidak terbaca" in window.ui.statusBar.currentMessage(), timeout=3000
    )
    assert window.editor.story().paragraphs[0].text == "Teks tetap bisa diketik."
    wait_checks(window)  # the runner settles instead of retrying forever
