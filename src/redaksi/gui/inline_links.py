"""The open story's "Baca juga" links, kept in the body document while the reporter writes.

One source of truth
-------------------
While a story is open, **the body document holds its related links**; nothing else does.

* The ordered list (title, target, inline or end) is a JSON text on the first block
  (:data:`~redaksi.gui.marker_format.LINK_STATE`); each link has a *key*.
* Where an inline link sits is the block (paragraph) that carries its key
  (:data:`~redaksi.gui.marker_format.MARKER_KEYS`); links right after the lead are marked so
  in the list and carry no block.

Why there: Qt moves a block's format with the paragraph as text is typed above it, and its
undo history restores formats together with the text.  So a link follows its paragraph,
undoing the deletion of a paragraph brings its link back, and undoing a drop takes the
link away, with no second history to keep in step.  What Qt gets wrong is repaired right
after the edit, inside the same undo step (:meth:`InlineLinks.settle_now`): a split
paragraph leaves the key on both halves (it stays after the last one with text), a deleted
paragraph takes its key along (the link goes to the paragraph before the deletion, or after
the lead).

``after_paragraph`` is never stored while the story is open: it is worked out from the
key's block whenever the story is read (``MainWindow.current_story`` → ``RelatedPanel.
apply_to`` → :meth:`InlineLinks.current`).

The related panel shows this list and edits it: before an edit it takes a fresh copy
(:meth:`current`), applies the core operation (:mod:`redaksi.links.related`), and hands
the result back (:meth:`commit`), which writes it as one undo step of the body.  Markers
act through the panel too (click selects, the menu removes or moves to the end, drops
add or move), so every refusal has one place that explains it.  Undo and redo send the
restored list to the panel (:attr:`InlineLinks.linksRestored`).

How an undo is told from an edit: while Qt replays the history its redo stack is not
empty, and a new edit always empties it before the document reports the change.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QTextBlock, QTextCursor

from redaksi.gui.body_document import iter_blocks
from redaksi.gui.link_markers import LinkMarkers
from redaksi.gui.marker_format import block_keys, link_state, marker_format
from redaksi.language.findings import Level
from redaksi.links.anchoring import TOP, arrange, block_for_paragraph, paragraph_index, settle
from redaksi.links.link_state import KeyedLink, decode_state, encode_state
from redaksi.links.related import AFTER_LEAD
from redaksi.links.transfer import encode_links

if TYPE_CHECKING:
    from redaksi.gui.body_editor import BodyEditor
    from redaksi.language.findings import Finding
    from redaksi.story.model import Paragraph, RelatedLink


# A block, the keys it should carry, and the link list it should hold (first block only).
_Change = tuple[QTextBlock, tuple[int, ...], "str | None"]


class _Scan:
    """The body's blocks as the link rules see them: blank or not, and the keys they carry."""

    def __init__(self, blocks: list[QTextBlock]) -> None:
        self.blocks = blocks
        self.blank = [not block.text().strip() for block in blocks]
        self.keys = [block_keys(block) for block in blocks]

    def where(self) -> dict[int, int]:
        """Block number of every key found (the first block holding it)."""
        found: dict[int, int] = {}
        for number, keys in enumerate(self.keys):
            for key in keys:
                found.setdefault(key, number)
        return found


