"""The real window, offscreen: create, type, save, reopen, undo, find/replace, drop, close."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from redaksi.story.status import Status


def _type_body(qtbot, window, text: str) -> None:
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, text)


def test_create_type_and_save_a_new_story(qtbot, window, gui_store):
    window.actions_.new.trigger()
    editor = window.editor
    qtbot.keyClicks(editor.headline, "Harga Cabai Naik Jelang Natal")
    qtbot.keyClicks(editor.lead, "Harga cabai rawit di Pasar Johar naik dua kali lipat.")
    _type_body(qtbot, window, "Pedagang mengeluh.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Pembeli berkurang.")
    assert window.dirty and window.isWindowModified()
    qtbot.keySequence(editor.body, QKeySequence.StandardKey.Save)
    assert not window.dirty
    saved = gui_store.stories.load(editor.loaded.id)
    assert saved.headline == "Harga Cabai Naik Jelang Natal"
    assert saved.lead.startswith("Harga cabai rawit")
    assert [p.text for p in saved.paragraphs] == ["Pedagang mengeluh.", "Pembeli berkurang."]
    assert window.library.model.row_of(saved.id) >= 0


def test_autosave_writes_journal_after_typing_stops(qtbot, window):
    window.autosave.set_delay(0.2)
    window.library.storyActivated.emit(window.library.model.story_id(0))
    _type_body(qtbot, window, " Tambahan kalimat.")
    journal = window.journal.path_for(window.editor.loaded)
    assert not journal.exists()
    qtbot.waitUntil(journal.exists, timeout=3000)
    data = json.loads(journal.read_text(encoding="utf-8"))
    assert data["story"]["paragraphs"][-1]["text"].endswith("Tambahan kalimat.")
    assert window.autosave.last_duration_ms < 200
    # Saving makes the journal unnecessary.
    assert window.save_story()
    assert not journal.exists()


def test_focus_loss_writes_journal_at_once(qtbot, window):
    window.autosave.set_delay(60)
    _type_body(qtbot, window, "Kalimat pertama.")
    journal = window.journal.path_for(window.editor.loaded)
    window._application_state(Qt.ApplicationState.ApplicationInactive)
    window.autosave.wait()
    assert journal.exists()


def test_reopen_shows_saved_text_and_layout(qtbot, window, open_window, gui_store):
    story_id = window.library.model.story_id(0)
    window.open_story(story_id)
    _type_body(qtbot, window, " Kalimat baru.")
    window.editor.body.set_zoom(150)
    window.panels["findings"].hide()
    assert window.save_story()
    window.close()
    second = open_window()
    assert second.state.last_story_id == story_id
    second.reopen_last()
    assert second.editor.story().paragraphs[-1].text.endswith("Kalimat baru.")
    assert second.editor.body.zoom == 150
    assert second.panels["findings"].isHidden()


def test_undo_and_redo(qtbot, window):
    window.new_story()
    _type_body(qtbot, window, "Rob")
    body = window.editor.body
    qtbot.keySequence(body, QKeySequence.StandardKey.Undo)
    assert body.toPlainText() == ""
    body.setFocus()
    window.actions_.redo.trigger()
    assert body.toPlainText() == "Rob"


def test_find_and_replace_all_is_one_undo_step(qtbot, window):
    window.open_story(window.library.model.story_id(0))
    body = window.editor.body
    before = body.toPlainText()
    count = before.count("pompa")
    assert count >= 2
    window.actions_.replace.trigger()
    bar = window.find_bar
    assert bar.isVisible()
    bar.ui.findEdit.setText("pompa")
    bar.ui.replaceEdit.setText("mesin pompa")
    assert bar.replace_all() == count
    assert body.toPlainText().count("mesin pompa") == count
    body.undo()
    assert body.toPlainText() == before
    assert bar.find_next()
    assert body.textCursor().selectedText().lower() == "pompa"
    qtbot.keyClick(bar.ui.findEdit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_formatting_survives_save(qtbot, window, gui_store):
    window.new_story()
    qtbot.keyClicks(window.editor.headline, "Uji format")
    _type_body(qtbot, window, "kata asing")
    body = window.editor.body
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(4, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    window.actions_.italic.trigger()
    window.actions_.quote.trigger()
    assert window.save_story()
    saved = gui_store.stories.load(window.editor.loaded.id)
    assert saved.paragraphs[0].kind == "quote"
    assert [(m.start, m.end, m.kind) for m in saved.paragraphs[0].marks] == [(0, 4, "italic")]


def test_status_bar_counts_words(qtbot, window):
    window.new_story()
    qtbot.keyClicks(window.editor.headline, "Dua kata")
    _type_body(qtbot, window, "satu dua tiga")
    qtbot.waitUntil(lambda: window.words_label.text() == "5 kata", timeout=2000)
    assert "menit" in window.reading_label.text()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_a_text_file_imports_it(qtbot, window, gui_store, tmp_path):
    path = tmp_path / "kiriman.txt"
    path.write_text(
        "Gempa Guncang Cianjur\n\nCIANJUR - Gempa mengguncang.\n\nWarga panik.", encoding="utf-8"
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert window.editor.story().headline == "Gempa Guncang Cianjur"
    assert window.editor.story().paragraphs[0].text == "Warga panik."
    assert any(s.headline == "Gempa Guncang Cianjur" for s in gui_store.stories.list())
    assert window.state.recent_files[0] == str(path)
    assert window.actions_.recent_menu.actions()[0].text() == "kiriman.txt"


def test_dropping_a_file_on_the_body_imports_instead_of_inserting(qtbot, window, tmp_path):
    path = tmp_path / "naskah.txt"
    path.write_text("Judul Naskah\n\nTeras naskah.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.editor.body.insertFromMimeData(mime)
    assert window.editor.story().headline == "Judul Naskah"


def test_rejected_file_changes_nothing(qtbot, window, gui_store, tmp_path, monkeypatch):
    path = tmp_path / "foto.jpg"
    path.write_bytes(b"\xff\xd8\xff")
    before = gui_store.stories.count()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert window.import_file(path) is None
    assert gui_store.stories.count() == before
    assert "belum didukung" in shown[0]


def test_closing_with_unsaved_changes_asks(qtbot, window, gui_store):
    window.new_story()
    qtbot.keyClicks(window.editor.headline, "Belum disimpan")

    def answer_cancel():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "Belum disimpan" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer_cancel)
    assert window.close() is False
    assert window.isVisible()

    def answer_save():
        QApplication.activeModalWidget().button(QMessageBox.StandardButton.Save).click()

    QTimer.singleShot(0, answer_save)
    assert window.close() is True
    assert any(s.headline == "Belum disimpan" for s in gui_store.stories.list())


def test_library_search_filter_and_sort(qtbot, window, gui_store):
    from redaksi.story.model import Story

    gui_store.stories.create(
        Story(headline="Angin Kencang di Bima", status=Status.TERBIT), gui_store.user_id
    )
    gui_store.stories.create(Story(headline="Zakat Fitrah Naik"), gui_store.user_id)
    library = window.library
    library.refresh()
    assert library.model.rowCount() == 3
    qtbot.keyClicks(library.ui.searchEdit, "bima")
    qtbot.waitUntil(lambda: library.model.rowCount() == 1, timeout=2000)
    library.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: library.model.rowCount() == 3, timeout=2000)
    library.set_status_filter(Status.TERBIT)
    assert [r.headline for r in library.model.rows] == ["Angin Kencang di Bima"]
    library.ui.statusFilter.setCurrentIndex(0)
    library.ui.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    headlines = [r.headline for r in library.model.rows]
    assert headlines == sorted(headlines)
    assert library.model.data(library.model.index(0, 0)) == "Angin Kencang di Bima"


def test_focus_mode_hides_everything_but_the_story(qtbot, window):
    window.actions_.focus_mode.trigger()
    assert window.library.isHidden()
    assert window.menuBar().isHidden()
    assert all(dock.isHidden() for dock in window.panels.values())
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.actions_.focus_mode.isChecked()
    assert window.library.isVisible()
    assert window.panels["findings"].isVisible()


def test_zoom_changes_body_font_only(qtbot, window):
    body = window.editor.body
    size = body.font().pointSizeF()
    window.actions_.zoom_in.trigger()
    assert body.font().pointSizeF() > size
    assert window.zoom_label.text() == "110%"
    window.actions_.zoom_reset.trigger()
    assert body.font().pointSizeF() == size


def test_panels_mount_and_follow_the_story(qtbot, window):
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QLabel

    class Panel(QLabel):
        storyEdited = Signal()

        def show_story(self, story):
            self.setText(story.headline if story else "")

        def apply_to(self, story):
            story.tags = [*story.tags, "dari-panel"]

    panel = Panel()
    dock = window.add_panel("test", "Uji", panel)
    assert dock.objectName() == "dock_test"
    assert dock.toggleViewAction() in window.view_menu.actions()
    window.open_story(window.library.model.story_id(0))
    assert panel.text().startswith("Semarang")
    panel.storyEdited.emit()
    assert window.dirty
    assert "dari-panel" in window.current_story().tags


def test_paste_keeps_bold_italic_links_only(qtbot, window):
    window.new_story()
    body = window.editor.body
    body.setFocus()
    mime = QMimeData()
    mime.setHtml(
        '<p style="color:red;font-size:30pt">Kata <b>tebal</b> dan <i>miring</i>, '
        '<a href="https://contoh.id">tautan</a>.</p><p>Paragraf kedua.</p>'
    )
    mime.setText("Kata tebal dan miring, tautan.\n\nParagraf kedua.")
    body.insertFromMimeData(mime)
    paragraphs = window.editor.story().paragraphs
    assert [p.text for p in paragraphs] == ["Kata tebal dan miring, tautan.", "Paragraf kedua."]
    assert [(m.kind, m.href) for m in paragraphs[0].marks] == [
        ("bold", None),
        ("italic", None),
        ("link", "https://contoh.id"),
    ]
    # Nothing else of the web page came along: the text keeps the editor's own font size.
    cursor = body.textCursor()
    cursor.setPosition(2)
    assert cursor.charFormat().fontPointSize() in (0.0, body.font().pointSizeF())
    body.undo()
    assert body.toPlainText() == ""


def test_subhead_then_enter_starts_a_plain_paragraph(qtbot, window):
    window.new_story()
    body = window.editor.body
    body.setFocus()
    qtbot.keyClicks(body, "Anggaran")
    window.actions_.subhead.trigger()
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Isi paragraf.")
    kinds = [(p.text, p.kind) for p in window.editor.story().paragraphs]
    assert kinds == [("Anggaran", "subhead"), ("Isi paragraf.", "p")]


def test_library_context_menu_opens_and_trashes(qtbot, window, gui_store):
    from redaksi.story.model import Story

    other = gui_store.stories.create(Story(headline="Untuk dibuang"), gui_store.user_id)
    library = window.library
    library.refresh()
    row = library.model.row_of(other.id)
    menu = library.context_menu_for(row)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Buka", "Pindahkan ke tempat sampah"]
    menu.actions()[0].trigger()
    assert window.editor.loaded.id == other.id
    assert window.trash_story(other.id, confirm=False)
    assert library.model.row_of(other.id) == -1
    assert window.editor.loaded.id is None  # the open story went away with it
    assert [s.id for s in gui_store.stories.list(trash=True)] == [other.id]


def test_paste_a_web_page_as_a_new_story(qtbot, window, gui_store):
    from PySide6.QtCore import QMimeData

    html = (
        "<h1>Pasukan SDF Klaim Kuasai Baghuz</h1>"
        "<p>BAGHUZ, Redaksi - Pasukan Demokratik Suriah mengklaim kemenangan.</p>"
        "<p>Juru bicara mengatakan hal itu melalui akun Twitter-nya.</p>"
        "<p>Be the first to comment</p><script>alert(1)</script>"
    )
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("Pasukan SDF Klaim Kuasai Baghuz")
    QApplication.clipboard().setMimeData(mime)
    before = gui_store.stories.count()
    saved = window.import_clipboard()
    assert saved is not None and gui_store.stories.count() == before + 1
    assert saved.headline == "Pasukan SDF Klaim Kuasai Baghuz"
    assert saved.dateline.place == "BAGHUZ"
    assert "Be the first" not in saved.body_text and "alert" not in saved.body_text
    assert window.editor.story().headline == saved.headline
