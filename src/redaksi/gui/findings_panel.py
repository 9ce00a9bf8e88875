"""Side panel listing the story's findings, grouped by rule set with counts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from redaksi.gui.finding_marks import finding_colour
from redaksi.language.findings import CATEGORY_NAMES, Finding

LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Located:
    """A finding with where it is: which field and the document position of its block."""

    field: str  # "lead" or "body"
    block_position: int
    text: str
    finding: Finding


def group_name(finding: Finding) -> str:
    """The heading a finding is listed under."""
    return finding.rule_set or CATEGORY_NAMES.get(finding.category, str(finding.category))


class FindingsPanel(QWidget):
    """Grouped findings; activating one jumps to it in the editor."""

    findingActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindingsPanel")
        self.summary = QLabel(self)
        self.summary.setContentsMargins(10, 6, 10, 6)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.show_findings([])

    def show_findings(self, located: list[Located]) -> None:
        """Replace the list, keeping the groups the reporter had collapsed."""
        collapsed = {
            self.tree.topLevelItem(i).data(0, LOCATION_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if not self.tree.topLevelItem(i).isExpanded()
        }
        self.tree.clear()
        groups: dict[str, list[Located]] = defaultdict(list)
        for item in located:
            groups[group_name(item.finding)].append(item)
        for name in sorted(groups, key=lambda n: (-len(groups[n]), n)):
            top = QTreeWidgetItem([f"{name}  ({len(groups[name])})"])
            top.setData(0, LOCATION_ROLE, name)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for entry in groups[name]:
                word = entry.text[entry.finding.start : entry.finding.end]
                label = f"{word} — {entry.finding.short_message or entry.finding.message}"
                child = QTreeWidgetItem([label])
                child.setToolTip(0, entry.finding.message)
                child.setForeground(0, QBrush(finding_colour(entry.finding)))
                child.setData(0, LOCATION_ROLE, entry)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(name not in collapsed)
        total = len(located)
        if total:
            self.summary.setText(self.tr("%n temuan", "", total))
        else:
            self.summary.setText(self.tr("Tidak ada temuan. Tulisan bersih."))

    def _activate(self, item: QTreeWidgetItem) -> None:
        entry = item.data(0, LOCATION_ROLE)
        if isinstance(entry, Located):
            self.findingActivated.emit(entry)
