"""The photo panel: a story's photos with their captions, credits and alt text.

Mount it anywhere (a dock or a tab beside the story editor)::

    panel = PhotoPanel(PhotoLibrary(store), story, checker=optional_checker)
    panel.photosChanged.connect(editor.mark_dirty)
    panel.set_story(other_story)      # when the editor opens another story
    panel.set_story(saved)            # after each save: edits must reach the new object

The panel edits ``story.photos`` in place and emits ``photosChanged``; saving the story
stays the owner's job, so photo edits go through the same versioned save, autosave and
conflict checks as the words.  Image bytes are checked and stored the moment a photo is
added (content-addressed, so storing twice is harmless).  Decoding, database access and
thumbnails run on a private thread pool; the caption rules are a few regular expressions
and run on the GUI thread after a short pause in typing; an optional ``checker`` (spelling
and house style) runs on the pool.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from redaksi.gui.photo_fields import PhotoFields
from redaksi.gui.photo_jobs import PhotoJobs
from redaksi.gui.photo_preview import FittedPhoto, PhotoPreviewDialog
from redaksi.gui.photo_strip import KEY_ROLE, PhotoStrip, decorated_thumbnail, external_payload
from redaksi.language.checker import Checker, sort_findings
from redaksi.language.findings import Finding
from redaksi.media import photo_list
from redaksi.media.caption_rules import PhotoCheck, check_photo
from redaksi.media.formats import file_dialog_filter
from redaksi.media.library import PhotoLibrary
from redaksi.media.thumbnails import PREVIEW_EDGE
from redaksi.story.model import Photo, Story

if TYPE_CHECKING:
    from redaksi.gui.panels import PanelContext

CHECK_DELAY_MS = 200
_ERROR_STYLE = (
    "QLabel { background: #fdecea; color: #8a1c13; border: 1px solid #f5c2bd;"
    " border-radius: 4px; padding: 6px; }"
)
_NOTICE_STYLE = (
    "QLabel { background: #eef3fb; color: #1d3557; border: 1px solid #c9d8ef;"
    " border-radius: 4px; padding: 6px; }"
)
LARGE_EDGE = 2048


def _png_bytes(image: QImage) -> bytes:
    """Encode a pasted or dropped image losslessly (runs on a worker thread)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


