"""Every command of the main window as a ``QAction`` with its shortcut, and the menus."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from redaksi.gui.icons import ICON_SIZE, themed_icon

Key = QKeySequence.StandardKey


class MainActions(QObject):
    """Actions are created once here; the window connects them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        tr = self.tr
        self.new = self._make(tr("&Berita baru"), [Key.New], tr("Mulai berita baru"))
        self.open_file = self._make(tr("&Impor berkas…"), [Key.Open], tr("Impor berkas teks"))
        self.paste_story = self._make(
            tr("&Tempel sebagai berita baru"),
            [QKeySequence("Ctrl+Shift+V")],
            tr("Kenali naskah dari papan klip (halaman web, pengolah kata)"),
        )
        self.save = self._make(tr("&Simpan"), [Key.Save], tr("Simpan ke pustaka"))
        self.export = self._make(
            tr("&Ekspor HTML siap terbit…"), [QKeySequence("Ctrl+E")], tr("Ekspor berita")
        )
        self.publish_wordpress = self._make(
            tr("Terbitkan ke &WordPress…"),
            [QKeySequence("Ctrl+Shift+P")],
            tr("Kirim berita yang disetujui ke situs WordPress"),
        )
        self.wordpress_site = self._make(
            tr("Situs W&ordPress…"), tip=tr("Alamat situs, pengguna dan kata sandi aplikasi")
        )
        self.recover = self._make(tr("&Pulihkan tulisan yang belum tersimpan…"))
        self.quit = self._make(tr("&Keluar"), [Key.Quit])
        self.undo = self._make(tr("&Urungkan"), [Key.Undo])
        self.redo = self._make(tr("&Ulangi"), [QKeySequence("Ctrl+Y"), Key.Redo])
        self.find = self._make(tr("&Cari…"), [Key.Find])
        self.replace = self._make(tr("Cari dan &ganti…"), [QKeySequence("Ctrl+H")])
        self.bold = self._make(tr("&Tebal"), [Key.Bold], tr("Cetak tebal"), checkable=False)
        self.italic = self._make(
            tr("&Miring"), [Key.Italic], tr("Cetak miring (untuk kata asing)"), checkable=False
        )
        self.link = self._make(tr("Tau&tan…"), [QKeySequence("Ctrl+K")], tr("Sisipkan tautan"))
        self.quote = self._make(tr("&Kutipan"), [QKeySequence("Ctrl+Shift+Q")], tr("Blok kutipan"))
        self.subhead = self._make(
            tr("&Subjudul dalam teks"), [QKeySequence("Ctrl+Shift+H")], tr("Subjudul")
        )
        self.next_finding = self._make(
            tr("&Temuan berikutnya"), [QKeySequence(Qt.Key.Key_F7)], tr("Ke temuan berikutnya")
        )
        self.recheck = self._make(tr("&Periksa ulang seluruh berita"))
        self.house_style = self._make(
            tr("&Gaya selingkung…"), tip=tr("Atur aturan gaya dan padanan redaksi")
        )
        self.checks_enabled = self._make(tr("Periksa &sambil menulis"), checkable=True)
        self.zoom_in = self._make(tr("Per&besar teks"), [Key.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(tr("Per&kecil teks"), [Key.ZoomOut])
        self.zoom_reset = self._make(tr("&Ukuran asli"), [QKeySequence("Ctrl+0")])
        self.focus_mode = self._make(
            tr("Mode &fokus (layar penuh)"), [QKeySequence(Qt.Key.Key_F11)], checkable=True
        )
        self.show_library = self._make(
            tr("&Pustaka berita"), [QKeySequence("Ctrl+L")], checkable=True
        )
        self.recent_menu = QMenu(tr("Berkas &terbaru"), window)

    def _make(
        self,
        text: str,
        shortcuts: list[QKeySequence | QKeySequence.StandardKey] | None = None,
        tip: str = "",
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcuts:
            keys: list[QKeySequence] = []
            for shortcut in shortcuts:
                if isinstance(shortcut, QKeySequence):
                    keys.append(shortcut)
                else:
                    keys.extend(QKeySequence.keyBindings(shortcut))
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(
                f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
                if shortcuts
                else tip
            )
        action.setCheckable(checkable)
        self._window.addAction(action)
        return action

    def build_menus(self, view_menu_items: list[QAction]) -> QMenu:
        """Fill the menu bar; returns the View menu (panels add their toggles to it)."""
        bar = self._window.menuBar()
        tr = self.tr
        file_menu = bar.addMenu(tr("&Berkas"))
        file_menu.addActions([self.new, self.open_file, self.paste_story])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save)
        file_menu.addAction(self.export)
        file_menu.addActions([self.publish_wordpress, self.wordpress_site])
        file_menu.addAction(self.recover)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(tr("&Sunting"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find, self.replace])
        format_menu = bar.addMenu(tr("&Format"))
        format_menu.addActions([self.bold, self.italic, self.link])
        format_menu.addSeparator()
        format_menu.addActions([self.quote, self.subhead])
        check_menu = bar.addMenu(tr("&Periksa"))
        check_menu.addActions([self.next_finding, self.recheck])
        check_menu.addSeparator()
        check_menu.addAction(self.checks_enabled)
        check_menu.addAction(self.house_style)
        view_menu = bar.addMenu(tr("&Tampilan"))
        view_menu.addAction(self.show_library)
        view_menu.addActions(view_menu_items)
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view_menu.addSeparator()
        view_menu.addAction(self.focus_mode)
        return view_menu

    def icon_names(self) -> dict[QAction, str]:
        """Which SVG in ``resources/icons`` each toolbar action shows."""
        return {
            self.new: "new",
            self.save: "save",
            self.undo: "undo",
            self.redo: "redo",
            self.bold: "bold",
            self.italic: "italic",
            self.link: "link",
            self.quote: "quote",
            self.subhead: "subhead",
            self.find: "find",
            self.next_finding: "finding",
            self.focus_mode: "focus",
        }

    def apply_icons(self, text: QColor, muted: QColor) -> None:
        """(Re)paint the icons for the current palette."""
        for action, name in self.icon_names().items():
            action.setIcon(themed_icon(name, text, muted))

    def build_toolbar(self) -> QToolBar:
        """The editing toolbar above the story: labelled commands, icon-only formatting."""
        toolbar = QToolBar(self.tr("Alat sunting"), self._window)
        toolbar.setObjectName("editingToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, short in (
            (self.new, self.tr("Baru")),
            (self.focus_mode, self.tr("Mode fokus")),
            (self.subhead, self.tr("Subjudul")),
            (self.next_finding, self.tr("Temuan ›")),
            (self.link, self.tr("Tautan")),
            (self.find, self.tr("Cari")),
        ):
            action.setIconText(short)
        self.export.setIconText(self.tr("Ekspor"))
        self.publish_wordpress.setIconText(self.tr("Terbitkan"))
        toolbar.addActions([self.new, self.save, self.export, self.publish_wordpress])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.bold, self.italic, self.link, self.quote, self.subhead])
        toolbar.addSeparator()
        toolbar.addActions([self.find, self.next_finding])
        toolbar.addSeparator()
        toolbar.addAction(self.focus_mode)
        for action in (
            self.undo,
            self.redo,
            self.bold,
            self.italic,
            self.link,
            self.quote,
            self.subhead,
        ):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return toolbar
