"""The related-stories panel: find, suggest, add, place, order and check "Baca juga" links.

A thin widget over :class:`~redaksi.links.service.RelatedStories`.  Searches, suggestions
and link checks run on the thread pool with a snapshot of the story; only the newest
answer of each kind is shown.  The panel edits ``story.related`` through the core
operations in :mod:`redaksi.links.related` and emits :attr:`RelatedPanel.linksChanged`.

Standalone, the panel owns its story's list (``set_story``, ``links``).  In the
workstation it is attached to the story editor (:meth:`RelatedPanel.attach_editor`): the
body document then holds the list and the inline positions, shows markers and takes drops
(see :mod:`redaksi.gui.inline_links` for who owns what); the panel takes a fresh copy
before each edit and hands the result back.

Dragging a suggestion, a search result or a link of the list carries
:data:`~redaksi.links.transfer.RELATED_LINK_MIME` (decode with
:func:`~redaksi.links.transfer.decode_links`); dropped on the body it becomes an inline
link after the paragraph under the pointer.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from redaksi.links.related import (
    AFTER_LEAD,
    LinkError,
    add_link,
    external_link,
    find_link,
    move_link,
    place_link,
    remove_link,
)
from redaksi.links.transfer import decode_links, encode_links
from redaksi.story.model import RelatedLink, Story
from redaksi.story.status import Status

from .related_lists import (
    DETAIL_ROLE,
    PAYLOAD_ROLE,
    STORY_ID_ROLE,
    WARNING_ROLE,
    CandidateList,
    LinkList,
)
from .related_worker import LatestOnly

if TYPE_CHECKING:
    from redaksi.gui.inline_links import InlineLinks
    from redaksi.gui.panels import PanelContext
    from redaksi.gui.story_editor import StoryEditor
    from redaksi.language.findings import Finding
    from redaksi.links.search import SearchHit
    from redaksi.links.service import RelatedStories
    from redaksi.links.suggest import Suggestion

SEARCH_DELAY_MS = 250
SUGGEST_DELAY_MS = 700


class RelatedPanel(QWidget):
    """Search box, suggestions with their reasons, and the story's ordered links."""

    linksChanged = Signal()
    #: The workstation listens for this to mark the story as changed.
    storyEdited = Signal()

    def __init__(
        self,
        service: RelatedStories,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._story: Story | None = None
        self._current_paragraph: int | None = None
        self._findings: dict[int, list[Finding]] = {}
        self._inline: InlineLinks | None = None
        pool = pool or QThreadPool.globalInstance()
        self._pool = pool
        self._searches = LatestOnly(pool, self)
        self._suggestions = LatestOnly(pool, self)
        self._checks = LatestOnly(pool, self)
        self._build()
        self._search_timer = self._single_shot(SEARCH_DELAY_MS, self._start_search)
        self._suggest_timer = self._single_shot(SUGGEST_DELAY_MS, self.refresh_suggestions)
        self._searches.finished.connect(self._show_search)
        self._suggestions.finished.connect(self._show_suggestions)
        self._checks.finished.connect(self._show_findings)
        for runner in (self._searches, self._suggestions, self._checks):
            runner.failed.connect(self._show_error)
        self.set_story(None)

    # -- construction -------------------------------------------------------------------

    def _single_shot(self, delay: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Berita terkait"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Cari di pustaka…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._search_text_changed)
        layout.addWidget(self.search_box)

        self.candidates_label = QLabel()
        layout.addWidget(self.candidates_label)
        self.candidates = CandidateList()
        self.candidates.setAccessibleName(self.tr("Saran dan hasil pencarian"))
        # Activation is a double click (or a single one, by platform style) or Enter.
        self.candidates.itemActivated.connect(self._add_item)
        layout.addWidget(self.candidates, 3)

        row = QHBoxLayout()
        self.placement = QComboBox()
        self.placement.setToolTip(self.tr("Letak tautan baru atau tautan yang dipilih"))
        row.addWidget(self.placement, 1)
        self.add_button = QPushButton(self.tr("Tambahkan"))
        self.add_button.clicked.connect(self._add_selected)
        row.addWidget(self.add_button)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("Tautan di berita ini")))
        self.links_view = LinkList()
        self.links_view.moved.connect(self.move)
        self.links_view.dropped.connect(self.add_from_payload)
        self.links_view.currentRowChanged.connect(self._update_buttons)
        self.links_view.setAccessibleName(self.tr("Tautan di berita ini"))
        self.links_view.removeRequested.connect(self._remove_selected)
        layout.addWidget(self.links_view, 2)

        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Naik"))
        self.up_button.clicked.connect(lambda: self._shift(-1))
        self.down_button = QPushButton(self.tr("Turun"))
        self.down_button.clicked.connect(lambda: self._shift(1))
        self.place_button = QPushButton(self.tr("Pindahkan ke letak"))
        self.place_button.clicked.connect(self._place_selected)
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.remove_button.clicked.connect(self._remove_selected)
        for button in (self.up_button, self.down_button, self.place_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        external = QHBoxLayout()
        self.url_box = QLineEdit()
        self.url_box.setPlaceholderText(self.tr("https://… (tautan luar)"))
        self.url_title_box = QLineEdit()
        self.url_title_box.setPlaceholderText(self.tr("Judul tautan"))
        self.url_button = QPushButton(self.tr("Tambah tautan luar"))
        self.url_button.clicked.connect(self._add_external)
        external.addWidget(self.url_box, 3)
        external.addWidget(self.url_title_box, 2)
        external.addWidget(self.url_button)
        layout.addLayout(external)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)

    # -- workstation panel protocol (see redaksi.gui.panels) ----------------------------------

    @classmethod
    def from_context(cls, context: PanelContext) -> RelatedPanel:
        """The panel over the workstation's store."""
        from redaksi.links.service import RelatedStories

        return cls(RelatedStories.for_store(context.store))

    def attach_editor(self, editor: StoryEditor) -> None:
        """Keep the links in ``editor``'s body from now on, shown there as markers."""
        from .inline_links import InlineLinks

        inline = InlineLinks(editor.body, self)
        inline.linksRestored.connect(self._links_restored)
        inline.markerActivated.connect(self.select_link)
        inline.removeRequested.connect(self.remove_link_at)
        inline.toEndRequested.connect(self.move_link_to_end)
        inline.dropped.connect(self.drop_inline)
        self._inline = inline

    @property
    def inline(self) -> InlineLinks | None:
        """The body's link keeper, once attached to an editor."""
        return self._inline

    def show_story(self, story: Story | None) -> None:
        """Follow the story opened in the editor; the panel edits its own copy."""
        opened = copy.deepcopy(story) if story is not None else None
        if self._inline is not None:
            self._inline.load(opened.related if opened is not None else [])
            if opened is not None:
                opened.related = self._inline.current()
        self.set_story(opened)

    def story_saved(self, story: Story) -> None:
        """Adopt the saved story (link ids assigned by the store) without losing the view."""
        saved = copy.deepcopy(story)
        if self._inline is not None:
            self._inline.adopt_saved(saved.related)
            saved.related = self._inline.current()
        self.set_story(saved)

    def draft_changed(self, story: Story) -> None:
        """The reporter typed: suggest from the new text, keep the panel's links."""
        if self._story is None:
            return
        links = self._inline.current() if self._inline is not None else self._story.related
        self._story = copy.deepcopy(story)
        self._story.related = links
        if self._inline is not None:  # inline links moved with their paragraphs
            row = self.links_view.currentRow()
            self._refresh_links()
            self.links_view.setCurrentRow(row)
        self.story_changed()

    def apply_to(self, story: Story) -> None:
        """Fold the panel's links into the story the window is about to save."""
        if self._inline is not None:
            story.related = self._inline.current(record=False)
        elif self._story is not None:
            story.related = copy.deepcopy(self._story.related)

    # -- public API -----------------------------------------------------------------------

    def set_story(self, story: Story | None) -> None:
        """Show ``story``'s links and suggestions (``None`` empties the panel)."""
        self._story = story
        self._set_findings({})
        self._current_paragraph = None
        self.message.clear()
        self.candidates.clear()
        for runner in (self._suggestions, self._checks):
            runner.invalidate()
        enabled = story is not None
        for widget in (self.search_box, self.add_button, self.url_box, self.url_title_box):
            widget.setEnabled(enabled)
        self.url_button.setEnabled(enabled)
        self._fill_placements()
        self._refresh_links()
        if story is not None:
            self.refresh_suggestions()
            self._start_check()
        self._update_candidates_label()

    def story(self) -> Story | None:
        """The story whose links the panel edits."""
        return self._story

    def links(self) -> list[RelatedLink]:
        """The story's links in order."""
        return list(self._story.related) if self._story else []

    def story_changed(self) -> None:
        """The draft's text changed: refresh suggestions once the reporter pauses."""
        if self._story is None:
            return
        self._fill_placements()
        self._suggest_timer.start()

    def set_current_paragraph(self, index: int | None) -> None:
        """Offer "after this paragraph" as the placement for new links."""
        self._current_paragraph = index
        # Rows: the end list, after the lead, then one per paragraph.
        if index is not None and 0 <= index + 2 < self.placement.count():
            self.placement.setCurrentIndex(index + 2)

    def refresh_suggestions(self) -> None:
        """Ask for suggestions now, from a snapshot of the story."""
        if self._story is None:
            return
        snapshot = copy.deepcopy(self._story)
        self._suggestions.start(lambda: self._service.suggest(snapshot))

    def add_story(self, story_id: int, headline: str, position: int | None = None) -> bool:
        """Link a library story at the chosen placement; a refusal is shown, not raised.

        ``headline`` is the one the search or suggestion just read from the library, so
        no query runs on the GUI thread; the link check that follows (in a worker) flags
        a story that changed or went away in the meantime.
        """
        return self._add_link(RelatedLink(title=headline, story_id=story_id), position)

    def add_from_payload(self, payload: bytes, position: int | None = None) -> int:
        """Add the links of a drag payload (see :mod:`redaksi.links.transfer`).

        A link the story already has (a marker dragged from the text) moves to the end
        list, at ``position``.
        """
        added = 0
        for link in decode_links(payload):
            at = None if position is None else position + added
            self._fresh()
            existing = find_link(self._story, link) if self._story is not None else None
            if existing is not None:
                self._to_end_at(existing, at)
                added += 1
                continue
            added += int(self._add_link(link, at))
        return added

    def drop_inline(self, payload: bytes, after_paragraph: int) -> int:
        """Links dropped on the body: placed inline after ``after_paragraph``.

        New links are added; links the story has already (from the end list, or a marker
        dragged to another paragraph) move there.  Returns how many were placed.
        """
        if self._story is None:
            return 0
        self._fresh()
        placed, select, errors = 0, None, []
        for link in decode_links(payload):
            existing = find_link(self._story, link)
            try:
                if existing is None:
                    link.placement, link.after_paragraph = "inline", after_paragraph
                    select = add_link(self._story, link)
                else:
                    place_link(self._story, existing, "inline", after_paragraph)
                    select = existing
            except LinkError as error:
                errors.append(str(error))
                continue
            placed += 1
        if placed:
            self._links_edited(select)
        if errors:
            self._show_error(" ".join(dict.fromkeys(errors)))
        return placed

    def select_link(self, index: int) -> None:
        """Show link ``index`` selected (a marker was clicked), raising the panel's dock."""
        if 0 <= index < self.links_view.count():
            self.links_view.setCurrentRow(index)
            self.links_view.scrollToItem(self.links_view.item(index))
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.show()
            parent.raise_()

    def remove_link_at(self, index: int) -> None:
        """Take link ``index`` out of the story (a marker's menu)."""
        if self._story is None:
            return
        self._fresh()
        try:
            remove_link(self._story, index)
        except LinkError as error:
            self._show_error(str(error))
            return
        self._links_edited(min(index, len(self._story.related) - 1))

    def move_link_to_end(self, index: int) -> None:
        """Show link ``index`` in the list at the end instead of in the text."""
        if self._story is None:
            return
        self._fresh()
        self._to_end_at(index, None)

    def _to_end_at(self, index: int, row: int | None) -> None:
        if self._story is None:
            return
        try:
            place_link(self._story, index, "end")
            if row is not None:
                target = row - 1 if row > index else row
                move_link(self._story, index, target)
                index = max(0, min(target, len(self._story.related) - 1))
        except LinkError as error:
            self._show_error(str(error))
            return
        self._links_edited(index)

    def move(self, index: int, new_index: int) -> None:
        """Move a link in the order."""
        if self._story is None or index == new_index:
            return
        self._fresh()
        try:
            move_link(self._story, index, new_index)
        except LinkError as error:
            self._show_error(str(error))
            return
        self._links_edited(max(0, min(new_index, len(self._story.related) - 1)))

    def wait_for_workers(self, msecs: int = 5000) -> bool:
        """Block until pending searches and checks finish (tests, closing the story)."""
        return self._pool.waitForDone(msecs)

    # -- searching and suggesting --------------------------------------------------------

    def _search_text_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._searches.invalidate()
            self.refresh_suggestions()
        self._update_candidates_label()

    def _start_search(self) -> None:
        query = self.search_box.text()
        if not query.strip():
            return
        exclude = self._story.id if self._story else None
        self._searches.start(
            lambda: [h for h in self._service.search(query, limit=30) if h.story_id != exclude]
        )

    def _show_search(self, hits: list[SearchHit]) -> None:
        if not self.search_box.text().strip():
            return
        self.candidates.clear()
        for hit in hits:
            detail = f"{hit.status.label} · {(hit.published_at or hit.updated_at):%d-%m-%Y}"
            self._add_candidate(hit.story_id, hit.headline, detail, hit.status)
        self._update_candidates_label(len(hits))

    def _show_suggestions(self, suggestions: list[Suggestion]) -> None:
        if self.search_box.text().strip():
            return  # the desk is searching; suggestions return when the box is cleared
        self.candidates.clear()
        for suggestion in suggestions:
            self._add_candidate(
                suggestion.story_id,
                suggestion.headline,
                f"{suggestion.reason} · {suggestion.when:%d-%m-%Y}",
                suggestion.status,
            )
        self._update_candidates_label(len(suggestions))

    def _add_candidate(self, story_id: int, headline: str, detail: str, status: Status) -> None:
        item = QListWidgetItem(headline)
        item.setData(STORY_ID_ROLE, story_id)
        item.setData(DETAIL_ROLE, detail)
        item.setToolTip(f"{headline}\n{detail}")
        if status is not Status.TERBIT:
            item.setData(WARNING_ROLE, f"{self.tr('Belum terbit')} · {detail}")
        self.candidates.addItem(item)

    def _update_candidates_label(self, count: int | None = None) -> None:
        if self._story is None:
            self.candidates_label.setText(self.tr("Buka berita untuk melihat saran."))
        elif self.search_box.text().strip():
            text = self.tr("Hasil pencarian")
            self.candidates_label.setText(text if count is None else f"{text} ({count})")
        else:
            text = self.tr("Saran untuk draf ini")
            self.candidates_label.setText(text if count is None else f"{text} ({count})")

    # -- editing links -------------------------------------------------------------------

    def _fill_placements(self) -> None:
        current = self.placement.currentIndex()
        self.placement.clear()
        self.placement.addItem(self.tr("Di akhir berita"), None)
        self.placement.addItem(self.tr("Setelah teras"), AFTER_LEAD)
        for index, paragraph in enumerate(self._story.paragraphs if self._story else []):
            words = " ".join(paragraph.text.split()[:6])
            label = self.tr("Setelah paragraf") + f" {index + 1}: {words}…"
            self.placement.addItem(label, index)
        if 0 <= current < self.placement.count():
            self.placement.setCurrentIndex(current)

    def _chosen_placement(self) -> tuple[str, int | None]:
        after = self.placement.currentData()
        return ("end", None) if after is None else ("inline", int(after))

    def _add_item(self, item: QListWidgetItem) -> None:
        self.add_story(int(item.data(STORY_ID_ROLE)), item.text())

    def _add_selected(self) -> None:
        item = self.candidates.currentItem()
        if item is None:
            self._show_error(self.tr("Pilih berita dari daftar saran atau hasil pencarian."))
            return
        self._add_item(item)

    def _fresh(self) -> None:
        """Before an edit: the links as the body holds them now (positions follow the text)."""
        if self._inline is not None and self._story is not None:
            self._story.related = self._inline.current()
            self._story.paragraphs = self._inline.paragraphs()

    def _add_link(self, link: RelatedLink, position: int | None) -> bool:
        if self._story is None:
            return False
        self._fresh()
        placement, after = self._chosen_placement()
        link.placement = placement  # type: ignore[assignment]
        link.after_paragraph = after
        try:
            add_link(self._story, link, position)
        except LinkError as error:
            self._show_error(str(error))
            return False
        self._links_edited(self._story.related.index(link))
        return True

    def _add_external(self) -> None:
        placement, after = self._chosen_placement()
        try:
            link = external_link(
                self.url_box.text(),
                self.url_title_box.text(),
                placement,
                after,  # type: ignore[arg-type]
            )
        except LinkError as error:
            self._show_error(str(error))
            return
        if self._add_link(link, None):
            self.url_box.clear()
            self.url_title_box.clear()

    def _shift(self, step: int) -> None:
        row = self.links_view.currentRow()
        if row >= 0:
            self.move(row, row + step)

    def _place_selected(self) -> None:
        row = self.links_view.currentRow()
        if self._story is None or row < 0:
            return
        self._fresh()
        placement, after = self._chosen_placement()
        try:
            place_link(self._story, row, placement, after)  # type: ignore[arg-type]
        except LinkError as error:
            self._show_error(str(error))
            return
        self._links_edited(row)

    def _remove_selected(self) -> None:
        row = self.links_view.currentRow()
        if self._story is None or row < 0:
            return
        self.remove_link_at(row)

    def _links_edited(self, select: int | None) -> None:
        if self._inline is not None and self._story is not None:
            self._inline.commit(self._story.related)
            self._story.related = self._inline.current()
        self.message.clear()
        self._set_findings({})
        self._refresh_links()
        if select is not None and select >= 0:
            self.links_view.setCurrentRow(select)
        self._start_check()
        self.linksChanged.emit()
        self.storyEdited.emit()

    def _links_restored(self, links: list[RelatedLink]) -> None:
        """Undo or redo in the body brought another list back."""
        if self._story is None:
            return
        row = self.links_view.currentRow()
        self._story.related = links
        self._set_findings({})
        self._refresh_links()
        self.links_view.setCurrentRow(min(row, len(links) - 1))
        self._start_check()

    def _where(self, link: RelatedLink) -> str:
        if link.placement != "inline" or link.after_paragraph is None:
            return self.tr("di akhir berita")
        if link.after_paragraph == AFTER_LEAD:
            return self.tr("setelah teras")
        return self.tr("setelah paragraf") + f" {link.after_paragraph + 1}"

    def _refresh_links(self) -> None:
        self.links_view.clear()
        for index, link in enumerate(self.links()):
            where = self._where(link)
            kind = self.tr("pustaka") if link.story_id is not None else link.url
            item = QListWidgetItem(f"{index + 1}. {link.title}")
            item.setData(DETAIL_ROLE, f"{where} · {kind}")
            item.setData(PAYLOAD_ROLE, encode_links([link]))
            problems = [f.message for f in self._findings.get(index, []) if f.level != "info"]
            if problems:
                item.setData(WARNING_ROLE, "⚠ " + " ".join(problems))
                item.setToolTip("\n".join(problems))
            self.links_view.addItem(item)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.links_view.currentRow()
        count = self.links_view.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.place_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)

    # -- checks --------------------------------------------------------------------------

    def _start_check(self) -> None:
        if self._story is None or not self._story.related:
            return
        snapshot = copy.deepcopy(self._story)
        self._checks.start(lambda: self._service.check(snapshot))

    def _show_findings(self, findings: list[Finding]) -> None:
        grouped: dict[int, list[Finding]] = {}
        for finding in findings:
            grouped.setdefault(int(finding.extra.get("link_index", -1)), []).append(finding)
        self._set_findings(grouped)
        row = self.links_view.currentRow()
        self._refresh_links()
        if row >= 0:
            self.links_view.setCurrentRow(row)

    def _set_findings(self, grouped: dict[int, list[Finding]]) -> None:
        self._findings = grouped
        if self._inline is not None:
            self._inline.set_findings(grouped)

    def findings(self) -> list[Finding]:
        """The latest link findings shown in the list."""
        return [f for group in self._findings.values() for f in group]

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
