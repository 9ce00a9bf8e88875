"""The photo panel with real widgets, a real SQLite store and real images."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from redaksi.gui.photo_panel import PhotoPanel
from redaksi.language.findings import Category, Finding
from redaksi.media.library import PhotoLibrary
from redaksi.store.store import open_store
from redaksi.story.model import Story
from tests.photo_factory import AGENCY_IPTC, agency_jpeg, exif_block, jpeg_bytes, png_bytes, scene

# Qt offers only the QPoint constructor of QDragEnterEvent, which PySide marks deprecated.
pytestmark = pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")

GOOD_ALT = "Warga berjalan menembus genangan air cokelat setinggi lutut di depan deretan ruko."


@pytest.fixture
def library(sqlite_url: str):
    store = open_store(sqlite_url)
    try:
        yield PhotoLibrary(store)
    finally:
        store.close()


def _panel(qtbot, library: PhotoLibrary, story: Story | None, **kwargs) -> PhotoPanel:
    panel = PhotoPanel(library, story, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(1100, 720)
    panel.show()
    _settle(qtbot, panel)
    return panel


def _settle(qtbot, panel: PhotoPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=15_000)


def _fix_link(label) -> str:
    """The first one-click fix exactly as the label draws it."""
    return re.search(r"href='(fix:[^']+)'", label.text()).group(1)


def _story_with_photos(library: PhotoLibrary) -> Story:
    store = library.store
    story = store.stories.create(Story(headline="Banjir Rendam Kampung Melayu"))
    story = library.attach(story.id, agency_jpeg(), "antara.jpg")
    story = library.attach(story.id, jpeg_bytes((800, 600)), "tanpa-kredit.jpg")
    story.photos[0].alt_text = GOOD_ALT
    story.photos[1].caption = "DEMO – Mahasiswa berunjuk rasa di depan Gedung DPR, Jakarta."
    story.photos[1].alt_text = "Ratusan mahasiswa berjas almamater berdiri di depan gerbang."
    return story


def test_shows_photos_with_thumbnails_and_badges(qtbot, library: PhotoLibrary) -> None:
    story = _story_with_photos(library)
    panel = _panel(qtbot, library, story)
    assert panel.strip.count() == 2
    first, second = panel.strip.item(0), panel.strip.item(1)
    assert first.text().startswith("1. BANJIR – Warga")
    assert "FOTO: ANTARA FOTO/Hafidz Mubarak" in first.text()
    assert not first.icon().isNull()
    assert first.toolTip() == "antara.jpg"  # nothing to warn about
    assert "Kredit foto wajib diisi" in second.toolTip()  # the badge's reason
    assert "Kredit belum diisi" in second.text()
    assert panel.count_label.text() == "2 foto"
    assert "Canon EOS R5" in panel.info_label.text()
    assert "GPS" in panel.info_label.text()
    qtbot.waitUntil(
        lambda: panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()
    )


def test_add_files_imports_good_ones_and_explains_bad_ones(
    qtbot, library: PhotoLibrary, tmp_path: Path
) -> None:
    story = Story(headline="Kosong")
    panel = _panel(qtbot, library, story)
    good = tmp_path / "antara-banjir.jpg"
    good.write_bytes(agency_jpeg())
    fake = tmp_path / "surat.jpg"
    fake.write_bytes(b"%PDF-1.7 bukan foto")
    png = tmp_path / "grafik.png"
    png.write_bytes(png_bytes())
    with qtbot.waitSignal(panel.photosChanged, timeout=15_000):
        panel.add_files([good, fake, png])
    _settle(qtbot, panel)
    assert [p.filename for p in story.photos] == ["antara-banjir.jpg", "grafik.png"]
    assert story.photos[0].caption.startswith("BANJIR –")
    assert story.photos[0].credit == "FOTO: ANTARA FOTO/Hafidz Mubarak"
    assert story.photos[0].is_lead
    assert panel.message_label.isVisible()
    assert "“surat.jpg” tidak ditambahkan" in panel.message_label.text()
    assert "bukan gambar" in panel.message_label.text()
    assert library.data(story.photos[1].sha256) == png_bytes()


def test_caption_edit_updates_story_and_runs_rules(qtbot, library: PhotoLibrary) -> None:
    story = _story_with_photos(library)
    panel = _panel(qtbot, library, story)
    panel.strip.setCurrentRow(1)
    with qtbot.waitSignal(panel.photosChanged):
        panel.fields.caption_edit.setPlainText("DEMO - Mahasiswa berunjuk rasa di depan Gedung DPR")
    assert story.photos[1].caption == "DEMO - Mahasiswa berunjuk rasa di depan Gedung DPR"
    label = panel.fields.finding_labels["caption"]
    qtbot.waitUntil(lambda: "tanda pisah" in label.text())
    assert "diakhiri titik" in label.text()
    label.linkActivated.emit(_fix_link(label))
    assert story.photos[1].caption == "DEMO – Mahasiswa berunjuk rasa di depan Gedung DPR"
    qtbot.waitUntil(lambda: "tanda pisah" not in label.text())
    credit = panel.fields.finding_labels["credit"]
    assert "Kredit foto wajib diisi" in credit.text() and credit.isVisible()
    panel.fields.credit_edit.setText("Foto: KOMPAS/Kristianto")
    qtbot.waitUntil(lambda: "awalan kredit" in credit.text())
    credit.linkActivated.emit(_fix_link(credit))
    assert story.photos[1].credit == "FOTO: KOMPAS/Kristianto"
    qtbot.waitUntil(lambda: not credit.isVisible())
    assert "Kredit" not in panel.strip.item(1).toolTip()


def test_drag_reorder_and_keyboard_move(qtbot, library: PhotoLibrary) -> None:
    story = _story_with_photos(library)
    story = library.attach(story.id, jpeg_bytes((300, 200)), "ketiga.jpg")
    panel = _panel(qtbot, library, story)
    with qtbot.waitSignal(panel.photosChanged):
        panel.strip.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert [p.filename for p in story.photos] == ["ketiga.jpg", "antara.jpg", "tanpa-kredit.jpg"]
    assert panel.strip.item(0).text().startswith("1. ")
    assert "UTAMA" not in panel.strip.item(0).text()
    panel.strip.setCurrentRow(0)
    panel.strip.setFocus()
    with qtbot.waitSignal(panel.photosChanged):
        qtbot.keyClick(panel.strip, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.filename for p in story.photos] == ["antara.jpg", "ketiga.jpg", "tanpa-kredit.jpg"]
    assert panel.current_index() == 1


def test_lead_and_remove(qtbot, library: PhotoLibrary) -> None:
    story = _story_with_photos(library)
    panel = _panel(qtbot, library, story)
    panel.strip.setCurrentRow(1)
    assert not panel.fields.lead_check.isChecked()
    panel.make_current_lead()
    assert [p.is_lead for p in story.photos] == [False, True]
    assert panel.fields.lead_check.isChecked()
    panel.fields.lead_check.setChecked(False)  # the lead passes to the other photo
    assert [p.is_lead for p in story.photos] == [True, False]
    panel.strip.setCurrentRow(0)
    with qtbot.waitSignal(panel.photosChanged):
        panel.remove_current()
    assert [p.filename for p in story.photos] == ["tanpa-kredit.jpg"]
    assert story.photos[0].is_lead and panel.strip.count() == 1


def _drop(panel: PhotoPanel, mime: QMimeData) -> None:
    """What a drag from a file manager or browser delivers: enter, then drop."""
    viewport = panel.strip.viewport()
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(20, 20), *args)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(20, 20), *args))


def test_drop_files_and_images_from_outside(qtbot, library: PhotoLibrary, tmp_path: Path) -> None:
    story = Story(headline="Seret")
    panel = _panel(qtbot, library, story)
    path = tmp_path / "kiriman.jpg"
    path.write_bytes(jpeg_bytes((640, 480), exif=exif_block()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    with qtbot.waitSignal(panel.photosChanged, timeout=15_000):
        _drop(panel, mime)
    image_mime = QMimeData()
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    image_mime.setImageData(image)
    with qtbot.waitSignal(panel.photosChanged, timeout=15_000):
        _drop(panel, image_mime)
    _settle(qtbot, panel)
    assert story.photos[0].filename == "kiriman.jpg"
    assert story.photos[1].mime == "image/png" and story.photos[1].filename.startswith("tempelan-")
    assert (story.photos[1].width, story.photos[1].height) == (320, 200)
    text = QMimeData()
    text.setText("hanya teks")
    refused = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(panel.strip.viewport(), refused)
    assert not refused.isAccepted()


def test_paste_from_clipboard(qtbot, library: PhotoLibrary) -> None:
    story = Story(headline="Tempel")
    panel = _panel(qtbot, library, story)
    image = QImage(200, 150, QImage.Format.Format_RGB32)
    image.fill(0xCC2222)
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(panel.photosChanged, timeout=15_000):
        panel.paste()
    _settle(qtbot, panel)
    assert (story.photos[0].width, story.photos[0].height) == (200, 150)
    QGuiApplication.clipboard().setText("bukan foto")
    panel.paste()
    assert "tidak berisi foto" in panel.message_label.text()


class _TypoSource:
    """A real finding source (not a mock): flags one misspelling and records its thread."""

    name = "typo"

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        self.threads.append(threading.current_thread())
        start = text.find("banjr")
        if start < 0:
            return []
        return [
            Finding(start, start + 5, "TYPO", "Mungkin salah ketik: banjir.", Category.TYPOS,
                    "misspelling", replacements=("banjir",))
        ]  # fmt: skip


def test_optional_checker_runs_off_the_gui_thread(qtbot, library: PhotoLibrary) -> None:
    from redaksi.language.checker import Checker

    source = _TypoSource()
    story = _story_with_photos(library)
    panel = _panel(qtbot, library, story, checker=Checker([source]))
    panel.fields.alt_edit.setPlainText("Warga menembus banjr setinggi lutut di depan ruko.")
    label = panel.fields.finding_labels["alt_text"]
    qtbot.waitUntil(lambda: "salah ketik" in label.text(), timeout=5_000)
    assert source.threads and threading.main_thread() not in source.threads
    label.linkActivated.emit(_fix_link(label))
    assert story.photos[0].alt_text == "Warga menembus banjir setinggi lutut di depan ruko."


def test_switching_story_drops_late_imports(qtbot, library: PhotoLibrary, tmp_path: Path) -> None:
    first, second = Story(headline="Satu"), Story(headline="Dua")
    panel = _panel(qtbot, library, first)
    path = tmp_path / "lambat.jpg"
    path.write_bytes(agency_jpeg((2400, 1600)))
    panel.add_files([path])
    panel.set_story(second)
    _settle(qtbot, panel)
    assert first.photos == [] and second.photos == [] and panel.strip.count() == 0


def test_screenshot_with_captions(qtbot, library: PhotoLibrary, tmp_path: Path) -> None:
    store = library.store
    story = store.stories.create(Story(headline="Banjir Rendam Kampung Melayu"))
    flood = jpeg_bytes(image=scene("flood"), exif=exif_block(), iptc=AGENCY_IPTC)
    story = library.attach(story.id, flood, "antara-banjir.jpg")
    story = library.attach(story.id, jpeg_bytes(image=scene("rally")), "demo-dpr.jpg")
    story = library.attach(story.id, jpeg_bytes(image=scene("market")), "pasar-senen.jpg")
    story.photos[0].alt_text = GOOD_ALT
    rally = story.photos[1]
    rally.caption = (
        "DEMO - Mahasiswa berunjuk rasa menolak revisi undang-undang di depan Gedung DPR, "
        "Jakarta, Kamis (22/8/2024)"
    )
    rally.credit = "FOTO: KOMPAS.com/Kristianto Purnomo"
    rally.photographer = "Kristianto Purnomo"
    rally.place = "Gedung DPR, Jakarta"
    story.photos[
        2
    ].caption = "PASAR – Pedagang menata dagangan di Pasar Senen, Jakarta, Senin (1/1/2024)."
    story.photos[2].alt_text = "Lapak sayur berpayung warna-warni di lorong pasar yang ramai."
    panel = _panel(qtbot, library, story)
    panel.resize(1180, 760)
    panel.strip.setCurrentRow(1)
    _settle(qtbot, panel)
    qtbot.waitUntil(lambda: not panel.preview.pixmap().isNull())
    target = Path(os.environ.get("REDAKSI_SCREENSHOT_DIR", tmp_path)) / "photo-panel.png"
    assert panel.grab().save(str(target))
    assert QImage(str(target)).width() == 1180
    panel.strip.setCurrentRow(0)
    panel.open_large_preview()
    qtbot.waitUntil(lambda: panel.preview_dialog is not None, timeout=10_000)
    panel.preview_dialog.resize(900, 680)
    large = target.with_name("photo-preview.png")
    assert panel.preview_dialog.grab().save(str(large))


def test_large_preview_and_closing_messages(qtbot, library: PhotoLibrary) -> None:
    story = _story_with_photos(library)
    panel = _panel(qtbot, library, story)
    item = panel.strip.item(0)
    panel.strip.itemActivated.emit(item)
    qtbot.waitUntil(lambda: panel.preview_dialog is not None, timeout=10_000)
    dialog = panel.preview_dialog
    assert dialog.isVisible() and dialog.caption_label.text().startswith("BANJIR –")
    assert dialog.credit_label.text() == "FOTO: ANTARA FOTO/Hafidz Mubarak"
    assert dialog.image_label.pixmap().width() > 400
    dialog.close()
    QGuiApplication.clipboard().setText("teks")
    panel.paste()
    assert panel.message_label.isVisible()
    panel.message_label.linkActivated.emit("#tutup")
    assert not panel.message_label.isVisible()


def test_badge_and_lead_tag_are_painted(qtbot) -> None:
    from PySide6.QtGui import QColor, QPixmap
    from PySide6.QtWidgets import QWidget

    from redaksi.gui.photo_strip import THUMB_SIZE, decorated_thumbnail

    widget = QWidget()
    qtbot.addWidget(widget)
    photo = QPixmap(THUMB_SIZE)
    photo.fill(QColor(10, 120, 40))
    plain = decorated_thumbnail(photo, False, False, widget, "UTAMA").toImage()
    badged = decorated_thumbnail(photo, True, False, widget, "UTAMA").toImage()
    lead = decorated_thumbnail(photo, False, True, widget, "UTAMA").toImage()
    corner = (THUMB_SIZE.width() - 16, 16)
    assert plain.pixelColor(*corner) == QColor(10, 120, 40)
    assert badged.pixelColor(*corner) != QColor(10, 120, 40)  # the warning badge
    assert lead.pixelColor(8, THUMB_SIZE.height() - 12) != QColor(10, 120, 40)  # "UTAMA"
    assert plain.pixelColor(8, THUMB_SIZE.height() - 12) == QColor(10, 120, 40)


def test_remove_can_be_undone(qtbot, library: PhotoLibrary) -> None:
    story = _story_with_photos(library)
    panel = _panel(qtbot, library, story)
    panel.strip.setCurrentRow(0)
    panel.strip.setFocus()
    qtbot.keyClick(panel.strip, Qt.Key.Key_Delete)
    assert [p.filename for p in story.photos] == ["tanpa-kredit.jpg"]
    assert story.photos[0].is_lead
    assert "“antara.jpg” dihapus" in panel.message_label.text()
    with qtbot.waitSignal(panel.photosChanged):
        panel.message_label.linkActivated.emit("#urungkan")
    assert [p.filename for p in story.photos] == ["antara.jpg", "tanpa-kredit.jpg"]
    assert [p.is_lead for p in story.photos] == [True, False]
    assert panel.strip.item(0).text().startswith("1. BANJIR") and panel.current_index() == 0
    assert not panel.message_label.isVisible()


def test_drop_onto_the_preview_imports_too(qtbot, library: PhotoLibrary, tmp_path: Path) -> None:
    story = Story(headline="Seret ke pratinjau")
    panel = _panel(qtbot, library, story)
    path = tmp_path / "pratinjau.png"
    path.write_bytes(png_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(30, 30), *args)
    QApplication.sendEvent(panel.preview, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(panel.photosChanged, timeout=15_000):
        QApplication.sendEvent(panel.preview, QDropEvent(QPointF(30, 30), *args))
    _settle(qtbot, panel)
    assert [p.filename for p in story.photos] == ["pratinjau.png"]


def test_saved_story_replaces_the_edited_object(qtbot, library: PhotoLibrary) -> None:
    story = _story_with_photos(library)
    panel = _panel(qtbot, library, story)
    panel.strip.setCurrentRow(1)
    panel.fields.alt_edit.setPlainText("Mahasiswa berdiri rapat di depan gerbang gedung.")
    saved = library.store.stories.save(story)
    assert saved is not story
    panel.set_story(saved)
    assert panel.story() is saved and panel.current_index() == 1  # selection kept
    panel.fields.credit_edit.setText("FOTO: KOMPAS/Kristianto")
    assert saved.photos[1].credit == "FOTO: KOMPAS/Kristianto"
    reloaded = library.store.stories.save(saved)
    assert reloaded.photos[1].alt_text.startswith("Mahasiswa berdiri")
    panel.set_story(Story(headline="Lain"))
    assert panel.current_index() == -1 and not panel.fields.isEnabled()
