"""User accounts: the ``users`` table and, on PostgreSQL, one database role per person.

On PostgreSQL each Redaksi user signs in with their own database account, a member of
the group role of their desk role (``redaksi_reporter``, ``redaksi_editor`` or
``redaksi_admin``).  The groups carry the grants and the row-level-security policies of
migration ``0003``.  Creating the database role and the ``users`` row happens in one
transaction (PostgreSQL role DDL is transactional), so a failure leaves neither behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import column, select, table, update
from sqlalchemy.orm import Session

from redaksi.review.errors import PermissionDenied, ReviewInputError
from redaksi.review.permissions import require_manage_users
from redaksi.review.roles import Actor, Role
from redaksi.store.models import UserRow
from redaksi.store.store import Store

USERNAME = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
MIN_PASSWORD = 8
PG_ROLES = table("pg_roles", column("rolname"), column("rolsuper"))


@dataclass(frozen=True)
class UserInfo:
    """One account as the administrator's list shows it."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool

    def actor(self) -> Actor:
        """The user as the acting party of service calls."""
        return Actor(self.id, self.username, self.display_name, self.role)


def _info(row: UserRow) -> UserInfo:
    return UserInfo(row.id, row.username, row.display_name, Role(row.role), row.active)


def _run(session: Session, statement: sql.Composable) -> None:
    """Run role DDL on the session's own connection, inside its transaction."""
    raw = session.connection().connection.driver_connection
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(statement)


class Accounts:
    """List, create and change accounts; every change needs an administrator."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def _postgres(self) -> bool:
        return self._store.dialect == "postgresql"

    def list(self) -> list[UserInfo]:
        """Every account, by user name."""
        with self._store.sessions.begin() as session:
            rows = session.scalars(select(UserRow).order_by(UserRow.username))
            return [_info(r) for r in rows]

    def get(self, username: str) -> UserInfo:
        """One account; raises :class:`ReviewInputError` when unknown."""
        with self._store.sessions.begin() as session:
            return _info(self._row(session, username))

    def create(
        self,
        actor: Actor,
        username: str,
        role: Role,
        display_name: str = "",
        password: str = "",
    ) -> UserInfo:
        """Add a user; on PostgreSQL also their database role (a password is required)."""
        require_manage_users(actor)
        username = username.strip()
        if not USERNAME.fullmatch(username):
            raise ReviewInputError(
                "Nama akun harus diawali huruf kecil dan hanya berisi huruf kecil, angka "
                "atau garis bawah (2–63 karakter)."
            )
        if self._postgres and len(password) < MIN_PASSWORD:
            raise ReviewInputError(f"Kata sandi minimal {MIN_PASSWORD} karakter.")
        with self._store.sessions.begin() as session:
            if session.scalar(select(UserRow.id).where(UserRow.username == username)):
                raise ReviewInputError(f"Akun «{username}» sudah ada.")
            row = UserRow(username=username, display_name=display_name or username, role=role)
            session.add(row)
            session.flush()
            if self._postgres:
                self._create_role(session, username, role, password)
            return _info(row)

    def set_role(self, actor: Actor, username: str, role: Role) -> UserInfo:
        """Change a user's desk role (and database group on PostgreSQL)."""
        require_manage_users(actor)
        with self._store.sessions.begin() as session:
            row = self._row(session, username)
            if row.id == actor.user_id and role is not Role.ADMIN:
                raise PermissionDenied("Administrator tidak dapat mencabut perannya sendiri.")
            row.role = role.value
            if self._manages_role(session, username):
                self._grant_group(session, username, role)
            return _info(row)

    def set_active(self, actor: Actor, username: str, active: bool) -> UserInfo:
        """Switch an account on or off; an inactive user can no longer sign in."""
        require_manage_users(actor)
        with self._store.sessions.begin() as session:
            row = self._row(session, username)
            if row.id == actor.user_id and not active:
                raise PermissionDenied("Administrator tidak dapat menonaktifkan akunnya sendiri.")
            session.execute(update(UserRow).where(UserRow.id == row.id).values(active=active))
            if self._manages_role(session, username):
                login = sql.SQL("LOGIN" if active else "NOLOGIN")
                _run(session, sql.SQL("ALTER ROLE {} {}").format(sql.Identifier(username), login))
            session.refresh(row)
            return _info(row)

    def set_password(self, actor: Actor, username: str, password: str) -> None:
        """New database password (PostgreSQL); users change their own, admins anyone's."""
        if actor.username != username:
            require_manage_users(actor)
        if len(password) < MIN_PASSWORD:
            raise ReviewInputError(f"Kata sandi minimal {MIN_PASSWORD} karakter.")
        if not self._postgres:
            return
        with self._store.sessions.begin() as session:
            self._row(session, username)
            if not self._manages_role(session, username):
                raise ReviewInputError(
                    f"Akun basis data «{username}» tidak dikelola Redaksi; minta admin basis "
                    "data mengganti kata sandinya."
                )
            _run(
                session,
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(username), sql.Literal(password)
                ),
            )

    def _manages_role(self, session: Session, username: str) -> bool:
        """Whether the database role exists and is an ordinary one Redaksi may change.

        Superusers (such as the owner who ran the migrations) are never altered: switching
        one off with ``NOLOGIN`` would lock the newsroom out of its own database.
        """
        if not self._postgres:
            return False
        found = session.execute(
            select(PG_ROLES.c.rolsuper).where(PG_ROLES.c.rolname == username)
        ).first()
        return found is not None and not found.rolsuper

    @staticmethod
    def _row(session: Session, username: str) -> UserRow:
        row = session.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            raise ReviewInputError(f"Akun «{username}» tidak ditemukan.")
        return row

    def _create_role(self, session: Session, username: str, role: Role, password: str) -> None:
        exists = session.execute(
            select(PG_ROLES.c.rolsuper).where(PG_ROLES.c.rolname == username)
        ).first()
        if exists is not None and exists.rolsuper:
            raise ReviewInputError(
                f"Nama «{username}» sudah dipakai akun pengelola basis data; pilih nama lain."
            )
        name = sql.Identifier(username)
        if exists:
            _run(
                session,
                sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(name, sql.Literal(password)),
            )
        else:
            _run(
                session,
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(name, sql.Literal(password)),
            )
        self._grant_group(session, username, role)

    @staticmethod
    def _grant_group(session: Session, username: str, role: Role) -> None:
        name = sql.Identifier(username)
        for other in Role:
            if other is not role:
                _run(
                    session, sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other.group), name)
                )
        _run(session, sql.SQL("GRANT {} TO {}").format(sql.Identifier(role.group), name))
        # An administrator creates the accounts of others, so needs CREATEROLE.
        attribute = sql.SQL("CREATEROLE" if role is Role.ADMIN else "NOCREATEROLE")
        _run(session, sql.SQL("ALTER ROLE {} {}").format(name, attribute))
