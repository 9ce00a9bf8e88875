"""Story repository: the only way stories are written, so every save is versioned and logged.

Each method is one transaction.  ``save`` bumps the version with a conditional UPDATE
(``WHERE version = :expected``), so two desks saving the same story can never silently
overwrite each other: the second gets :class:`VersionConflict`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from redaksi.store.errors import StoryNotFound, VersionConflict
from redaksi.store.hooks import StoryWriteHook
from redaksi.store.mapping import fill_row, story_from_row
from redaksi.store.models import RevisionRow, StoryRow, UserRow, utcnow
from redaksi.story.model import Story
from redaksi.story.serialize import story_to_dict
from redaksi.story.slug import slugify
from redaksi.story.status import Status

SORT_COLUMNS = {
    "updated": StoryRow.updated_at,
    "created": StoryRow.created_at,
    "headline": StoryRow.headline,
    "status": StoryRow.status,
}


@dataclass(frozen=True)
class StorySummary:
    """One line of the library: enough to list and sort without loading bodies."""

    id: int
    headline: str
    status: Status
    author: str
    category: str
    updated_at: datetime
    version: int
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class RevisionInfo:
    """A saved revision's header; the snapshot is loaded on demand."""

    id: int
    number: int
    author: str
    created_at: datetime
    status: Status
    note: str