class PhotoPanel(QWidget):
    """Thumbnails, a large preview and the caption, credit and alt-text editors."""

    photosChanged = Signal()
    #: The workstation listens for this to mark the story as changed.
    storyEdited = Signal()

    def __init__(
        self,
        library: PhotoLibrary,
        story: Story | None = None,
        checker: Checker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._checker = checker
        self._story: Story | None = None
        self._generation = 0
        self._next_key = 0
        self._photos: dict[int, Photo] = {}
        self._thumbs: dict[int, QPixmap] = {}
        self._extra: dict[str, list[Finding]] = {}
        self._check_revision = 0
        self.messages: list[str] = []
        self.preview_dialog: PhotoPreviewDialog | None = None
        self._removed: tuple[int, Photo, bool] | None = None
        self.setAcceptDrops(True)
        self._imports = PhotoJobs(self, threads=1)  # one at a time keeps the order of drops
        self._jobs = PhotoJobs(self, threads=2)
        self._imports.finished.connect(self._on_imported)
        self._imports.failed.connect(self._on_import_failed)
        self._jobs.finished.connect(self._on_job_finished)
        self._jobs.failed.connect(self._on_job_failed)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._run_checks)
        self._build()
        self.set_story(story)

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Tambah foto…"))
        self.paste_button = QPushButton(self.tr("Tempel"))
        self.lead_button = QPushButton(self.tr("Jadikan foto utama"))
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.count_label = QLabel()
        self.add_button.clicked.connect(self._choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.lead_button.clicked.connect(self.make_current_lead)
        self.remove_button.clicked.connect(self.remove_current)
        self.paste_button.setToolTip(self.tr("Tempel foto dari papan klip (Ctrl+V)"))
        toolbar = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.lead_button, self.remove_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.count_label)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.linkActivated.connect(self._on_message_link)
        self.message_label.hide()

        self.strip = PhotoStrip()
        self.strip.placeholder = self.tr(
            "Belum ada foto.\nSeret foto ke sini, tempel dengan Ctrl+V, atau klik “Tambah foto…”."
        )
        self.strip.currentRowChanged.connect(self._show_current)
        self.strip.model().rowsMoved.connect(self._on_rows_moved)
        self.strip.filesDropped.connect(self.add_files)
        self.strip.itemActivated.connect(lambda _item: self.open_large_preview())
        self.strip.imageDropped.connect(self.add_image)
        for keys, slot in (
            (QKeySequence.StandardKey.Paste, self.paste),
            (QKeySequence.StandardKey.Delete, self.remove_current),
            (QKeySequence("Alt+Up"), lambda: self.move_current(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(keys, self.strip)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.strip)
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        self.preview = FittedPhoto()
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet("QLabel { color: palette(placeholder-text); }")

        self.fields = PhotoFields()
        self.fields.edited.connect(self._edited)
        self.fields.leadToggled.connect(self._lead_toggled)
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.info_label)
        layout.addWidget(self.fields)
        return editor

    # -- public API -----------------------------------------------------------------------

    # -- workstation panel protocol (see redaksi.gui.panels) ----------------------------------

    @classmethod
    def from_context(cls, context: PanelContext) -> PhotoPanel:
        """The panel over the workstation's store, checking captions with its checker."""
        panel = cls(PhotoLibrary(context.store), checker=context.checker)
        panel.photosChanged.connect(panel.storyEdited)
        return panel

    def show_story(self, story: Story | None) -> None:
        """Follow the story opened in the editor; the panel edits its own copy."""
        self.set_story(copy.deepcopy(story) if story is not None else None)

    def story_saved(self, story: Story) -> None:
        """Adopt the saved story (photo ids assigned by the store), keeping the selection."""
        self.set_story(copy.deepcopy(story))

    def apply_to(self, story: Story) -> None:
        """Fold the panel's photos into the story the window is about to save."""
        if self._story is not None:
            story.photos = copy.deepcopy(self._story.photos)

    def story(self) -> Story | None:
        """The story whose photos are shown."""
        return self._story

    def set_story(self, story: Story | None) -> None:
        """Show a story's photos; late results for the previous one are dropped.

        Call it again with the object ``StoryRepository.save`` returned: the same story
        (same ``uuid``) keeps its selected photo, and edits go to the new object.
        """
        same = story is not None and self._story is not None and story.uuid == self._story.uuid
        keep_row = self.strip.currentRow() if same else 0
        self._generation += 1
        self._story = story
        self._photos.clear()
        self._thumbs.clear()
        with QSignalBlocker(self.strip):
            self.strip.clear()
        if story is not None:
            for photo in story.photos:
                self._add_item(photo)
        if not same:
            self._removed = None
            self._set_message([])
        self._refresh_items()
        count = self.strip.count()
        self.strip.setCurrentRow(min(max(keep_row, 0), count - 1) if count else -1)
        self._show_current(self.strip.currentRow())

    def current_index(self) -> int:
        """Index in ``story.photos`` of the selected photo, -1 when none."""
        return self.strip.currentRow()

    def current_photo(self) -> Photo | None:
        """The selected photo."""
        item = self.strip.currentItem()
        return self._photos.get(item.data(KEY_ROLE)) if item is not None else None

    def is_busy(self) -> bool:
        """True while photos are being imported, thumbnailed or checked."""
        return self._imports.busy or self._jobs.busy

    def wait_for_jobs(self, msecs: int = 30_000) -> None:
        """Block until the worker threads are done (before closing, and in tests)."""
        self._imports.wait(msecs)
        self._jobs.wait(msecs)

    def add_files(self, paths: Iterable[Path]) -> None:
        """Check, store and append photo files (in the background, in the given order)."""
        self._set_message([])
        for path in paths:
            path = Path(path)
            self._imports.submit(
                self._generation, path.name, lambda p=path: self._library.import_file(p)
            )

    def add_image(self, image: QImage) -> None:
        """Append a pasted or dropped image (stored as a lossless PNG)."""
        self._set_message([])
        name = f"tempelan-{datetime.now():%Y%m%d-%H%M%S}.png"
        copy = image.copy()
        self._imports.submit(
            self._generation,
            name,
            lambda: self._library.import_bytes(_png_bytes(copy), name),
        )

    def paste(self) -> None:
        """Add photos from the clipboard: copied files, or image data from a browser."""
        files, image = external_payload(QGuiApplication.clipboard().mimeData())
        if files:
            self.add_files(files)
        elif image is not None:
            self.add_image(image)
        else:
            self._set_message([self.tr("Papan klip tidak berisi foto.")])

    def remove_current(self) -> None:
        """Take the selected photo out of the story."""
        row = self.strip.currentRow()
        if self._story is None or row < 0:
            return
        removed = self._story.photos[row]
        was_lead = row == photo_list.lead_index(self._story.photos)
        with QSignalBlocker(self.strip):
            item = self.strip.takeItem(row)
            if item is not None:
                self._photos.pop(item.data(KEY_ROLE), None)
            del self._story.photos[row]
            photo_list.normalise_lead(self._story.photos)
            self.strip.setCurrentRow(min(row, self.strip.count() - 1))
        self._removed = (row, removed, was_lead)
        self._changed()
        self._show_current(self.strip.currentRow())
        name = removed.filename or self.tr("tanpa nama")
        notice = self.tr("Foto “%1” dihapus dari berita ini.").replace("%1", name)
        self._set_message([notice], undo=True)

    def undo_remove(self) -> None:
        """Put the last removed photo back where it was (with its lead status)."""
        if self._story is None or self._removed is None:
            return
        row, photo, was_lead = self._removed
        self._removed = None
        row = min(row, len(self._story.photos))
        self._story.photos.insert(row, photo)
        if was_lead:
            photo_list.set_lead(self._story.photos, row)
        else:
            photo.is_lead = False
        with QSignalBlocker(self.strip):
            item = self._add_item(photo)
            self.strip.takeItem(self.strip.row(item))
            self.strip.insertItem(row, item)
            self.strip.setCurrentRow(row)
        self._set_message([])
        self._changed()
        self._show_current(row)

    def make_current_lead(self) -> None:
        """Make the selected photo the story's lead photo."""
        row = self.strip.currentRow()
        if self._story is None or row < 0:
            return
        photo_list.set_lead(self._story.photos, row)
        self._changed()
        self._show_current(row)

    def open_large_preview(self) -> None:
        """Show the selected photo large (Enter or double-click on a thumbnail)."""
        photo = self.current_photo()
        if photo is None or not photo.sha256:
            return
        sha = photo.sha256
        self._jobs.submit(
            self._generation, ("zoom", sha), lambda: self._library.thumbnail(sha, LARGE_EDGE)
        )

    def move_current(self, delta: int) -> None:
        """Move the selected photo up (-1) or down (+1), as drag and drop would."""
        row = self.strip.currentRow()
        target = row + delta
        if self._story is None or row < 0 or not 0 <= target < self.strip.count():
            return
        with QSignalBlocker(self.strip):
            item = self.strip.takeItem(row)
            self.strip.insertItem(target, item)
            self.strip.setCurrentRow(target)
        self._sync_order()

    # -- items ----------------------------------------------------------------------------

    def _add_item(self, photo: Photo) -> QListWidgetItem:
        key = self._next_key
        self._next_key += 1
        self._photos[key] = photo
        item = QListWidgetItem()
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.strip.addItem(item)
        if photo.sha256:
            cached = self._library.thumbnails.cached(photo.sha256)
            if cached is not None:
                self._thumbs[key] = QPixmap(str(cached))
            else:
                sha = photo.sha256
                self._jobs.submit(
                    self._generation, ("thumb", key), lambda: self._library.thumbnail(sha)
                )
        return item

    def _refresh_items(self) -> None:
        for row in range(self.strip.count()):
            self._refresh_item(self.strip.item(row), row)
        total = self.strip.count()
        self.count_label.setText(self.tr("%n foto", None, total) if total else "")
        has_current = self.strip.currentRow() >= 0
        for widget in (self.lead_button, self.remove_button):
            widget.setEnabled(has_current)

    def _refresh_item(self, item: QListWidgetItem, row: int) -> None:
        photo = self._photos[item.data(KEY_ROLE)]
        result = check_photo(photo)
        caption = " ".join(photo.caption.split()) or self.tr("(belum ada keterangan)")
        if len(caption) > 90:
            caption = caption[:88].rstrip() + "…"
        credit = photo.credit or self.tr("Kredit belum diisi")
        item.setText(f"{row + 1}. {caption}\n{credit}")
        is_lead = self._story is not None and row == photo_list.lead_index(self._story.photos)
        pixmap = decorated_thumbnail(
            self._thumbs.get(item.data(KEY_ROLE), QPixmap()),
            result.needs_attention,
            is_lead,
            self,
            self.tr("UTAMA"),
        )
        item.setIcon(pixmap)
        warnings = result.warnings()
        item.setToolTip("\n".join(warnings) if warnings else photo.filename)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "; ".join(warnings))

    def _on_rows_moved(self) -> None:
        self._sync_order()

    def _sync_order(self) -> None:
        if self._story is None:
            return
        rows = range(self.strip.count())
        order = [self._photos[self.strip.item(row).data(KEY_ROLE)] for row in rows]
        if len(order) != len(self._story.photos):
            return  # mid-way through an insert or removal; the final signal comes later
        if any(a is not b for a, b in zip(order, self._story.photos, strict=True)):
            self._story.photos[:] = order
            self._changed()

    def _changed(self) -> None:
        self._refresh_items()
        self.photosChanged.emit()

    # -- the selected photo ---------------------------------------------------------------

    def _show_current(self, row: int) -> None:
        photo = self.current_photo() if row >= 0 else None
        lead = photo_list.lead_index(self._story.photos) if self._story else None
        self.fields.show_photo(photo, row == lead)
        self.info_label.setText(self._describe(photo) if photo else "")
        self._extra = {}
        self.preview.show_message(
            self.tr("Memuat pratinjau…") if photo is not None else self.tr("Tidak ada foto")
        )
        if photo is not None and photo.sha256:
            sha = photo.sha256
            self._jobs.submit(
                self._generation,
                ("preview", sha),
                lambda: self._library.thumbnail(sha, PREVIEW_EDGE),
            )
        self._refresh_items()
        self._run_checks()

    def _describe(self, photo: Photo) -> str:
        meta = photo.metadata
        parts = [f"{photo.width} × {photo.height} px"] if photo.width else []
        camera = meta.get("camera_model") or meta.get("camera_make")
        if camera:
            parts.append(str(camera))
        if photo.taken_at is not None:
            parts.append(photo.taken_at.strftime("%d-%m-%Y %H.%M"))
        if photo.filename:
            parts.append(photo.filename)
        text = " · ".join(parts)
        if meta.get("has_gps"):
            text += "\n" + self.tr("Berkas asli memuat lokasi GPS; lokasi tidak ikut diterbitkan.")
        return text

    def _edited(self, field: str, value: str) -> None:
        photo = self.current_photo()
        if photo is None:
            return
        setattr(photo, field, value)
        row = self.strip.currentRow()
        self._refresh_item(self.strip.item(row), row)
        self._check_timer.start()
        self.photosChanged.emit()

    def _lead_toggled(self, checked: bool) -> None:
        row = self.strip.currentRow()
        if self._story is None or row < 0:
            return
        if checked:
            photo_list.set_lead(self._story.photos, row)
        else:
            # A story with photos always has a lead: unticking hands it to the first other.
            self._story.photos[row].is_lead = False
            others = [i for i in range(len(self._story.photos)) if i != row]
            if others:
                photo_list.set_lead(self._story.photos, others[0])
            else:
                self._story.photos[row].is_lead = True
                self.fields.set_lead_checked(True)
        self._changed()

    # -- checks ---------------------------------------------------------------------------

    def current_check(self) -> PhotoCheck:
        """Caption rules and the optional checker's findings for the selected photo."""
        photo = self.current_photo()
        result = check_photo(photo) if photo is not None else PhotoCheck()
        for name, extra in self._extra.items():
            setattr(result, name, sort_findings([*getattr(result, name), *extra]))
        return result

    def _run_checks(self) -> None:
        self._check_timer.stop()
        self._check_revision += 1
        self._show_findings()
        photo = self.current_photo()
        if self._checker is None or photo is None:
            return
        checker = self._checker
        texts = {"caption": photo.caption, "alt_text": photo.alt_text}
        self._jobs.submit(
            self._generation,
            ("check", self._check_revision, id(photo)),
            lambda: {name: checker.check(text, name) for name, text in texts.items()},
        )

    def _show_findings(self) -> None:
        self.fields.show_findings(self.current_check())

    # -- job results ----------------------------------------------------------------------

    def _on_imported(self, token: object, _name: object, photo: object) -> None:
        if token != self._generation or self._story is None or not isinstance(photo, Photo):
            return
        self._story.photos.append(photo)
        photo_list.normalise_lead(self._story.photos)
        self._add_item(photo)
        self._changed()
        self.strip.setCurrentRow(self.strip.count() - 1)

    def _on_import_failed(self, token: object, name: object, message: str) -> None:
        if token != self._generation:
            return
        label = self.tr("Foto “%1” tidak ditambahkan: %2").replace("%1", str(name))
        self._set_message([*self.messages, label.replace("%2", message)])

    def _on_job_finished(self, token: object, tag: object, result: object) -> None:
        if token != self._generation or not isinstance(tag, tuple):
            return
        kind = tag[0]
        if kind == "thumb" and isinstance(result, Path):
            self._thumbs[tag[1]] = QPixmap(str(result))
            self._refresh_items()
        elif kind == "preview" and isinstance(result, Path):
            photo = self.current_photo()
            if photo is not None and photo.sha256 == tag[1]:
                self.preview.show_pixmap(QPixmap(str(result)))
        elif kind == "zoom" and isinstance(result, Path):
            photo = self.current_photo()
            if photo is not None and photo.sha256 == tag[1]:
                self.preview_dialog = PhotoPreviewDialog(
                    QPixmap(str(result)), photo.caption, photo.credit, self
                )
                self.preview_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.preview_dialog.show()
        elif kind == "check" and isinstance(result, dict):
            photo = self.current_photo()
            if tag[1] == self._check_revision and photo is not None and id(photo) == tag[2]:
                self._extra = result
                self._show_findings()

    def _on_job_failed(self, token: object, tag: object, message: str) -> None:
        if token == self._generation and isinstance(tag, tuple) and tag[0] != "check":
            self._set_message([*self.messages, message])

    def _set_message(self, messages: list[str], undo: bool = False) -> None:
        self.messages = messages
        links = [f"<a href='#tutup'>{self.tr('Tutup')}</a>"]
        if undo:
            links.insert(0, f"<a href='#urungkan'>{self.tr('Urungkan')}</a>")
        self.message_label.setText(
            "<br>".join(escape(m) for m in messages) + " &nbsp;" + " &nbsp;".join(links)
        )
        self.message_label.setStyleSheet(_NOTICE_STYLE if undo else _ERROR_STYLE)
        self.message_label.setVisible(bool(messages))

    def _on_message_link(self, link: str) -> None:
        if link == "#urungkan":
            self.undo_remove()
        else:
            self._set_message([])

    # -- drops anywhere on the panel ------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept photo files and images dropped outside the thumbnail list too."""
        files, image = external_payload(event.mimeData())
        if files or image is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the drag moves over the panel."""
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Import what was dropped, as on the thumbnail list."""
        files, image = external_payload(event.mimeData())
        if files:
            self.add_files(files)
        elif image is not None:
            self.add_image(image)
        event.acceptProposedAction()

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Tambah foto"),
            "",
            self.tr("Foto (%1)").replace("%1", file_dialog_filter()),
        )
        self.add_files(Path(name) for name in names)
