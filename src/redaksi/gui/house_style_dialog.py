"""Gaya selingkung: an editor switches rule sets and rules, changes levels, adds substitutions.

Everything is stored in the newsroom database (``HouseStyleRepository``), so every desk's
next check follows it.  The dialog edits a plain ``HouseStyle`` value and writes it once on
"Simpan"; cancelling changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from redaksi.language.findings import Level
from redaksi.language.style.config import HouseStyle, HouseSubstitution, RuleOverride
from redaksi.language.style.loader import load_rule_sets
from redaksi.store.house_style import HouseStyleError, HouseStyleRepository

if TYPE_CHECKING:
    from redaksi.store.store import Store

LEVELS = (Level.ERROR, Level.WARNING, Level.SUGGESTION)
LEVEL_LABELS = {Level.ERROR: "Galat", Level.WARNING: "Peringatan", Level.SUGGESTION: "Saran"}
RULE_ROLE = Qt.ItemDataRole.UserRole
SET_ROLE = Qt.ItemDataRole.UserRole + 1


class HouseStyleDialog(QDialog):
    """Rule sets with their rules (on/off, level) and the newsroom's own substitutions."""

    def __init__(self, store: Store, user_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gaya selingkung"))
        self.resize(860, 620)
        self._repo = HouseStyleRepository(store.sessions)
        self._user_id = user_id
        self.house = self._repo.load()
        self._levels: dict[str, QComboBox] = {}
        tabs = QTabWidget()
        tabs.addTab(self._rules_page(), self.tr("Aturan"))
        tabs.addTab(self._substitutions_page(), self.tr("Padanan redaksi"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Perubahan berlaku untuk semua meja redaksi pada pemeriksaan berikutnya. "
                "Matikan set atau aturan yang tidak dipakai, ubah tingkatnya, "
                "atau tambahkan padanan khas redaksi."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # -- rules --------------------------------------------------------------------------------
    def _rules_page(self) -> QWidget:
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Set / aturan"), self.tr("Tingkat"), self.tr("Norma")])
        self.tree.setColumnWidth(0, 430)
        self.tree.setColumnWidth(1, 130)
        for rule_set in load_rule_sets():
            top = QTreeWidgetItem([rule_set.title, "", ""])
            top.setData(0, SET_ROLE, rule_set.name)
            top.setToolTip(0, rule_set.description)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = self.house.set_enabled(rule_set.name)
            top.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(top)
            for rule in rule_set.rules:
                override = self.house.override(rule.id)
                label = f"{rule.short}  ·  {rule.id}" if rule.short else rule.id
                norm = rule.norm.replace("“{replacement}”", "…").replace("{replacement}", "…")
                item = QTreeWidgetItem([label, "", norm])
                item.setData(0, RULE_ROLE, rule.id)
                item.setToolTip(0, f"{rule.id}: {rule.description or rule.message}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                enabled = override.enabled if override else True
                item.setCheckState(0, Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
                top.addChild(item)
                combo = QComboBox()
                for level in LEVELS:
                    combo.addItem(self.tr(LEVEL_LABELS[level]), level.value)
                current = override.level if override and override.level else rule.level
                combo.setCurrentIndex(max(0, combo.findData(current.value)))
                combo.setProperty("default", rule.level.value)
                self.tree.setItemWidget(item, 1, combo)
                self._levels[rule.id] = combo
        return self.tree

    # -- substitutions ------------------------------------------------------------------------
    def _substitutions_page(self) -> QWidget:
        page = QWidget()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ditulis"), self.tr("Seharusnya"), self.tr("Pesan")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for sub in self.house.substitutions:
            self._add_row(sub.pattern, sub.replacement, sub.message)
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText(self.tr("mis. Pemkot"))
        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText(self.tr("mis. Pemerintah Kota"))
        add = QPushButton(self.tr("Tambah"))
        add.clicked.connect(self.add_substitution)
        remove = QPushButton(self.tr("Hapus yang dipilih"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row = QHBoxLayout()
        for widget in (self.pattern, self.replacement, add, remove):
            row.addWidget(widget)
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return page

    def _add_row(self, pattern: str, replacement: str, message: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((pattern, replacement, message)):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def add_substitution(self) -> None:
        """Add the typed pair to the table (stored on "Simpan")."""
        pattern, replacement = self.pattern.text().strip(), self.replacement.text().strip()
        if not pattern or not replacement or pattern.lower() == replacement.lower():
            self.message.setText(self.tr("Isi bentuk yang ditulis dan penggantinya (berbeda)."))
            return
        self._add_row(pattern, replacement)
        self.pattern.clear()
        self.replacement.clear()
        self.message.clear()

    # -- saving -------------------------------------------------------------------------------
    def edited_house_style(self) -> HouseStyle:
        """The house style as the dialog shows it now."""
        house = HouseStyle(substitutions=self.house.substitutions)
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top.checkState(0) != Qt.CheckState.Checked:
                house = house.with_set(top.data(0, SET_ROLE), False)
            for child_index in range(top.childCount()):
                item = top.child(child_index)
                rule_id = item.data(0, RULE_ROLE)
                enabled = item.checkState(0) == Qt.CheckState.Checked
                combo = self._levels[rule_id]
                chosen = combo.currentData()
                level = Level(chosen) if chosen != combo.property("default") else None
                if not enabled or level is not None:
                    house = house.with_rule(RuleOverride(rule_id, enabled, level))
        substitutions = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(3)]
            pattern, replacement, message = (c.text().strip() if c else "" for c in cells)
            if pattern and replacement:
                substitutions.append(HouseSubstitution(pattern, replacement, message))
        return house.with_substitutions(tuple(substitutions))

    def save(self) -> None:
        """Write the house style for every desk, then close."""
        try:
            self._repo.replace_all(self.edited_house_style(), self._user_id)
        except HouseStyleError as error:
            self.message.setText(str(error))
            return
        self.accept()
