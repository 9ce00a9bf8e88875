"""Signing in: the Redaksi user a desk acts as, on either engine.

On SQLite the desk is one local user (the operating-system account), an administrator.
On PostgreSQL the database account the desk connected with *is* the user: the row in
``users`` whose ``username`` equals ``current_user``.  The very first account on an empty
newsroom database (normally the owner who ran the migrations) becomes its administrator.
"""

from __future__ import annotations

from sqlalchemy import func, select, text

from redaksi.review.errors import PermissionDenied
from redaksi.review.roles import Actor, Role
from redaksi.store.models import UserRow
from redaksi.store.store import Store
from redaksi.store.users import ensure_user, local_username


def database_user(store: Store) -> str:
    """The PostgreSQL account this store is connected as."""
    with store.engine.connect() as connection:
        return str(connection.execute(text("SELECT current_user")).scalar_one())


def actor_for(store: Store, username: str) -> Actor:
    """The active Redaksi user called ``username``; raises :class:`PermissionDenied`."""
    with store.sessions.begin() as session:
        row = session.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            raise PermissionDenied(
                f"Akun «{username}» belum terdaftar di Redaksi. Minta administrator "
                "membuatkan akun."
            )
        if not row.active:
            raise PermissionDenied(f"Akun «{username}» dinonaktifkan administrator.")
        return Actor(row.id, row.username, row.display_name, Role(row.role))


def sign_in(store: Store) -> Actor:
    """The user this desk acts as (see the module docstring for both engines)."""
    if store.dialect != "postgresql":
        username = local_username()
        ensure_user(store.sessions, username, role=Role.ADMIN.value)
        return actor_for(store, username)
    username = database_user(store)
    with store.sessions.begin() as session:
        empty = not session.scalar(select(func.count()).select_from(UserRow))
        if empty:
            session.add(UserRow(username=username, display_name=username, role=Role.ADMIN))
    return actor_for(store, username)
