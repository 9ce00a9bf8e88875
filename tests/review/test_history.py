"""History: list revisions, compare any two with tracked changes, restore as a new one."""

from __future__ import annotations

import pytest

from redaksi.review.diff import Change, Segment, new_text, old_text
from redaksi.review.errors import PermissionDenied
from redaksi.review.history import compare_snapshots
from redaksi.story.model import Paragraph
from redaksi.story.status import Status


def test_compare_shows_what_the_editor_corrected(review, people, story_in) -> None:
    story = story_in(Status.DRAF)
    story.paragraphs[0] = Paragraph("Hujan deras mengguyur Bekasi sejak Minggu malam.")
    story = review.stories.save(people.rina, story, note="Tambah tempat")
    story = review.workflow.transition(people.rina, story.id, Status.DIAJUKAN)
    story = review.workflow.transition(people.eka, story.id, Status.DISUNTING)
    story.headline = "Banjir Rendam 300 Rumah di Bekasi"
    story.paragraphs[1] = Paragraph("“Airnya naik cepat sekali,” kata Siti (45), warga Jatiasih.")
    review.stories.save(people.eka, story, note="Sunting redaktur")

    revisions = review.history.revisions(people.rina, story.id)
    assert [r.number for r in revisions] == [5, 4, 3, 2, 1]
    assert [r.author for r in revisions] == [
        "Eka Pratiwi", "Eka Pratiwi", "Rina Wulandari", "Rina Wulandari", "Rina Wulandari"
    ]  # fmt: skip
    assert [r.status for r in revisions][:3] == [
        Status.DISUNTING,
        Status.DISUNTING,
        Status.DIAJUKAN,
    ]
    diffs = {d.key: d for d in review.history.compare(people.rina, story.id, 3, 5)}
    assert diffs["headline"].changed and not diffs["lead"].changed
    assert Segment(Change.DELETE, "Ratusan") in diffs["headline"].segments
    assert Segment(Change.INSERT, "300") in diffs["headline"].segments
    body = diffs["body"].segments
    assert Segment(Change.DELETE, "Air") in body and Segment(Change.INSERT, "Airnya") in body
    assert Segment(Change.INSERT, " (45)") in body
    assert old_text(body) == (
        "Hujan deras mengguyur Bekasi sejak Minggu malam.\n\n"
        "“Air naik cepat sekali,” kata Siti, warga Jatiasih."
    )
    assert new_text(body).endswith("kata Siti (45), warga Jatiasih.")
    # any two, either way round
    back = {d.key: d for d in review.history.compare(people.rina, story.id, 5, 1)}
    assert Segment(Change.INSERT, "Ratusan") in back["headline"].segments


def test_restore_saves_an_old_revision_as_a_new_one(review, people, story_in) -> None:
    story = story_in(Status.DRAF)
    original = story.lead
    story.lead = "Teras yang keliru."
    story.tags = ["banjir"]
    story = review.stories.save(people.rina, story)
    restored = review.history.restore(people.rina, story.id, 1)
    assert restored.version == 3 and restored.lead == original and restored.tags == []
    newest = review.history.revisions(people.rina, story.id)[0]
    assert (newest.number, newest.note) == (3, "Dipulihkan dari revisi 1")
    # nothing in the history was lost
    assert review.history.snapshot(people.rina, story.id, 2)["lead"] == "Teras yang keliru."
    assert not any(d.changed for d in review.history.compare(people.rina, story.id, 1, 3))


def test_restore_keeps_status_and_obeys_permissions(review, people, story_in) -> None:
    story = story_in(Status.DIAJUKAN)
    with pytest.raises(PermissionDenied):
        review.history.restore(people.rina, story.id, 1)
    with pytest.raises(PermissionDenied):
        review.history.revisions(people.budi, story.id)
    restored = review.history.restore(people.eka, story.id, 1)
    assert restored.status is Status.DIAJUKAN


def test_compare_snapshots_covers_every_text_field() -> None:
    old = {"headline": "A", "paragraphs": [{"text": "satu"}], "photos": [{"caption": "x"}]}
    new = {
        "headline": "A",
        "paragraphs": [{"text": "dua"}],
        "photos": [{"caption": "y"}],
        "tags": ["t"],
        "dateline": {"place": "JAKARTA", "outlet": "Redaksi"},
    }
    changed = {d.key for d in compare_snapshots(old, new) if d.changed}
    assert changed == {"body", "captions", "tags", "dateline"}
