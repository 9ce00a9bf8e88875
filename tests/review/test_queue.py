"""The editor's queue and the reporter's returned stories with the editor's notes."""

from __future__ import annotations

from redaksi.story.status import Status


def test_editor_queue_lists_submitted_and_in_edit_oldest_first(review, people, story_in) -> None:
    first = story_in(Status.DIAJUKAN)
    draft = story_in(Status.DRAF)
    second = story_in(Status.DIAJUKAN, author=people.budi)
    editing = story_in(Status.DISUNTING)
    story_in(Status.DIKEMBALIKAN)
    story_in(Status.TERBIT)
    queue = review.workflow.editor_queue(people.eka)
    assert [i.story_id for i in queue] == [first.id, second.id, editing.id]
    assert [i.status for i in queue] == [Status.DIAJUKAN, Status.DIAJUKAN, Status.DISUNTING]
    assert queue[1].author == "Budi Santoso" and queue[0].moved_by == "Adi Nugroho"
    assert review.workflow.editor_queue(people.rina) == []
    # taking a story out of the queue
    review.workflow.transition(people.rina, first.id, Status.DRAF)
    assert draft.id not in {i.story_id for i in review.workflow.editor_queue(people.adi)}
    assert first.id not in {i.story_id for i in review.workflow.editor_queue(people.adi)}


def test_reporter_sees_returned_stories_with_notes(review, people, story_in) -> None:
    mine = story_in(Status.DISUNTING)
    theirs = story_in(Status.DIAJUKAN, author=people.budi)
    review.workflow.transition(
        people.eka, mine.id, Status.DIKEMBALIKAN, note="Lengkapi pernyataan BPBD."
    )
    review.workflow.transition(
        people.eka, theirs.id, Status.DIKEMBALIKAN, note="Judul terlalu panjang."
    )
    returned = review.workflow.returned(people.rina)
    assert [(i.story_id, i.note, i.moved_by) for i in returned] == [
        (mine.id, "Lengkapi pernyataan BPBD.", "Eka Pratiwi")
    ]
    assert returned[0].since >= mine.updated_at
    [budi] = review.workflow.returned(people.budi)
    assert budi.note == "Judul terlalu panjang."
    # resubmitting clears it from the list
    review.workflow.transition(people.rina, mine.id, Status.DIAJUKAN)
    assert review.workflow.returned(people.rina) == []
