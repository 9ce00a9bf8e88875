"""The caption, credit and alt-text editors of one photo, each with its findings below it.

A thin widget: it shows a photo's fields, reports edits as ``edited(field, value)`` and
draws the findings it is given, each with a one-click fix when the rule offers one.  The
panel owns the photo, decides when to check and what the lead is.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from redaksi.language.findings import Finding, Level
from redaksi.media.caption_rules import PhotoCheck
from redaksi.story.model import Photo

LEVEL_COLOURS = {
    Level.ERROR: "#c62828",
    Level.WARNING: "#b26a00",
    Level.SUGGESTION: "#55606e",
    Level.INFO: "#55606e",
}
CHECKED_FIELDS = ("caption", "credit", "alt_text")


def utf16_index(text: str, index: int) -> int:
    """Qt counts UTF-16 code units; findings count code points."""
    return len(text[:index].encode("utf-16-le")) // 2


class PhotoFields(QWidget):
    """Caption, credit, alt text, photographer, place and the lead-photo switch."""

    edited = Signal(str, str)  # field name on Photo, new value
    leadToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = PhotoCheck()
        self.caption_edit = QPlainTextEdit()
        self.caption_edit.setPlaceholderText(
            self.tr("KATA KUNCI – Siapa, sedang apa, di mana, kapan.")
        )
        self.credit_edit = QLineEdit()
        self.credit_edit.setPlaceholderText(self.tr("FOTO: ANTARA/Nama Pewarta Foto"))
        self.alt_edit = QPlainTextEdit()
        self.alt_edit.setPlaceholderText(
            self.tr("Apa yang terlihat di foto, untuk pembaca tunanetra.")
        )
        for box, lines in ((self.caption_edit, 3.6), (self.alt_edit, 2.6)):
            box.setTabChangesFocus(True)
            box.setFixedHeight(int(box.fontMetrics().lineSpacing() * lines + 12))
        self.photographer_edit = QLineEdit()
        self.place_edit = QLineEdit()
        self.lead_check = QCheckBox(self.tr("Foto utama berita ini"))
        self.finding_labels: dict[str, QLabel] = {}
        for name in CHECKED_FIELDS:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.linkActivated.connect(self._apply_fix)
            label.hide()
            self.finding_labels[name] = label
        self._lay_out()
        self.caption_edit.textChanged.connect(
            lambda: self.edited.emit("caption", self.caption_edit.toPlainText())
        )
        self.alt_edit.textChanged.connect(
            lambda: self.edited.emit("alt_text", self.alt_edit.toPlainText())
        )
        self.credit_edit.textChanged.connect(lambda text: self.edited.emit("credit", text))
        self.photographer_edit.textChanged.connect(
            lambda text: self.edited.emit("photographer", text)
        )
        self.place_edit.textChanged.connect(lambda text: self.edited.emit("place", text))
        self.lead_check.toggled.connect(self.leadToggled)

    def _lay_out(self) -> None:
        # A grid, not a QFormLayout: wrapped findings need height-for-width to be honoured.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        rows = [
            (self.tr("Keterangan"), self._with_findings(self.caption_edit, "caption")),
            (self.tr("Kredit"), self._with_findings(self.credit_edit, "credit")),
            (self.tr("Teks alternatif"), self._with_findings(self.alt_edit, "alt_text")),
            (self.tr("Fotografer"), self.photographer_edit),
            (self.tr("Tempat"), self.place_edit),
            ("", self.lead_check),
        ]
        for row, (text, field_widget) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(field_widget)
            label.setContentsMargins(0, 4, 0, 0)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(field_widget, row, 1)

    def _with_findings(self, field_widget: QWidget, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(field_widget)
        column.addWidget(self.finding_labels[name])
        return box

    def show_photo(self, photo: Photo | None, is_lead: bool) -> None:
        """Fill the editors without reporting it as an edit."""
        self.setEnabled(photo is not None)
        widgets = (
            self.caption_edit,
            self.credit_edit,
            self.alt_edit,
            self.photographer_edit,
            self.place_edit,
            self.lead_check,
        )
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.caption_edit.setPlainText(photo.caption if photo else "")
        self.credit_edit.setText(photo.credit if photo else "")
        self.alt_edit.setPlainText(photo.alt_text if photo else "")
        self.photographer_edit.setText(photo.photographer if photo else "")
        self.place_edit.setText(photo.place if photo else "")
        self.lead_check.setChecked(photo is not None and is_lead)
        del blockers

    def set_lead_checked(self, checked: bool) -> None:
        """Show the lead state decided elsewhere, without a ``leadToggled``."""
        with QSignalBlocker(self.lead_check):
            self.lead_check.setChecked(checked)

    def show_findings(self, check: PhotoCheck) -> None:
        """Draw each field's findings under it; fields without findings show nothing."""
        self._check = check
        for name in CHECKED_FIELDS:
            findings = getattr(check, name)
            label = self.finding_labels[name]
            label.setText(self._findings_html(name, findings))
            label.setVisible(bool(findings))

    def _findings_html(self, field: str, findings: list[Finding]) -> str:
        lines = []
        for index, finding in enumerate(findings):
            colour = LEVEL_COLOURS[finding.level]
            line = f"<span style='color:{colour}'>●</span> {escape(finding.message)}"
            if finding.replacements:
                shown = finding.replacements[0].strip() or finding.replacements[0]
                href = f"fix:{field}:{index}:{finding.start}:{finding.end}"
                label = self.tr("Ganti")
                line += f" <a href='{href}'>{label}: “{escape(shown)}”</a>"
            lines.append(line)
        return "<br>".join(lines)

    def _apply_fix(self, link: str) -> None:
        _, field, index, start, end = [*link.split(":"), "", ""][:5]
        findings = getattr(self._check, field)
        if int(index) >= len(findings):
            return
        finding = findings[int(index)]
        if start and (str(finding.start), str(finding.end)) != (start, end):
            return  # the text changed since the link was drawn; a fresh check follows
        replacement = finding.replacements[0]
        # Edit through the widgets (not the photo) so the change lands in their undo history.
        if field == "credit":
            text = self.credit_edit.text()
            first, last = utf16_index(text, finding.start), utf16_index(text, finding.end)
            self.credit_edit.setSelection(first, last - first)
            self.credit_edit.insert(replacement)
            return
        box = self.caption_edit if field == "caption" else self.alt_edit
        text = box.toPlainText()
        cursor = box.textCursor()
        cursor.setPosition(utf16_index(text, finding.start))
        cursor.setPosition(utf16_index(text, finding.end), cursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
