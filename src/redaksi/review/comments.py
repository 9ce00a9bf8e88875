"""Comments on a story or on a range of one of its fields, with replies; open or resolved.

A range comment stores the field key (see :mod:`redaksi.review.fields`), the character
offsets and the quoted text, so when later edits move the words the comment can still be
found (:func:`locate`) or shown as detached when the words are gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from redaksi.review.errors import ReviewInputError
from redaksi.review.facts import story_facts
from redaksi.review.fields import field_text, label
from redaksi.review.permissions import require_comment, require_read, require_resolve
from redaksi.review.roles import Actor
from redaksi.store.errors import StoryNotFound
from redaksi.store.mapping import story_from_row
from redaksi.store.models import CommentRow, StoryRow, UserRow, utcnow
from redaksi.story.model import Story
from redaksi.story.serialize import story_to_dict

MAX_BODY = 10_000


@dataclass(frozen=True)
class Anchor:
    """``text`` found at ``[start, end)`` of field ``field`` when the comment was made."""

    field: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        """Indonesian name of the field."""
        return label(self.field)


@dataclass(frozen=True)
class Comment:
    """One comment or reply as the margin shows it."""

    id: int
    story_id: int
    parent_id: int | None
    author_id: int | None
    author: str
    created_at: datetime
    body: str
    anchor: Anchor | None
    resolved: bool
    resolved_by: str
    resolved_at: datetime | None


@dataclass
class Thread:
    """A comment with its replies in order."""

    root: Comment
    replies: list[Comment] = field(default_factory=list)

    @property
    def resolved(self) -> bool:
        """A thread is resolved when its first comment is."""
        return self.root.resolved


def locate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where the anchored words are in ``text`` now: same place, else nearest copy."""
    if text[anchor.start : anchor.end] == anchor.text:
        return anchor.start, anchor.end
    if not anchor.text:
        return None
    best: int | None = None
    position = text.find(anchor.text)
    while position != -1:
        if best is None or abs(position - anchor.start) < abs(best - anchor.start):
            best = position
        position = text.find(anchor.text, position + 1)
    return None if best is None else (best, best + len(anchor.text))


@dataclass(frozen=True)
class MarginMark:
    """Where an open comment thread sits in the current text, for the editor to highlight."""

    thread_id: int
    field: str
    start: int
    end: int


def margin_marks(threads: list[Thread], story: Story) -> tuple[list[MarginMark], list[Thread]]:
    """Current ranges of open anchored threads, and the threads whose words are gone."""
    snapshot = story_to_dict(story)
    marks: list[MarginMark] = []
    detached: list[Thread] = []
    for thread in threads:
        anchor = thread.root.anchor
        if thread.resolved or anchor is None:
            continue
        text = field_text(snapshot, anchor.field)
        found = locate(anchor, text) if text is not None else None
        if found is None:
            detached.append(thread)
        else:
            marks.append(MarginMark(thread.root.id, anchor.field, found[0], found[1]))
    return marks, detached