class StoryRepository:
    """Create, load, save, list, search and trash stories."""

    def __init__(
        self, sessions: sessionmaker[Session], hooks: Sequence[StoryWriteHook] = ()
    ) -> None:
        self._sessions = sessions
        self._hooks = tuple(hooks)

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def _query(self) -> Select[tuple[StoryRow]]:
        return select(StoryRow).options(
            selectinload(StoryRow.photos), selectinload(StoryRow.related_links)
        )

    def create(self, story: Story, user_id: int | None = None, note: str = "") -> Story:
        """Insert ``story`` as version 1 and record its first revision."""
        with self._unit() as session:
            row = StoryRow()
            if not story.slug:
                story.slug = slugify(story.headline)
            if story.author_id is None:
                story.author_id = user_id
            fill_row(row, story)
            row.version = 1
            now = utcnow()
            row.created_at = now
            row.updated_at = now
            session.add(row)
            session.flush()
            saved = story_from_row(row)
            self._add_revision(session, saved, user_id, note)
            for hook in self._hooks:
                hook.story_saved(session, saved)
            return saved

    def load(self, story_id: int, include_deleted: bool = False) -> Story:
        """The current state of a story; raises :class:`StoryNotFound`."""
        with self._unit() as session:
            row = session.scalars(self._query().where(StoryRow.id == story_id)).one_or_none()
            if row is None or (row.deleted_at is not None and not include_deleted):
                raise StoryNotFound(story_id)
            return story_from_row(row)

    def current_version(self, story_id: int) -> int:
        """The stored version number, for a cheap "did someone else save?" check."""
        with self._unit() as session:
            version = session.scalar(select(StoryRow.version).where(StoryRow.id == story_id))
            if version is None:
                raise StoryNotFound(story_id)
            return version

    def save(self, story: Story, user_id: int | None = None, note: str = "") -> Story:
        """Store ``story`` if nobody saved since it was loaded; returns the new version.

        Raises :class:`VersionConflict` when the stored version is not ``story.version``.
        """
        if story.id is None:
            return self.create(story, user_id, note)

        def replace(_stored: Story, _session: Session) -> Story:
            return story

        return self.modify(story.id, replace, story.version, user_id, note)

    def modify(
        self,
        story_id: int,
        change: Callable[[Story, Session], Story | None],
        expected_version: int | None = None,
        user_id: int | None = None,
        note: str = "",
    ) -> Story:
        """Apply ``change`` to the stored story and save it as a new version, atomically.

        ``change`` gets the stored story and the open session (to store a photo blob in the
        same transaction); it edits the story in place or returns the one to save.  The
        version check, revision and write hooks are the same as :meth:`save`'s.
        """
        with self._unit() as session:
            if expected_version is None:
                expected_version = session.scalar(
                    select(StoryRow.version).where(
                        StoryRow.id == story_id, StoryRow.deleted_at.is_(None)
                    )
                )
                if expected_version is None:
                    raise StoryNotFound(story_id)
            bumped = session.execute(
                update(StoryRow)
                .where(StoryRow.id == story_id, StoryRow.version == expected_version)
                .values(version=expected_version + 1, updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            if bumped.rowcount != 1:
                actual = session.scalar(select(StoryRow.version).where(StoryRow.id == story_id))
                if actual is None:
                    raise StoryNotFound(story_id)
                raise VersionConflict(story_id, expected_version, actual)
            row = session.scalars(self._query().where(StoryRow.id == story_id)).one()
            session.refresh(row)
            stored = story_from_row(row)
            story = change(stored, session) or stored
            if not story.slug:
                story.slug = slugify(story.headline)
            fill_row(row, story)
            session.flush()
            saved = story_from_row(row)
            self._add_revision(session, saved, user_id, note)
            for hook in self._hooks:
                hook.story_saved(session, saved)
            return saved

    def _add_revision(self, session: Session, story: Story, user_id: int | None, note: str) -> None:
        session.add(
            RevisionRow(
                story_id=story.id,
                number=story.version,
                author_id=user_id,
                status=story.status.value,
                note=note,
                snapshot=story_to_dict(story),
            )
        )

    def list(
        self,
        search: str = "",
        statuses: set[Status] | None = None,
        sort: str = "updated",
        descending: bool = True,
        limit: int | None = 500,
        trash: bool = False,
    ) -> list[StorySummary]:
        """Library listing: optional substring search, status filter and sort."""
        author = UserRow.display_name
        query = (
            select(
                StoryRow.id,
                StoryRow.headline,
                StoryRow.status,
                func.coalesce(author, ""),
                StoryRow.category,
                StoryRow.updated_at,
                StoryRow.version,
                StoryRow.deleted_at,
            )
            .outerjoin(UserRow, UserRow.id == StoryRow.author_id)
            .where(StoryRow.deleted_at.is_not(None) if trash else StoryRow.deleted_at.is_(None))
        )
        if search.strip():
            needle = f"%{search.strip().lower()}%"
            query = query.where(
                or_(
                    func.lower(StoryRow.headline).like(needle),
                    func.lower(StoryRow.lead).like(needle),
                    func.lower(StoryRow.byline).like(needle),
                )
            )
        if statuses:
            query = query.where(StoryRow.status.in_([s.value for s in statuses]))
        column = SORT_COLUMNS.get(sort, StoryRow.updated_at)
        query = query.order_by(column.desc() if descending else column.asc(), StoryRow.id.desc())
        if limit:
            query = query.limit(limit)
        with self._unit() as session:
            return [
                StorySummary(
                    id=r[0],
                    headline=r[1],
                    status=Status(r[2]),
                    author=r[3],
                    category=r[4],
                    updated_at=r[5],
                    version=r[6],
                    deleted_at=r[7],
                )
                for r in session.execute(query)
            ]

    def count(self) -> int:
        """Live (not trashed) stories in the library."""
        with self._unit() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(StoryRow).where(StoryRow.deleted_at.is_(None))
                )
                or 0
            )

    def delete(self, story_id: int) -> None:
        """Move a story to the trash; :meth:`restore` brings it back."""
        self._set_deleted(story_id, utcnow())

    def restore(self, story_id: int) -> None:
        """Take a story out of the trash."""
        self._set_deleted(story_id, None)

    def _set_deleted(self, story_id: int, when: datetime | None) -> None:
        with self._unit() as session:
            result = session.execute(
                update(StoryRow).where(StoryRow.id == story_id).values(deleted_at=when)
            )
            if result.rowcount != 1:
                raise StoryNotFound(story_id)

    def purge(self, story_id: int) -> None:
        """Delete a trashed story for good (a live story must be trashed first)."""
        with self._unit() as session:
            row = session.get(StoryRow, story_id)
            if row is None or row.deleted_at is None:
                raise StoryNotFound(story_id)
            for hook in self._hooks:
                hook.story_purged(session, story_id)
            session.delete(row)

    def revisions(self, story_id: int) -> list[RevisionInfo]:
        """The story's saved revisions, newest first."""
        query = (
            select(RevisionRow, func.coalesce(UserRow.display_name, ""))
            .outerjoin(UserRow, UserRow.id == RevisionRow.author_id)
            .where(RevisionRow.story_id == story_id)
            .order_by(RevisionRow.number.desc())
        )
        with self._unit() as session:
            return [
                RevisionInfo(
                    id=rev.id,
                    number=rev.number,
                    author=name,
                    created_at=rev.created_at,
                    status=Status(rev.status),
                    note=rev.note,
                )
                for rev, name in session.execute(query)
            ]

    def revision_snapshot(self, story_id: int, number: int) -> dict:
        """The stored snapshot of one revision (``story_to_dict`` form)."""
        with self._unit() as session:
            snapshot = session.scalar(
                select(RevisionRow.snapshot).where(
                    RevisionRow.story_id == story_id, RevisionRow.number == number
                )
            )
            if snapshot is None:
                raise StoryNotFound(story_id)
            return dict(snapshot)
