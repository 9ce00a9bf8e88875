"""Every permission and every transition, for each desk role, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from redaksi.review.audit import AuditAction, trail
from redaksi.review.errors import PermissionDenied, TransitionNotAllowed
from redaksi.store.errors import StoryNotFound, VersionConflict
from redaksi.store.models import AuditRow
from redaksi.story.status import Status

# The newsroom's rules, written out from the issue: (from, to) → who may make the move.
# "author" = Rina on her own story, "other" = Budi (another reporter), "editor", "admin".
ALLOWED = {
    (Status.DRAF, Status.DIAJUKAN): {"author", "admin"},
    (Status.DIKEMBALIKAN, Status.DIAJUKAN): {"author", "admin"},
    (Status.DIAJUKAN, Status.DRAF): {"author", "admin"},
    (Status.DIAJUKAN, Status.DISUNTING): {"editor", "admin"},
    (Status.DIAJUKAN, Status.DIKEMBALIKAN): {"editor", "admin"},
    (Status.DISUNTING, Status.DIKEMBALIKAN): {"editor", "admin"},
    (Status.DISUNTING, Status.DISETUJUI): {"editor", "admin"},
    (Status.DISETUJUI, Status.DISUNTING): {"editor", "admin"},
    (Status.DISETUJUI, Status.TERBIT): {"editor", "admin"},
    (Status.TERBIT, Status.DISUNTING): {"editor", "admin"},
    (Status.TERBIT, Status.ARSIP): {"editor", "admin"},
    (Status.DRAF, Status.ARSIP): {"author", "editor", "admin"},
    (Status.ARSIP, Status.DRAF): {"editor", "admin"},
}

# Who may change the text in each status.
EDITABLE = {
    Status.DRAF: {"author", "admin"},
    Status.DIKEMBALIKAN: {"author", "admin"},
    Status.DIAJUKAN: {"editor", "admin"},
    Status.DISUNTING: {"editor", "admin"},
    Status.DISETUJUI: {"admin"},
    Status.TERBIT: {"admin"},
    Status.ARSIP: {"admin"},
}

# Who may read a story by Rina in each status.
READABLE = {status: {"author", "editor", "admin"} for status in Status}
READABLE[Status.TERBIT] = {"author", "other", "editor", "admin"}

WHO = ("author", "other", "editor", "admin")


def _actor(people, who):
    return {"author": people.rina, "other": people.budi, "editor": people.eka, "admin": people.adi}[
        who
    ]


@pytest.mark.parametrize("source", list(Status))
def test_every_transition_for_every_role(store, review, people, story_in, source) -> None:
    for target in Status:
        if target is source:
            continue
        for who in WHO:
            story = story_in(source)
            actor = _actor(people, who)
            allowed = who in ALLOWED.get((source, target), set())
            if allowed:
                moved = review.workflow.transition(actor, story.id, target, note="Perbaiki data")
                assert moved.status is target
                assert moved.version == story.version + 1
                assert review.stories.open(people.adi, story.id).status is target
                last = trail(store.sessions, people.adi, story.id)[-1]
                assert (last.action, last.from_status, last.to_status) == (
                    AuditAction.STATUS,
                    source.value,
                    target.value,
                )
                assert last.user == actor.display_name
                assert last.note == "Perbaiki data"
            else:
                with pytest.raises(TransitionNotAllowed) as raised:
                    review.workflow.transition(actor, story.id, target, note="Perbaiki data")
                assert "tidak" in str(raised.value)
                unchanged = review.stories.open(people.adi, story.id)
                assert (unchanged.status, unchanged.version) == (source, story.version)


@pytest.mark.parametrize("status", list(Status))
def test_who_may_edit_and_read_in_each_status(review, people, story_in, status) -> None:
    for who in WHO:
        story = story_in(status)
        actor = _actor(people, who)
        if who in READABLE[status]:
            copy = review.stories.open(actor, story.id)
            assert copy.headline == story.headline
        else:
            with pytest.raises(PermissionDenied, match="tidak berhak membuka"):
                review.stories.open(actor, story.id)
        copy = review.stories.open(people.adi, story.id)
        copy.headline = "Banjir Rendam 300 Rumah di Bekasi"
        if who in EDITABLE[status]:
            saved = review.stories.save(actor, copy, note="Judul diperjelas")
            assert saved.version == story.version + 1
            assert saved.status is status
            assert review.store.stories.revisions(story.id)[0].author == actor.display_name
        else:
            with pytest.raises(PermissionDenied):
                review.stories.save(actor, copy)
            assert review.stories.open(people.adi, story.id).headline == story.headline


def test_save_never_changes_status(review, people, story_in) -> None:
    story = story_in(Status.DRAF)
    story.status = Status.TERBIT
    saved = review.stories.save(people.rina, story)
    assert saved.status is Status.DRAF


def test_return_needs_a_note_and_is_recorded(store, review, people, story_in) -> None:
    story = story_in(Status.DIAJUKAN)
    with pytest.raises(TransitionNotAllowed, match="catatan"):
        review.workflow.transition(people.eka, story.id, Status.DIKEMBALIKAN, note="  ")
    review.workflow.transition(
        people.eka, story.id, Status.DIKEMBALIKAN, note="Konfirmasi angka korban ke BPBD."
    )
    with store.sessions.begin() as session:
        rows = session.scalars(select(AuditRow).where(AuditRow.story_id == story.id)).all()
    assert [(r.to_status, r.user_id) for r in rows][-1] == ("dikembalikan", people.eka.user_id)
    assert rows[-1].note == "Konfirmasi angka korban ke BPBD."
    assert rows[-1].created_at is not None


def test_transition_refuses_outdated_version(review, people, story_in) -> None:
    story = story_in(Status.DRAF)
    story.lead = "Teras baru"
    review.stories.save(people.rina, story)
    with pytest.raises(VersionConflict):
        review.workflow.transition(
            people.rina, story.id, Status.DIAJUKAN, expected_version=story.version
        )


def test_reporter_cannot_reassign_or_create_for_others(review, people, story_in, new_story) -> None:
    story = story_in(Status.DRAF)
    story.author_id = people.budi.user_id
    with pytest.raises(PermissionDenied, match="penulis"):
        review.stories.save(people.rina, story)
    draft = new_story()
    draft.author_id = people.budi.user_id
    with pytest.raises(PermissionDenied, match="atas nama"):
        review.stories.create(people.rina, draft)
    filed = review.stories.create(people.adi, draft)
    assert filed.author_id == people.budi.user_id


def test_trash_needs_edit_right(review, people, story_in) -> None:
    story = story_in(Status.DRAF)
    with pytest.raises(PermissionDenied):
        review.stories.trash(people.budi, story.id)
    review.stories.trash(people.rina, story.id)
    with pytest.raises(StoryNotFound):
        review.stories.open(people.rina, story.id)


def test_moves_offered_match_the_rules(review, people, story_in) -> None:
    story = story_in(Status.DISUNTING)
    assert {m.target for m in review.workflow.moves(people.eka, story.id)} == {
        Status.DIKEMBALIKAN,
        Status.DISETUJUI,
    }
    assert review.workflow.moves(people.rina, story.id) == []


def test_publishing_sets_publication_time_once(review, people, story_in) -> None:
    story = story_in(Status.TERBIT)
    first = story.published_at
    assert first is not None
    review.workflow.transition(people.eka, story.id, Status.DISUNTING, note="Ralat nama")
    review.workflow.transition(people.eka, story.id, Status.DISETUJUI)
    again = review.workflow.transition(people.eka, story.id, Status.TERBIT)
    assert again.published_at == first
