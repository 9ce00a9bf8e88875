"""The story library: live search, status filter and sortable columns over the store."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QWidget,
)

from redaksi.gui.forms.ui_library_view import Ui_LibraryView
from redaksi.gui.library_delegates import (
    META_ROLE,
    STATUS_ROLE,
    HeadlineDelegate,
    StatusDelegate,
    row_height,
)
from redaksi.store.repository import StorySummary
from redaksi.store.store import Store
from redaksi.story.status import Status

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Below this table width the author moves from its column into the headline cell.
NARROW_WIDTH = 600
COLUMNS = ("headline", "status", "author", "updated")
SEARCH_DELAY_MS = 150
INDEX = QModelIndex | QPersistentModelIndex


def local_time(value: datetime) -> datetime:
    """Stored times are UTC (naive on SQLite); show them in the desk's time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


class LibraryModel(QAbstractTableModel):
    """Summaries as rows; sorting asks the store so it scales to large libraries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StorySummary] = []
        self._locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        self._headers = (self.tr("Judul"), self.tr("Status"), self.tr("Penulis"), self.tr("Diubah"))

    def set_rows(self, rows: list[StorySummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        """Stories listed."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: INDEX = QModelIndex()) -> int:  # noqa: B008
        """Headline, status, author, last change."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, story id and status for the delegate."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status.value  # plain str: a StrEnum does not survive QVariant
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "headline":
                return row.headline or self.tr("(tanpa judul)")
            if column == "status":
                return row.status.label
            if column == "author":
                return row.author
            return self.format_time(row.updated_at)
        if role == META_ROLE and column == "headline":
            return " · ".join(x for x in (row.author, row.category) if x)
        if role == Qt.ItemDataRole.ToolTipRole and column == "headline":
            return row.headline
        if role == Qt.ItemDataRole.ToolTipRole and column == "updated":
            return f"{local_time(row.updated_at):%d-%m-%Y %H.%M}"
        if role == Qt.ItemDataRole.FontRole and column == "headline":
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in ("author", "updated"):
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def format_time(self, value: datetime) -> str:
        """``14.05`` today, ``kemarin``, ``23 Nov`` this year, else ``23 Nov 2025``."""
        local = local_time(value)
        today = datetime.now().astimezone().date()
        if local.date() == today:
            return f"{local.hour:02d}.{local.minute:02d}"
        if (today - local.date()).days == 1:
            return self.tr("kemarin")
        month = self._locale.monthName(local.month, QLocale.FormatType.ShortFormat)
        if local.year == today.year:
            return f"{local.day} {month}"
        return f"{local.day} {month} {local.year}"

    def story_id(self, row: int) -> int:
        """Id of the story at ``row``."""
        return self.rows[row].id

    def row_of(self, story_id: int) -> int:
        """Row of ``story_id`` or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == story_id), -1)


class LibraryView(QWidget):
    """Search box, status filter and the table; emits the story the reporter opens."""

    storyActivated = Signal(int)
    trashRequested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LibraryView()
        self.ui.setupUi(self)
        self._store = store
        self.model = LibraryModel(self)
        self.delegate = StatusDelegate(self)
        self.headline_delegate = HeadlineDelegate(self)
        table = self.ui.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(COLUMNS.index("status"), self.delegate)
        table.setItemDelegateForColumn(COLUMNS.index("headline"), self.headline_delegate)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(row_height(table.font()))
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.installEventFilter(self)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 112), (2, 120), (3, 76)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(lambda *_: self.refresh())
        # Item data is never None: PySide6 6.12 returns an unowned None for it.
        self.ui.statusFilter.addItem(self.tr("Semua status"), "")
        for status in Status:
            self.ui.statusFilter.addItem(status.label, status.value)
        self.ui.statusFilter.currentIndexChanged.connect(lambda *_: self.refresh())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(lambda *_: self._search_timer.start())
        table.activated.connect(self._activate)
        table.clicked.connect(self._activate)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hide the author column when the table is narrow (the headline cell shows it)."""
        if watched is self.ui.table and event.type() == QEvent.Type.Resize:
            self.ui.table.setColumnHidden(
                COLUMNS.index("author"), self.ui.table.width() < NARROW_WIDTH
            )
        return super().eventFilter(watched, event)

    def refresh(self, select_id: int | None = None) -> None:
        """Query the store with the current search, filter and sort."""
        header = self.ui.table.horizontalHeader()
        column = COLUMNS[header.sortIndicatorSection()]
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        value = self.ui.statusFilter.currentData()
        rows = self._store.stories.list(
            search=self.ui.searchEdit.text(),
            statuses={Status(value)} if value else None,
            sort=column if column != "author" else "updated",
            descending=descending,
        )
        if column == "author":
            rows.sort(key=lambda r: r.author.casefold(), reverse=descending)
        keep = select_id if select_id is not None else self.current_id()
        self.model.set_rows(rows)
        self.ui.countLabel.setText(self.tr("%n berita", "", len(rows)))
        if keep is not None:
            self.select(keep)

    def set_status_filter(self, status: Status | None) -> None:
        """Show only stories in ``status`` (None: every status)."""
        index = self.ui.statusFilter.findData(status.value) if status else 0
        self.ui.statusFilter.setCurrentIndex(max(0, index))

    def current_id(self) -> int | None:
        """Id of the selected story."""
        index = self.ui.table.currentIndex()
        return self.model.story_id(index.row()) if index.isValid() else None

    def select(self, story_id: int) -> None:
        """Highlight ``story_id`` without opening it."""
        row = self.model.row_of(story_id)
        if row >= 0:
            self.ui.table.selectRow(row)

    def context_menu_for(self, row: int) -> QMenu:
        """The menu of the story in ``row``: open it or move it to the trash."""
        story_id = self.model.story_id(row)
        menu = QMenu(self)
        menu.addAction(self.tr("Buka"), lambda: self.storyActivated.emit(story_id))
        menu.addSeparator()
        menu.addAction(
            self.tr("Pindahkan ke tempat sampah"), lambda: self.trashRequested.emit(story_id)
        )
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.ui.table.indexAt(pos)
        if index.isValid():
            menu = self.context_menu_for(index.row())
            menu.exec(self.ui.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.storyActivated.emit(self.model.story_id(index.row()))
