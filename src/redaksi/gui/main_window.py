"""Main window: the story library beside the story being read or edited."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
)

from redaksi.store.store import Store


class MainWindow(QMainWindow):
    """Library list on the left, the selected story on the right."""

    def __init__(self, store: Store, user_id: int) -> None:
        super().__init__()
        self._store = store
        self._user_id = user_id
        self.setWindowTitle(self.tr("Redaksi"))
        self.library = QListWidget()
        self.viewer = QTextBrowser()
        splitter = QSplitter()
        splitter.addWidget(self.library)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.library.currentItemChanged.connect(self._show_selected)
        self.reload()

    def reload(self) -> None:
        """Refill the library from the store."""
        self.library.clear()
        for summary in self._store.stories.list():
            item = QListWidgetItem(f"{summary.headline}\n{summary.status.label}")
            item.setData(256, summary.id)
            self.library.addItem(item)
        if self.library.count():
            self.library.setCurrentRow(0)

    def _show_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.viewer.clear()
            return
        story = self._store.stories.load(int(item.data(256)))
        self.viewer.setPlainText(
            "\n\n".join([story.headline, story.lead, *(p.text for p in story.paragraphs)])
        )
