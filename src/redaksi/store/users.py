"""Users of the store.  On the embedded store one local user (the OS account) is enough."""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from redaksi.store.models import UserRow


def local_username() -> str:
    """The operating-system account name, used as the desk's identity on SQLite."""
    try:
        return getpass.getuser() or "redaksi"
    except Exception:
        return "redaksi"


def ensure_user(
    sessions: sessionmaker[Session], username: str, display_name: str = "", role: str = "admin"
) -> int:
    """Id of ``username``, creating the account with ``role`` when it does not exist."""
    with sessions.begin() as session:
        user_id = session.scalar(select(UserRow.id).where(UserRow.username == username))
        if user_id is not None:
            return user_id
        row = UserRow(username=username, display_name=display_name or username, role=role)
        session.add(row)
        session.flush()
        return row.id
