"""Composition of the review services over one open store (the window builds one)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from redaksi.review.accounts import Accounts
from redaksi.review.comments import Comments
from redaksi.review.history import History
from redaksi.review.locks import DEFAULT_TTL, EditLocks
from redaksi.review.stories import StoryService
from redaksi.review.workflow import Workflow
from redaksi.store.models import utcnow
from redaksi.store.store import Store


@dataclass(frozen=True)
class Review:
    """Every review service of one store; each call names the acting user."""

    store: Store
    locks: EditLocks
    stories: StoryService
    workflow: Workflow
    history: History
    comments: Comments
    accounts: Accounts


def open_review(
    store: Store, lock_ttl: timedelta = DEFAULT_TTL, clock: Callable[[], datetime] = utcnow
) -> Review:
    """Wire the review services to ``store``."""
    locks = EditLocks(store.sessions, lock_ttl, clock)
    stories = StoryService(store.sessions, store.stories, locks)
    return Review(
        store=store,
        locks=locks,
        stories=stories,
        workflow=Workflow(store.sessions),
        history=History(store.sessions, store.stories, stories),
        comments=Comments(store.sessions),
        accounts=Accounts(store),
    )
