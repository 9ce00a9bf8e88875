"""Fusion style with a calm newsroom palette that follows the system's light or dark choice."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from redaksi.story.status import Status

UI_FONTS = ["Inter", "Segoe UI", "Noto Sans", "Cantarell", "Helvetica Neue", "DejaVu Sans"]
TEXT_FONTS = ["Source Serif 4", "Noto Serif", "Georgia", "Cambria", "DejaVu Serif"]


@dataclass(frozen=True)
class Tones:
    """The few colours the window is painted with."""

    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    accent: str
    border: str
    highlight_text: str
    dark: bool


LIGHT = Tones(
    window="#f3f1ec",
    base="#ffffff",
    alt_base="#f8f7f4",
    text="#1d1d1f",
    muted="#6b6a66",
    accent="#b3261e",
    border="#dcd8cf",
    highlight_text="#ffffff",
    dark=False,
)
DARK = Tones(
    window="#1e1f22",
    base="#26272b",
    alt_base="#2b2d31",
    text="#e8e6e3",
    muted="#9a9893",
    accent="#ef6b5f",
    border="#3a3b40",
    highlight_text="#ffffff",
    dark=True,
)

# Status pill colours (background, text) for light and dark palettes.
STATUS_COLOURS: dict[Status, tuple[str, str, str]] = {
    # status: (light background, dark background, text on both)
    Status.DRAF: ("#e6e4df", "#3a3b40", "#55534e"),
    Status.DIAJUKAN: ("#dbe8fb", "#1f3556", "#1d4f91"),
    Status.DISUNTING: ("#fbeccb", "#4a3a14", "#8a5a00"),
    Status.DIKEMBALIKAN: ("#fadcd9", "#4d2220", "#a1261c"),
    Status.DISETUJUI: ("#d7f0de", "#1d3d27", "#1f7a3a"),
    Status.TERBIT: ("#1f7a3a", "#2e8b4a", "#ffffff"),
    Status.ARSIP: ("#ecebe8", "#2f3034", "#8a8883"),
}


def status_colours(status: Status, dark: bool) -> tuple[QColor, QColor]:
    """Background and text colour of a status pill."""
    light_bg, dark_bg, fg = STATUS_COLOURS[status]
    text = QColor(fg)
    if dark and status not in (Status.TERBIT,):
        text = QColor(fg).lighter(170)
    return QColor(dark_bg if dark else light_bg), text


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def current_tones(theme: str) -> Tones:
    """Tones for a preference of ``system``, ``light`` or ``dark``."""
    if theme == "dark":
        return DARK
    if theme == "light":
        return LIGHT
    return DARK if system_prefers_dark() else LIGHT


def build_palette(tones: Tones) -> QPalette:
    """A complete palette (disabled texts included) from the tones."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: tones.window,
        QPalette.ColorRole.WindowText: tones.text,
        QPalette.ColorRole.Base: tones.base,
        QPalette.ColorRole.AlternateBase: tones.alt_base,
        QPalette.ColorRole.ToolTipBase: tones.base,
        QPalette.ColorRole.ToolTipText: tones.text,
        QPalette.ColorRole.PlaceholderText: tones.muted,
        QPalette.ColorRole.Text: tones.text,
        QPalette.ColorRole.Button: tones.alt_base if tones.dark else "#faf9f6",
        QPalette.ColorRole.ButtonText: tones.text,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: tones.accent,
        QPalette.ColorRole.HighlightedText: tones.highlight_text,
        QPalette.ColorRole.Link: "#1d5fbf" if not tones.dark else "#7fb0ff",
        QPalette.ColorRole.Mid: tones.border,
        QPalette.ColorRole.Midlight: tones.border,
        QPalette.ColorRole.Dark: tones.border,
        QPalette.ColorRole.Light: tones.base,
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(tones.muted))
    return palette


