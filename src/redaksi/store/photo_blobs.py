"""Original photo bytes in the database, stored once per SHA-256.

Storage decision: originals live in the database (``photo_blobs``), not in files beside
it.  On a shared PostgreSQL every desk then sees every photo without a shared network
folder to mount, permission or back up separately; a photo and the story row that uses it
commit in one transaction, so there is never a story pointing at a file that did not
arrive or a file nobody references after a failed save; ``pg_dump`` backs up words and
pictures together.  The cost, a larger database, is bounded by the per-file limit
(``media.opening.MAX_FILE_BYTES``) and by deduplication: the same agency photo used in
ten stories is stored once.  Rows are immutable (content-addressed), so caches keyed by
the hash never go stale.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from redaksi.store.errors import StoreError
from redaksi.store.models import PhotoBlobRow, PhotoRow, utcnow


class PhotoBlobNotFound(StoreError):
    """No bytes stored under this hash."""

    def __init__(self, sha256: str) -> None:
        super().__init__(f"Berkas foto {sha256[:12]}… tidak ada di basis data.")
        self.sha256 = sha256


def sha256_of(data: bytes) -> str:
    """The content hash that names a blob."""
    return hashlib.sha256(data).hexdigest()


def put_blob(session: Session, data: bytes) -> str:
    """Store ``data`` in the caller's transaction unless already there; returns its hash.

    Two desks adding the same photo at once both succeed: the insert ignores a conflict on
    the hash instead of failing the transaction.
    """
    digest = sha256_of(data)
    # Ask first: re-sending 30 MB to a shared server only to have it ignored is slow.
    if session.scalar(select(PhotoBlobRow.size).where(PhotoBlobRow.sha256 == digest)) is not None:
        return digest
    dialect = session.get_bind().dialect.name
    values = {"sha256": digest, "data": data, "size": len(data), "created_at": utcnow()}
    if dialect == "postgresql":
        statement = postgresql_insert(PhotoBlobRow).values(values).on_conflict_do_nothing()
    elif dialect == "sqlite":
        statement = sqlite_insert(PhotoBlobRow).values(values).on_conflict_do_nothing()
    else:  # pragma: no cover - Redaksi supports SQLite and PostgreSQL only
        if session.get(PhotoBlobRow, digest) is None:
            session.add(PhotoBlobRow(**values))
        return digest
    session.execute(statement)
    return digest


class PhotoBlobStore:
    """Put and get photo bytes, each call one transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def put(self, data: bytes) -> str:
        """Store ``data`` (idempotent); returns its SHA-256."""
        with self._sessions.begin() as session:
            return put_blob(session, data)

    def get(self, sha256: str) -> bytes:
        """The stored bytes; raises :class:`PhotoBlobNotFound`."""
        with self._sessions.begin() as session:
            data = session.scalar(select(PhotoBlobRow.data).where(PhotoBlobRow.sha256 == sha256))
        if data is None:
            raise PhotoBlobNotFound(sha256)
        return bytes(data)

    def exists(self, sha256: str) -> bool:
        """True when bytes for ``sha256`` are stored."""
        with self._sessions.begin() as session:
            found = session.scalar(select(PhotoBlobRow.sha256).where(PhotoBlobRow.sha256 == sha256))
        return found is not None

    def usage(self, sha256: str) -> int:
        """How many photo entries (in any story) use this blob."""
        with self._sessions.begin() as session:
            return (
                session.scalar(
                    select(func.count()).select_from(PhotoRow).where(PhotoRow.sha256 == sha256)
                )
                or 0
            )
