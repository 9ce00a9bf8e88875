"""What the review widgets work with: the review services, the signed-in user, this desk.

The window's panel context (anything with ``store`` and ``user_id``) is turned into a
:class:`ReviewSession` once, so each review widget can be built as ``Widget(context)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select

from redaksi.review.desk import Review, open_review
from redaksi.review.locks import new_desk_id
from redaksi.review.roles import Actor
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


def review_session(context: ReviewSession | HasStoreAndUser) -> ReviewSession:
    """``context`` itself, or a session built from a panel context's store and user."""
    if isinstance(context, ReviewSession):
        return context
    from redaksi.review.identity import actor_for

    with context.store.sessions.begin() as session:
        username = session.scalar(select(UserRow.username).where(UserRow.id == context.user_id))
    return ReviewSession(
        open_review(context.store), actor_for(context.store, username or ""), new_desk_id()
    )