def style_sheet(tones: Tones) -> str:
    """The few rules a palette cannot express: the editor column, headline, library header."""
    selection = "#3a2a2a" if tones.dark else "#f6e3e1"
    return f"""
QSplitter::handle {{ background: {tones.border}; }}
QMainWindow::separator {{ background: {tones.border}; width: 1px; height: 1px; }}
QDockWidget {{ font-weight: 600; }}
QDockWidget::title {{ padding: 6px 10px; background: {tones.window};
    border-bottom: 1px solid {tones.border}; }}
QTabBar::tab {{ padding: 6px 12px; border: none; background: transparent;
    color: {tones.muted}; }}
QTabBar::tab:selected {{ color: {tones.text}; border-bottom: 2px solid {tones.accent}; }}
#LibraryView {{ background: {tones.window}; }}
#LibraryView QTableView {{ background: {tones.base}; border: 1px solid {tones.border};
    border-radius: 6px; gridline-color: {tones.border};
    selection-background-color: {selection}; selection-color: {tones.text}; }}
#LibraryView QHeaderView::section {{ background: {tones.base}; color: {tones.muted};
    border: none; border-bottom: 1px solid {tones.border}; padding: 6px 8px;
    font-weight: 600; }}
#titleLabel {{ font-size: 15pt; font-weight: 700; color: {tones.text}; }}
#countLabel, #infoLabel {{ color: {tones.muted}; }}
#StoryEditor, #StoryEditor #column {{ background: {tones.base}; }}
#headlineEdit {{ background: transparent; color: {tones.text}; border: none; }}
#subheadlineEdit {{ background: transparent; color: {tones.muted}; border: none; }}
#editorArea {{ background: {tones.base}; }}
#StoryEditor QLineEdit#datelinePlaceEdit, #StoryEditor QLineEdit#datelineOutletEdit,
#StoryEditor QLineEdit#bylineEdit, #StoryEditor QLineEdit#tagsEdit,
#StoryEditor QComboBox#categoryCombo {{
    border: 1px solid {tones.border}; border-radius: 4px; padding: 4px 6px;
    background: {tones.alt_base}; }}
#leadEdit {{ border: none; border-left: 3px solid {tones.accent}; background: {tones.alt_base};
    padding: 4px 8px; }}
#bodyEdit {{ border: none; border-top: 1px solid {tones.border}; background: {tones.base}; }}
#FindReplaceBar {{ background: {tones.alt_base}; border-top: 1px solid {tones.border}; }}
QStatusBar {{ background: {tones.window}; color: {tones.muted};
    border-top: 1px solid {tones.border}; }}
QStatusBar QLabel {{ color: {tones.muted}; padding: 0 8px; }}
QToolBar {{ background: {tones.window}; border: none; border-bottom: 1px solid {tones.border};
    spacing: 2px; padding: 3px 6px; }}
QToolBar QToolButton {{ padding: 4px 8px; border-radius: 4px; }}
QToolBar QToolButton:hover {{ background: {tones.border}; }}
QToolBar QToolButton:checked {{ background: {tones.border}; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {tones.border}; border-radius: 4px; min-height: 32px;
    margin: 2px; }}
QScrollBar::handle:vertical:hover {{ background: {tones.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 0; }}
QScrollBar::handle:horizontal {{ background: {tones.border}; border-radius: 4px; min-width: 32px;
    margin: 2px; }}
#FindingsPanel QTreeWidget {{ border: none; background: {tones.base}; }}
"""


def ui_font() -> QFont:
    """The interface font, with fallbacks so every platform gets a clean sans-serif."""
    font = QFont()
    font.setFamilies(UI_FONTS)
    font.setPointSizeF(10.0)
    return font


def text_font(point_size: float) -> QFont:
    """The reading font of the body: a serif meant for long text."""
    font = QFont()
    font.setFamilies(TEXT_FONTS)
    font.setPointSizeF(point_size)
    return font


def apply_theme(app: QApplication, theme: str) -> Tones:
    """Fusion style, palette and style sheet for ``theme``; returns the tones used."""
    app.setStyle("Fusion")
    tones = current_tones(theme)
    app.setPalette(build_palette(tones))
    app.setFont(ui_font())
    app.setStyleSheet(style_sheet(tones))
    return tones