class InlineLinks(QObject):
    """Keeps the related links in the body document and shows them as markers there."""

    #: Undo or redo brought another link list back (fresh copies, positions worked out).
    linksRestored = Signal(list)
    #: A marker was clicked: select link number ``index`` in the panel.
    markerActivated = Signal(int)
    removeRequested = Signal(int)
    toEndRequested = Signal(int)
    #: Links were dropped on the body: ``(payload, after_paragraph)``.
    dropped = Signal(bytes, int)

    def __init__(self, body: BodyEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._body = body
        self._doc = body.document()
        self._items: list[KeyedLink] = []
        self._state_text: str | None = None
        self._ids: dict[int, int] = {}
        self._tones: dict[int, tuple[str, str]] = {}
        self._handed: list[tuple[RelatedLink, int, str, int | None]] = []
        self._last_after: dict[int, int] = {}
        self._next_key = 1
        self._pending: int | None = None
        self._placed: set[int] = set()  # keys on a block as last written or restored
        self._block_count = self._doc.blockCount()
        self._writing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.settle_now)
        self._doc.contentsChange.connect(self._on_change)
        body.contentReset.connect(self._reset)
        body.after_edit = self.settle_now
        self.markers = LinkMarkers(body, self)
        body.markers = self.markers

    # -- the panel's side ------------------------------------------------------------------
    def load(self, links: Sequence[RelatedLink]) -> None:
        """A story was opened: put its links into the freshly loaded body (not undoable)."""
        self._reset()
        scan = self._scan()
        items, where = [], {}
        for link in links:
            key = self._new_key()
            if link.id is not None:
                self._ids[key] = link.id
            kept = copy.deepcopy(link)
            if kept.placement == "inline" and kept.after_paragraph is not None:
                block = block_for_paragraph(kept.after_paragraph, scan.blank)
                if block is not None:
                    where[key] = block
            items.append(KeyedLink(key, kept))
        self._write(items, where, mode="load")

    def adopt_saved(self, links: Sequence[RelatedLink]) -> None:
        """The story was saved: remember the store's link ids (saving is not an edit)."""
        if len(links) == len(self._items):
            for item, link in zip(self._items, links, strict=True):
                if link.id is not None:
                    self._ids[item.key] = link.id

    def current(self, record: bool = True) -> list[RelatedLink]:
        """The links as they stand, ``after_paragraph`` worked out from their paragraphs.

        With ``record``, the copies are remembered so :meth:`commit` can tell which links
        the panel moved on purpose from those that only followed the text.
        """
        scan = self._scan()
        where = scan.where()
        links = []
        for item in self._items:
            link = copy.deepcopy(item.link)
            link.id = self._ids.get(item.key)
            if link.placement != "inline":
                link.after_paragraph = None
            elif item.key in where:
                link.after_paragraph = paragraph_index(where[item.key], scan.blank)
                self._last_after[item.key] = link.after_paragraph
            elif link.after_paragraph is None:
                link.after_paragraph = self._last_after.get(item.key)
            links.append(link)
        if record:
            self._handed = [
                (link, item.key, link.placement, link.after_paragraph)
                for link, item in zip(links, self._items, strict=True)
            ]
        return links

    def commit(self, links: Sequence[RelatedLink]) -> None:
        """The panel edited the list it took from :meth:`current`: write it (one undo step)."""
        scan = self._scan()
        now = scan.where()
        handed = {
            id(link): (link, key, placement, after) for link, key, placement, after in self._handed
        }
        used: set[int] = set()
        items, where = [], {}
        for link in links:
            record = handed.get(id(link))
            key = record[1] if record and record[0] is link and record[1] not in used else 0
            key = key or self._new_key()
            used.add(key)
            if link.id is not None:
                self._ids[key] = link.id
            kept = copy.deepcopy(link)
            if kept.placement == "inline" and kept.after_paragraph is not None:
                moved = record is None or (record[2], record[3]) != ("inline", kept.after_paragraph)
                if not moved and key in now:
                    where[key] = now[key]
                else:
                    block = block_for_paragraph(kept.after_paragraph, scan.blank)
                    if block is not None:
                        where[key] = block
            items.append(KeyedLink(key, kept))
        self._write(items, where, mode="step")

    def paragraphs(self) -> list[Paragraph]:
        """The body's paragraphs now (for the panel's placement checks)."""
        return self._body.paragraphs()

    def set_findings(self, by_index: dict[int, list[Finding]]) -> None:
        """Colour the markers by the latest link check (findings keyed by link index)."""
        tones: dict[int, tuple[str, str]] = {}
        for index, item in enumerate(self._items):
            findings = [f for f in by_index.get(index, []) if f.level != Level.INFO]
            if findings:
                error = any(f.level == Level.ERROR for f in findings)
                tones[item.key] = ("error" if error else "warning", findings[0].message)
        self._tones = tones
        self.markers.update()

    # -- what the markers ask (see link_markers.MarkerSource) -----------------------------
    def _item(self, key: int) -> tuple[int, KeyedLink] | None:
        return next(((i, item) for i, item in enumerate(self._items) if item.key == key), None)

    def title(self, key: int) -> str:
        """The link's title."""
        found = self._item(key)
        return found[1].link.title if found else ""

    def tone(self, key: int) -> tuple[str, str]:
        """How the last check judged the link."""
        return self._tones.get(key, ("ok", ""))

    def lead_keys(self) -> list[int]:
        """Links placed right after the lead."""
        return [
            item.key
            for item in self._items
            if item.link.placement == "inline" and item.link.after_paragraph == AFTER_LEAD
        ]

    def payload(self, key: int) -> bytes:
        """One link as a drag payload."""
        found = self._item(key)
        return encode_links([found[1].link]) if found else b"[]"

    def activate(self, key: int) -> None:
        """Select the link in the panel."""
        found = self._item(key)
        if found:
            self.markerActivated.emit(found[0])

    def remove(self, key: int) -> None:
        """Ask the panel to remove the link."""
        found = self._item(key)
        if found:
            self.removeRequested.emit(found[0])

    def to_end(self, key: int) -> None:
        """Ask the panel to move the link to the end list."""
        found = self._item(key)
        if found:
            self.toEndRequested.emit(found[0])

    def drop(self, payload: bytes, block: int) -> None:
        """Links dropped after ``block``: the panel adds them (or moves existing ones)."""
        after = paragraph_index(block, self._scan().blank)
        self.dropped.emit(payload, after)

    # -- the document's side ---------------------------------------------------------------
    def _new_key(self) -> int:
        key = self._next_key
        self._next_key += 1
        return key

    def _scan(self) -> _Scan:
        return _Scan(list(iter_blocks(self._doc)))

    def _reset(self) -> None:
        self._items = []
        self._state_text = None
        self._tones = {}
        self._handed = []
        self._pending = None
        self._placed = set()
        self._timer.stop()
        self._block_count = self._doc.blockCount()
        self.markers.update()

    def _on_change(self, position: int, removed: int, added: int) -> None:
        if self._writing or self._body.loading:
            return
        if self._doc.isRedoAvailable():
            self._restore()
            return
        count = self._doc.blockCount()
        spans = added > 0 and (
            self._doc.findBlock(position).blockNumber()
            != self._doc.findBlock(position + added).blockNumber()
        )
        if count != self._block_count or spans:
            self._pending = position if self._pending is None else min(self._pending, position)
            self._timer.start()
        self._block_count = count

    def settle_now(self) -> None:
        """After an edit that split, joined or deleted paragraphs: put every key in place.

        Called by the editor right after its own edits (inside their undo step) and, for
        edits from elsewhere (menus, find and replace), from a zero timer that joins the
        repair to the edit's undo step.
        """
        if self._pending is None:
            return
        position, self._pending = self._pending, None
        self._timer.stop()
        scan = self._scan()
        lost_to = TOP if position <= 0 else self._doc.findBlock(position - 1).blockNumber()
        top = set(self.lead_keys())
        # Links never placed on a paragraph (their paragraph was missing on load) stay so.
        order = [
            i.key
            for i in self._items
            if i.link.placement == "inline" and (i.key in top or i.key in self._placed)
        ]
        arrangement = settle(order, top, scan.keys, scan.blank, lost_to)
        self._write(self._items, arrangement.where(), mode="join", scan=scan)

    def _restore(self) -> None:
        """Undo or redo replayed the history: take the list it restored."""
        self._pending = None
        self._block_count = self._doc.blockCount()
        text = link_state(self._doc.firstBlock())
        items = decode_state(text) if text else None
        if items is not None and text != self._state_text:
            self._state_text = text
            self._items = items
            self._placed = set(self._scan().where())
            self.linksRestored.emit(self.current())
        self.markers.update()

    def _write(
        self,
        items: list[KeyedLink],
        where: dict[int, int],
        mode: str,
        scan: _Scan | None = None,
    ) -> None:
        """Make the document hold ``items`` placed as in ``where`` (block number or TOP).

        ``mode``: ``"load"`` (no undo step), ``"step"`` (a new undo step) or ``"join"``
        (part of the edit that just happened).
        """
        scan = scan or self._scan()
        order = [item.key for item in items if item.link.placement == "inline"]
        arrangement = arrange(order, where, len(scan.blocks))
        stored = []
        for item in items:
            link = copy.deepcopy(item.link)
            link.id = None
            if link.placement != "inline":
                link.after_paragraph = None
            elif where.get(item.key) == TOP:
                link.after_paragraph = AFTER_LEAD
            elif item.key in where:
                link.after_paragraph = None  # its block says where it is
            stored.append(KeyedLink(item.key, link))
        state = encode_state(stored)
        changes: list[_Change] = []
        for number, block in enumerate(scan.blocks):
            want_state = state if number == 0 else None
            if scan.keys[number] != arrangement.blocks[number] or link_state(block) != want_state:
                changes.append((block, arrangement.blocks[number], want_state))
        self._items = stored
        self._state_text = state
        self._placed = {key for keys in arrangement.blocks for key in keys}
        if changes:
            self._apply(changes, mode)
        self._block_count = self._doc.blockCount()
        self.markers.update()

    def _apply(self, changes: list[_Change], mode: str) -> None:
        self._writing = True
        # Loading is not an edit: the window must not see the story as changed.
        blocker = QSignalBlocker(self._body) if mode == "load" else None
        try:
            cursor = QTextCursor(self._doc)
            if mode == "join":
                cursor.joinPreviousEditBlock()
            else:
                cursor.beginEditBlock()
            for block, keys, state in changes:
                QTextCursor(block).setBlockFormat(marker_format(block.blockFormat(), keys, state))
            cursor.endEditBlock()
            if mode == "load":
                self._doc.clearUndoRedoStacks()
                self._doc.setModified(False)
        finally:
            self._writing = False
            if blocker is not None:
                blocker.unblock()
