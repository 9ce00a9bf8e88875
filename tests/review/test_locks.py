"""Edit locks: who holds a story, read-only for others, explicit take-over, expiry."""

from __future__ import annotations

from datetime import timedelta

import pytest

from redaksi.review.audit import AuditAction, trail
from redaksi.review.desk import open_review
from redaksi.review.errors import LockHeld, LockLost
from redaksi.store.models import utcnow
from redaksi.story.status import Status


class Clock:
    """A clock the test moves forward, to play a desk that stopped sending heartbeats."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self):
        return self.now


def test_lock_is_seen_and_blocks_other_desks(store, people, story_in) -> None:
    clock = Clock()
    review = open_review(store, timedelta(seconds=90), clock)
    story = story_in(Status.DISUNTING)
    mine = review.locks.acquire(people.eka, story.id, "desk-eka")
    assert mine.editable and mine.lock.holder_name == "Eka Pratiwi"
    theirs = review.locks.acquire(people.adi, story.id, "desk-adi")
    assert not theirs.editable and theirs.may_take_over
    assert theirs.lock.holder_name == "Eka Pratiwi" and theirs.lock.acquired_at is not None
    assert "Eka Pratiwi" in theirs.reason and "ambil alih" in theirs.reason
    # saving over a live lock is refused, and nothing is written
    copy = review.stories.open(people.adi, story.id)
    copy.headline = "Tertimpa"
    with pytest.raises(LockHeld, match="Eka Pratiwi"):
        review.stories.save(people.adi, copy, desk="desk-adi")
    assert review.stories.open(people.adi, story.id).version == story.version
    # the holder saves fine; re-acquiring from the same desk is a heartbeat
    copy = review.stories.open(people.eka, story.id)
    copy.headline = "Disunting"
    review.stories.save(people.eka, copy, desk="desk-eka")
    assert review.locks.acquire(people.eka, story.id, "desk-eka").editable


def test_take_over_is_explicit_and_audited(store, people, story_in) -> None:
    review = open_review(store)
    story = story_in(Status.DISUNTING)
    review.locks.acquire(people.eka, story.id, "desk-eka")
    taken = review.locks.take_over(people.adi, story.id, "desk-adi")
    assert taken.holder_name == "Adi Nugroho"
    assert review.locks.holder(story.id).desk == "desk-adi"
    with pytest.raises(LockLost):
        review.locks.heartbeat(people.eka, story.id, "desk-eka")
    entry = trail(store.sessions, people.adi, story.id)[-1]
    assert entry.action is AuditAction.LOCK_TAKEOVER and "Eka Pratiwi" in entry.note
    # the former holder's save is refused: the lock moved on
    copy = review.stories.open(people.eka, story.id)
    with pytest.raises(LockHeld):
        review.stories.save(people.eka, copy, desk="desk-eka")


def test_reporter_cannot_take_a_lock_they_may_not_edit(store, people, story_in) -> None:
    review = open_review(store)
    story = story_in(Status.DIAJUKAN)
    outcome = review.locks.acquire(people.rina, story.id, "desk-rina")
    assert not outcome.editable and "hanya-baca" in outcome.reason
    assert not outcome.may_take_over
    from redaksi.review.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        review.locks.take_over(people.rina, story.id, "desk-rina")


def test_crashed_desk_lock_expires(store, people, story_in) -> None:
    clock = Clock()
    review = open_review(store, timedelta(seconds=90), clock)
    story = story_in(Status.DISUNTING)
    review.locks.acquire(people.eka, story.id, "desk-eka")
    clock.now += timedelta(seconds=60)
    review.locks.heartbeat(people.eka, story.id, "desk-eka")
    clock.now += timedelta(seconds=80)
    assert not review.locks.acquire(people.adi, story.id, "desk-adi").editable  # still alive
    clock.now += timedelta(seconds=30)  # 110 s without a heartbeat: the desk crashed
    assert review.locks.holder(story.id) is None
    outcome = review.locks.acquire(people.adi, story.id, "desk-adi")
    assert outcome.editable and outcome.lock.desk == "desk-adi"
    assert trail(store.sessions, people.adi, story.id)[-1].action is AuditAction.LOCK_EXPIRED
    review.locks.release(people.adi, story.id, "desk-adi")
    assert review.locks.holder(story.id) is None


def test_submitting_releases_the_authors_lock(store, people, story_in) -> None:
    review = open_review(store)
    story = story_in(Status.DRAF)
    assert review.locks.acquire(people.rina, story.id, "desk-rina").editable
    review.workflow.transition(people.rina, story.id, Status.DIAJUKAN)
    assert review.locks.holder(story.id) is None
    # an editor moving a story they can still edit keeps their lock
    review.workflow.transition(people.eka, story.id, Status.DISUNTING)
    assert review.locks.acquire(people.eka, story.id, "desk-eka").editable
    review.workflow.transition(people.eka, story.id, Status.DIKEMBALIKAN, note="Tambah data")
    assert review.locks.holder(story.id) is None


def test_heartbeat_after_someone_else_moved_the_story(store, people, story_in) -> None:
    review = open_review(store)
    story = story_in(Status.DRAF)
    review.locks.acquire(people.rina, story.id, "desk-rina")
    review.workflow.transition(people.adi, story.id, Status.ARSIP)
    with pytest.raises(LockLost, match="Arsip"):
        review.locks.heartbeat(people.rina, story.id, "desk-rina")
    assert review.locks.holder(story.id) is None
