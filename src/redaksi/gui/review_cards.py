"""Small card widgets shared by the comments panel and the review queue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from redaksi.gui.review_style import BORDER, MUTED, QUOTE_BAR

CARD_STYLE = (
    "QFrame#{name} {{ background: {back}; border: 1px solid {border}; border-radius: 7px; }}"
)


def card(name: str, faded: bool = False) -> tuple[QFrame, QVBoxLayout]:
    """A rounded white card and its layout."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(
        CARD_STYLE.format(name=name, back="#faf9f7" if faded else "#ffffff", border=BORDER)
    )
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.setSpacing(5)
    return frame, layout


def muted_label(text: str, size: str = "9pt") -> QLabel:
    """Secondary text (who, when)."""
    label = QLabel(text)
    label.setStyleSheet(f"color: {MUTED}; font-size: {size}; border: none;")
    label.setWordWrap(True)
    return label


def body_label(text: str, rich: bool = False) -> QLabel:
    """Wrapped, selectable main text of a card."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    label.setStyleSheet("border: none;")
    return label


def quote_label(html: str) -> QLabel:
    """Quoted text with a coloured bar on its left, like a margin note."""
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(
        f"border: none; border-left: 3px solid {QUOTE_BAR}; padding: 2px 0 2px 8px; "
        "background: #fdf7e6; color: #4a4433;"
    )
    return label


class CardList(QScrollArea):
    """A scrolling column of cards with an empty-state message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._inner = QWidget()
        self._inner.setObjectName("cardListInner")
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self.empty = muted_label("", "10pt")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(0, 24, 0, 0)
        self._layout.insertWidget(0, self.empty)

    def clear(self) -> None:
        """Remove every card."""
        while self._layout.count() > 2:
            item = self._layout.takeAt(1)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone at once, deleted on the next event-loop turn
                widget.deleteLater()

    def add(self, widget: QWidget) -> None:
        """Append a card above the stretch."""
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def set_empty_text(self, text: str, visible: bool) -> None:
        """Show ``text`` when there are no cards."""
        self.empty.setText(text)
        self.empty.setVisible(visible)
