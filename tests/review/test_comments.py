"""Comments on a story and on text ranges, replies, resolve and reopen."""

from __future__ import annotations

import pytest

from redaksi.review.comments import Anchor, locate
from redaksi.review.errors import PermissionDenied, ReviewInputError
from redaksi.story.status import Status


def test_range_comment_thread_resolve_reopen(review, people, story_in) -> None:
    story = story_in(Status.DISUNTING)
    lead = story.lead
    start = lead.index("ratusan rumah")
    anchor = Anchor("lead", start, start + len("ratusan rumah"), "ratusan rumah")
    first = review.comments.add(people.eka, story.id, "Berapa tepatnya?", anchor)
    assert first.anchor == anchor and first.author == "Eka Pratiwi"
    reply = review.comments.reply(people.rina, first.id, "Data BPBD: 312 rumah.")
    nested = review.comments.reply(people.eka, reply.id, "Oke, masukkan.")
    general = review.comments.add(people.adi, story.id, "Foto utama kurang tajam.")

    threads = review.comments.threads(people.rina, story.id)
    assert [t.root.id for t in threads] == [first.id, general.id]
    assert [r.id for r in threads[0].replies] == [reply.id, nested.id]
    assert nested.parent_id == first.id and threads[1].root.anchor is None

    review.comments.resolve(people.rina, reply.id)  # resolving a reply resolves its thread
    thread = review.comments.threads(people.eka, story.id)[0]
    assert thread.resolved and thread.root.resolved_by == "Rina Wulandari"
    assert thread.root.resolved_at is not None
    assert [t.root.id for t in review.comments.threads(people.eka, story.id, False)] == [general.id]
    review.comments.reopen(people.eka, first.id)
    assert not review.comments.threads(people.eka, story.id)[0].resolved


def test_comment_rights(review, people, story_in) -> None:
    story = story_in(Status.DRAF)
    with pytest.raises(PermissionDenied):
        review.comments.add(people.budi, story.id, "Boleh lihat?")
    with pytest.raises(PermissionDenied):
        review.comments.threads(people.budi, story.id)
    note = review.comments.add(people.eka, story.id, "Perlu sumber kedua.")
    published = story_in(Status.TERBIT)
    other = review.comments.add(people.budi, published.id, "Ada salah ketik di judul.")
    with pytest.raises(PermissionDenied):
        review.comments.resolve(people.budi, note.id)
    review.comments.resolve(people.rina, note.id)  # the story's author
    review.comments.resolve(people.budi, other.id)  # the comment's author


def test_bad_comments_change_nothing(review, people, story_in) -> None:
    story = story_in(Status.DRAF)
    for body in ("", "   \n"):
        with pytest.raises(ReviewInputError, match="kosong"):
            review.comments.add(people.rina, story.id, body)
    with pytest.raises(ReviewInputError, match="tidak ada"):
        review.comments.add(people.rina, story.id, "x", Anchor("judul", 0, 3, "Ban"))
    with pytest.raises(ReviewInputError, match="Pilih"):
        review.comments.add(people.rina, story.id, "x", Anchor("lead", 5, 5, ""))
    with pytest.raises(ReviewInputError, match="belum tersimpan"):
        review.comments.add(people.rina, story.id, "x", Anchor("lead", 0, 4, "Gempa"))
    with pytest.raises(ReviewInputError, match="tidak ditemukan"):
        review.comments.reply(people.rina, 999_999, "balas")
    assert review.comments.threads(people.rina, story.id) == []


def test_anchor_follows_unsaved_shift_and_later_edits(review, people, story_in) -> None:
    story = story_in(Status.DRAF)
    text = story.paragraphs[1].text
    start = text.index("Siti")
    # offsets from an editor whose text was shifted by two characters: found anyway
    made = review.comments.add(
        people.rina, story.id, "Nama lengkap?", Anchor("paragraph:1", start + 2, start + 6, "Siti")
    )
    assert (made.anchor.start, made.anchor.end) == (start, start + 4)
    edited = "Menurut warga, " + text
    assert locate(made.anchor, edited) == (start + 15, start + 19)
    assert locate(made.anchor, "Kalimat tanpa nama itu.") is None


def test_margin_marks_follow_the_text(review, people, story_in) -> None:
    from redaksi.review.comments import margin_marks
    from redaksi.story.model import Paragraph

    story = story_in(Status.DRAF)
    text = story.paragraphs[0].text
    start = text.index("Minggu malam")
    kept = review.comments.add(
        people.rina,
        story.id,
        "Jam berapa?",
        Anchor("paragraph:0", start, start + 12, "Minggu malam"),
    )
    lost = review.comments.add(people.rina, story.id, "Siapa?", Anchor("lead", 0, 6, "Banjir"))
    done = review.comments.add(people.rina, story.id, "Umum")
    story.paragraphs[0] = Paragraph("Sejak sore, " + text)
    story.lead = "Air merendam ratusan rumah."
    threads = review.comments.threads(people.rina, story.id)
    marks, detached = margin_marks(threads, story)
    assert [(m.thread_id, m.field, m.start, m.end) for m in marks] == [
        (kept.id, "paragraph:0", start + 12, start + 24)
    ]
    assert [t.root.id for t in detached] == [lost.id]
    assert done.id not in {m.thread_id for m in marks}