class Comments:
    """Add, reply, resolve and list comments as a signed-in user."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def threads(self, actor: Actor, story_id: int, include_resolved: bool = True) -> list[Thread]:
        """The story's comment threads, oldest first."""
        names = select(UserRow.id, UserRow.display_name, UserRow.username)
        with self._sessions.begin() as session:
            require_read(actor, story_facts(session, story_id))
            people = {uid: dn or un for uid, dn, un in session.execute(names)}
            rows = session.scalars(
                select(CommentRow)
                .where(CommentRow.story_id == story_id)
                .order_by(CommentRow.created_at, CommentRow.id)
            ).all()
        comments = [_comment(row, people) for row in rows]
        threads = {c.id: Thread(c) for c in comments if c.parent_id is None}
        for c in comments:
            if c.parent_id is not None and c.parent_id in threads:
                threads[c.parent_id].replies.append(c)
        return [t for t in threads.values() if include_resolved or not t.resolved]

    def add(self, actor: Actor, story_id: int, body: str, anchor: Anchor | None = None) -> Comment:
        """A new comment on the story, or on ``anchor``'s range of the stored text."""
        body = _clean(body)
        with self._sessions.begin() as session:
            require_comment(actor, story_facts(session, story_id))
            if anchor is not None:
                anchor = self._checked_anchor(session, story_id, anchor)
            row = CommentRow(
                story_id=story_id,
                author_id=actor.user_id,
                body=body,
                created_at=utcnow(),
                field=anchor.field if anchor else "",
                anchor_start=anchor.start if anchor else None,
                anchor_end=anchor.end if anchor else None,
                anchor_text=anchor.text if anchor else "",
            )
            session.add(row)
            session.flush()
            return _comment(row, {actor.user_id: actor.name})

    def reply(self, actor: Actor, comment_id: int, body: str) -> Comment:
        """A reply in the thread of ``comment_id`` (a reply to a reply joins the same thread)."""
        body = _clean(body)
        with self._sessions.begin() as session:
            parent = self._get(session, comment_id)
            require_comment(actor, story_facts(session, parent.story_id))
            row = CommentRow(
                story_id=parent.story_id,
                parent_id=parent.parent_id or parent.id,
                author_id=actor.user_id,
                body=body,
                created_at=utcnow(),
            )
            session.add(row)
            session.flush()
            return _comment(row, {actor.user_id: actor.name})

    def resolve(self, actor: Actor, comment_id: int) -> None:
        """Mark a thread resolved (who and when are kept)."""
        self._set_resolved(actor, comment_id, True)

    def reopen(self, actor: Actor, comment_id: int) -> None:
        """Open a resolved thread again."""
        self._set_resolved(actor, comment_id, False)

    def _set_resolved(self, actor: Actor, comment_id: int, resolved: bool) -> None:
        with self._sessions.begin() as session:
            row = self._get(session, comment_id)
            if row.parent_id is not None:
                row = self._get(session, row.parent_id)
            require_resolve(actor, story_facts(session, row.story_id), row.author_id)
            row.resolved = resolved
            row.resolved_by = actor.user_id if resolved else None
            row.resolved_at = utcnow() if resolved else None

    @staticmethod
    def _get(session: Session, comment_id: int) -> CommentRow:
        row = session.get(CommentRow, comment_id)
        if row is None:
            raise ReviewInputError(f"Komentar #{comment_id} tidak ditemukan.")
        return row

    @staticmethod
    def _checked_anchor(session: Session, story_id: int, anchor: Anchor) -> Anchor:
        row = session.get(StoryRow, story_id)
        if row is None:
            raise StoryNotFound(story_id)
        text = field_text(story_to_dict(story_from_row(row)), anchor.field)
        if text is None:
            raise ReviewInputError(f"Bagian «{anchor.field}» tidak ada di berita ini.")
        if not anchor.text or not 0 <= anchor.start < anchor.end <= len(text):
            raise ReviewInputError("Pilih teks yang ingin dikomentari terlebih dahulu.")
        found = locate(anchor, text)
        if found is None:
            raise ReviewInputError(
                "Teks yang dipilih belum tersimpan. Simpan berita dulu, lalu beri komentar."
            )
        return Anchor(anchor.field, found[0], found[1], anchor.text)


def _clean(body: str) -> str:
    body = body.strip()
    if not body:
        raise ReviewInputError("Komentar masih kosong.")
    if len(body) > MAX_BODY:
        raise ReviewInputError(f"Komentar terlalu panjang (maksimal {MAX_BODY} karakter).")
    return body


def _comment(row: CommentRow, people: dict[int, str]) -> Comment:
    anchor = None
    if row.field and row.anchor_start is not None and row.anchor_end is not None:
        anchor = Anchor(row.field, row.anchor_start, row.anchor_end, row.anchor_text)
    return Comment(
        id=row.id,
        story_id=row.story_id,
        parent_id=row.parent_id,
        author_id=row.author_id,
        author=people.get(row.author_id or -1, ""),
        created_at=row.created_at,
        body=row.body,
        anchor=anchor,
        resolved=row.resolved,
        resolved_by=people.get(row.resolved_by or -1, ""),
        resolved_at=row.resolved_at,
    )
