"""A large view of one photo with its caption and credit, as the reader will see them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class PhotoPreviewDialog(QDialog):
    """The photo fitted to the dialog (never enlarged), caption and credit below."""

    def __init__(
        self, pixmap: QPixmap, caption: str, credit: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pratinjau foto"))
        self._source = pixmap
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setMinimumSize(320, 240)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image_label.setStyleSheet("QLabel { background: #20242a; }")
        self.caption_label = QLabel(caption)
        self.caption_label.setWordWrap(True)
        self.credit_label = QLabel(credit)
        self.credit_label.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        buttons = QDialogButtonBox()
        close = QPushButton(self.tr("Tutup"))
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image_label, 1)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.credit_label)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.85
        wanted = pixmap.size() + QSize(24, 140)
        self.resize(wanted.boundedTo(room).expandedTo(QSize(480, 400)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the photo to the space it has."""
        super().resizeEvent(event)
        room = self.image_label.size()
        shown = self._source
        if shown.width() > room.width() or shown.height() > room.height():
            shown = shown.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.image_label.setPixmap(shown)


class FittedPhoto(QLabel):
    """A picture that always fits its area (never enlarged), or a line of text instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setStyleSheet("QLabel { background: #20242a; color: #c8ced6; }")

    def show_pixmap(self, pixmap: QPixmap) -> None:
        """Show ``pixmap`` fitted to the current size."""
        self._source = pixmap
        self._fit()

    def show_message(self, text: str) -> None:
        """Show a line of text (loading, nothing selected) instead of a picture."""
        self._source = QPixmap()
        self.setPixmap(QPixmap())
        self.setText(text)

    def has_picture(self) -> bool:
        """True once a picture is shown."""
        return not self._source.isNull()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit on every size change."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._source.isNull():
            return
        room = self.contentsRect().size()
        shown = self._source
        if shown.width() > room.width() or shown.height() > room.height():
            shown = shown.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.setPixmap(shown)
