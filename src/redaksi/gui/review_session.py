"""What the review widgets work with: the review services, the signed-in user, this desk.

The window's panel context (anything with ``store`` and ``user_id``) is turned into a
:class:`ReviewSession` once, so each review widget can be built as ``Widget(context)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from redaksi.review.desk import Review, open_review
from redaksi.review.locks import new_desk_id
from redaksi.review.roles import Actor
from redaksi.store.errors import StoreError
from redaksi.store.models import UserRow
from redaksi.store.store import Store


class HasStoreAndUser(Protocol):
    """The window's panel context as far as the review widgets need it."""

    store: Store
    user_id: int


@dataclass(frozen=True)
class ReviewSession:
    """Review services, acting user and desk id shared by the review widgets of a window."""

    review: Review
    actor: Actor
    desk: str


#: One session per (store, user) of this process: every widget of a window is the same desk,
#: so the lock the lock bar holds is the lock the history panel's restore saves under.
_SESSIONS: dict[tuple[int, int], tuple[Store, ReviewSession]] = {}


def review_session(context: ReviewSession | HasStoreAndUser) -> ReviewSession:
    """``context`` itself, or the desk's session for a panel context's store and user."""
    if isinstance(context, ReviewSession):
        return context
    key = (id(context.store), context.user_id)
    cached = _SESSIONS.get(key)
    if cached is not None and cached[0] is context.store:
        return cached[1]
    from redaksi.review.identity import actor_for

    with context.store.sessions.begin() as session:
        username = session.scalar(select(UserRow.username).where(UserRow.id == context.user_id))
    made = ReviewSession(
        open_review(context.store), actor_for(context.store, username or ""), new_desk_id()
    )
    _SESSIONS[key] = (context.store, made)  # the store is kept alive, so the id stays its own
    return made


#: What the review widgets catch around a service call: refusals and database failures.
FAILURES = (StoreError, SQLAlchemyError)


def describe_error(error: Exception) -> str:
    """The Indonesian text to show for a failed service call."""
    if isinstance(error, StoreError):
        return str(error)
    return (
        "Basis data tidak dapat dihubungi atau menolak perintah ini; tidak ada yang berubah. "
        "Coba lagi sebentar lagi."
    )
