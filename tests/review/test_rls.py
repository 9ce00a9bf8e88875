"""PostgreSQL enforces the rules itself: forbidden reads and writes tried directly in SQL.

Each person gets a real database role made by the admin operation (unique names, since
roles are cluster-wide, dropped afterwards) and connects with it; the store itself is
set up by the owner connection.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from redaksi.review.desk import open_review
from redaksi.review.errors import PermissionDenied
from redaksi.review.identity import sign_in
from redaksi.review.roles import Actor, Role
from redaksi.store.engine import normalise_url
from redaksi.store.store import open_store
from redaksi.store.users import ensure_user
from redaksi.story.model import Paragraph, Photo, Story
from redaksi.story.status import Status

pytestmark = pytest.mark.postgres

PASSWORD = "rahasia-sekali"


@dataclass
class Desk:
    actor: Actor
    url: str
    engine: Engine


@pytest.fixture
def pg(postgres_url: str) -> Iterator[dict]:
    """Owner store plus four people, each connected with their own database role."""
    owner = open_store(postgres_url)
    review = open_review(owner)
    admin_id = ensure_user(owner.sessions, "pemilik", "Pemilik", Role.ADMIN.value)
    boss = Actor(admin_id, "pemilik", "Pemilik", Role.ADMIN)
    prefix = f"t{uuid.uuid4().hex[:8]}"
    desks: dict[str, Desk] = {}
    try:
        for who, role in (
            ("rina", Role.REPORTER),
            ("budi", Role.REPORTER),
            ("eka", Role.EDITOR),
            ("adi", Role.ADMIN),
        ):
            info = review.accounts.create(boss, f"{prefix}_{who}", role, who.title(), PASSWORD)
            url = (
                make_url(normalise_url(postgres_url))
                .set(username=info.username, password=PASSWORD)
                .render_as_string(hide_password=False)
            )
            desks[who] = Desk(info.actor(), url, create_engine(url))
        yield {"owner": owner, "review": review, "boss": boss, **desks}
    finally:
        for desk in desks.values():
            desk.engine.dispose()
        owner.close()
        with create_engine(
            normalise_url(postgres_url), isolation_level="AUTOCOMMIT"
        ).connect() as c:
            for desk in desks.values():
                c.execute(text(f'DROP ROLE IF EXISTS "{desk.actor.username}"'))


def _story(pg: dict, who: str, status: Status = Status.DRAF) -> Story:
    review = pg["review"]
    story = Story(
        headline=f"Berita {who}",
        lead="Teras rahasia.",
        paragraphs=[Paragraph("Isi.")],
        photos=[Photo(caption="Foto")],
    )
    story = review.stories.create(pg[who].actor, story)
    path = {
        Status.DRAF: [],
        Status.DIAJUKAN: [Status.DIAJUKAN],
        Status.DISUNTING: [Status.DIAJUKAN, Status.DISUNTING],
        Status.TERBIT: [Status.DIAJUKAN, Status.DISUNTING, Status.DISETUJUI, Status.TERBIT],
    }[status]
    for target in path:
        story = review.workflow.transition(pg["boss"], story.id, target)
    review.comments.add(pg["boss"], story.id, "Komentar redaksi")
    return story


def _rows(desk: Desk, sql: str, **params) -> list:
    with desk.engine.connect() as c:
        return c.execute(text(sql), params).all()


def _write(desk: Desk, sql: str, **params) -> int:
    with desk.engine.begin() as c:
        return c.execute(text(sql), params).rowcount


def _refused(desk: Desk, sql: str, **params) -> str:
    with pytest.raises(DBAPIError) as raised:
        _write(desk, sql, **params)
    # 42501 insufficient_privilege: a missing grant, a policy or the workflow trigger
    assert raised.value.orig.sqlstate == "42501", raised.value.orig
    return str(raised.value.orig)


def test_reporter_cannot_read_others_drafts_or_their_parts(pg) -> None:
    mine, theirs = _story(pg, "rina"), _story(pg, "budi")
    published = _story(pg, "budi", Status.TERBIT)
    rina = pg["rina"]
    ids = {r[0] for r in _rows(rina, "SELECT id FROM stories")}
    assert ids == {mine.id, published.id}
    for table in ("revisions", "comments", "photos", "audit_log", "story_search"):
        seen = {r[0] for r in _rows(rina, f"SELECT story_id FROM {table}")}
        assert theirs.id not in seen, table
        assert mine.id in seen or table == "audit_log", table
    # editors and admins read everything
    for who in ("eka", "adi"):
        assert {mine.id, theirs.id} <= {r[0] for r in _rows(pg[who], "SELECT id FROM stories")}


def test_reporter_cannot_change_others_or_submitted_stories(pg) -> None:
    rina = pg["rina"]
    theirs = _story(pg, "budi")
    assert _write(rina, "UPDATE stories SET headline = 'Dibajak' WHERE id = :i", i=theirs.id) == 0
    submitted = _story(pg, "rina", Status.DIAJUKAN)
    message = _refused(rina, "UPDATE stories SET headline = 'Ubah' WHERE id = :i", i=submitted.id)
    assert "tidak berhak" in message
    draft = _story(pg, "rina")
    for status in ("disetujui", "terbit", "disunting"):
        message = _refused(
            rina, "UPDATE stories SET status = :s WHERE id = :i", s=status, i=draft.id
        )
        assert "status" in message
    _refused(
        rina,
        "UPDATE stories SET author_id = :b WHERE id = :i",
        b=pg["budi"].actor.user_id,
        i=draft.id,
    )
    _refused(rina, "DELETE FROM stories WHERE id = :i", i=draft.id)
    assert pg["owner"].stories.load(draft.id).headline == "Berita rina"
    assert pg["owner"].stories.load(submitted.id).headline == "Berita rina"
    # the allowed moves work directly too
    assert _write(rina, "UPDATE stories SET lead = 'Teras baru' WHERE id = :i", i=draft.id) == 1
    assert _write(rina, "UPDATE stories SET status = 'diajukan' WHERE id = :i", i=draft.id) == 1


def test_reporter_cannot_insert_for_others_or_skip_the_workflow(pg) -> None:
    rina, budi_id = pg["rina"], pg["budi"].actor.user_id
    insert = (
        "INSERT INTO stories (uuid, slug, headline, subheadline, dateline_place, "
        "dateline_outlet, lead, paragraphs, byline, category, tags, status, end_mark, credits, "
        "ignored_words, extra, author_id, created_at, updated_at, version) VALUES (:u, '', "
        "'x', '', '', '', '', '[]', '', '', '[]', :s, '', '{}', '[]', '{}', :a, now(), now(), 1)"
    )
    _refused(rina, insert, u=uuid.uuid4().hex, s="draf", a=budi_id)
    _refused(rina, insert, u=uuid.uuid4().hex, s="terbit", a=rina.actor.user_id)
    assert _write(rina, insert, u=uuid.uuid4().hex, s="draf", a=rina.actor.user_id) == 1


def test_history_and_parts_cannot_be_forged(pg) -> None:
    rina = pg["rina"]
    mine, theirs = _story(pg, "rina"), _story(pg, "budi")
    submitted = _story(pg, "rina", Status.DIAJUKAN)
    me = rina.actor.user_id
    # no rewriting history
    _refused(rina, "UPDATE revisions SET note = 'palsu' WHERE story_id = :i", i=mine.id)
    _refused(rina, "DELETE FROM revisions WHERE story_id = :i", i=mine.id)
    # no extra revision for an old version of one's own story
    _refused(
        rina,
        "INSERT INTO revisions (story_id, number, author_id, created_at, status, note, snapshot) "
        "VALUES (:i, 99, :me, now(), 'draf', '', '{}')",
        i=mine.id,
        me=me,
    )
    # no photos added to others' stories or to one's own submitted story
    for target in (theirs.id, submitted.id):
        _refused(
            rina,
            "INSERT INTO photos (story_id, position, is_lead, filename, mime, width, height, "
            "caption, credit, alt_text, photographer, place, metadata) VALUES (:i, 9, false, "
            "'', '', 0, 0, 'x', '', '', '', '', '{}')",
            i=target,
        )
    assert _write(rina, "UPDATE photos SET caption = 'x' WHERE story_id = :i", i=submitted.id) == 0
    # comments and audit entries only in one's own name
    _refused(
        rina,
        "INSERT INTO comments (story_id, author_id, created_at, body, field, anchor_text, "
        "resolved) VALUES (:i, :other, now(), 'palsu', '', '', false)",
        i=mine.id,
        other=pg["eka"].actor.user_id,
    )
    _refused(
        rina,
        "INSERT INTO audit_log (story_id, user_id, action, from_status, to_status, note, "
        "created_at) VALUES (:i, :other, 'status', 'draf', 'disetujui', '', now())",
        i=mine.id,
        other=pg["eka"].actor.user_id,
    )
    _refused(rina, "UPDATE comments SET body = 'ubah' WHERE story_id = :i", i=mine.id)
    _refused(rina, "UPDATE audit_log SET note = 'x'")
    # the edit lock of someone else's story cannot be taken
    _refused(
        rina,
        "INSERT INTO edit_locks (story_id, user_id, holder, acquired_at, heartbeat_at) "
        "VALUES (:i, :me, 'desk', now(), now())",
        i=theirs.id,
        me=me,
    )


def test_only_admins_manage_users_and_house_style(pg) -> None:
    for who in ("rina", "eka"):
        desk = pg[who]
        _refused(desk, "UPDATE users SET role = 'admin' WHERE id = :i", i=desk.actor.user_id)
        _refused(
            desk,
            "INSERT INTO house_substitutions (pattern, replacement, message, level, added_at) "
            "VALUES ('a', 'b', '', 'warning', now())",
        )
    adi = pg["adi"]
    assert (
        _write(adi, "UPDATE users SET display_name = 'Adi N.' WHERE id = :i", i=adi.actor.user_id)
        == 1
    )
    assert (
        _write(
            adi,
            "INSERT INTO house_substitutions (pattern, replacement, message, level, added_at) "
            "VALUES ('a', 'b', '', 'warning', now())",
        )
        == 1
    )


def test_editor_is_held_to_the_workflow_in_sql(pg) -> None:
    eka = pg["eka"]
    draft = _story(pg, "rina")
    _refused(eka, "UPDATE stories SET headline = 'x' WHERE id = :i", i=draft.id)
    _refused(eka, "UPDATE stories SET status = 'disetujui' WHERE id = :i", i=draft.id)
    submitted = _story(pg, "rina", Status.DIAJUKAN)
    assert (
        _write(eka, "UPDATE stories SET headline = 'Disunting' WHERE id = :i", i=submitted.id) == 1
    )
    assert _write(eka, "UPDATE stories SET status = 'disunting' WHERE id = :i", i=submitted.id) == 1
    _refused(eka, "UPDATE stories SET status = 'terbit' WHERE id = :i", i=submitted.id)
    _refused(eka, "DELETE FROM stories WHERE id = :i", i=submitted.id)
    assert _write(pg["adi"], "DELETE FROM stories WHERE id = :i", i=submitted.id) == 1


def test_desks_signed_in_with_their_own_accounts(pg) -> None:
    """The whole application as Rina and Eka: core refuses first, the database second."""
    rina_store = open_store(pg["rina"].url)
    eka_store = open_store(pg["eka"].url)
    try:
        rina, eka = sign_in(rina_store), sign_in(eka_store)
        assert (rina, eka) == (pg["rina"].actor, pg["eka"].actor)
        as_rina, as_eka = open_review(rina_store), open_review(eka_store)
        story = as_rina.stories.create(rina, Story(headline="Gempa di Cianjur", lead="Teras."))
        story.lead = "Teras yang diperbaiki."
        story = as_rina.stories.save(rina, story, note="Perbaiki teras")
        assert as_rina.locks.acquire(rina, story.id, "desk-rina").editable
        as_rina.locks.release(rina, story.id, "desk-rina")
        as_rina.comments.add(rina, story.id, "Mohon dicek angka korban")
        story = as_rina.workflow.transition(rina, story.id, Status.DIAJUKAN)
        # the core refuses...
        story.lead = "Diam-diam diubah"
        with pytest.raises(PermissionDenied):
            as_rina.stories.save(rina, story)
        # ...and so does the database when the core is bypassed
        with pytest.raises(DBAPIError) as raised:
            rina_store.stories.save(story, rina.user_id)
        assert raised.value.orig.sqlstate == "42501"
        assert eka_store.stories.load(story.id).lead == "Teras yang diperbaiki."
        # the editor edits, returns with a note; the reporter sees it
        as_eka.workflow.transition(eka, story.id, Status.DISUNTING)
        assert as_eka.locks.acquire(eka, story.id, "desk-eka").editable
        edited = as_eka.stories.open(eka, story.id)
        edited.lead = "Teras yang disunting redaktur."
        as_eka.stories.save(eka, edited, note="Sunting", desk="desk-eka")
        as_eka.workflow.transition(eka, story.id, Status.DIKEMBALIKAN, note="Tambah sumber")
        returned = as_rina.workflow.returned(rina)
        assert [(r.story_id, r.note, r.moved_by) for r in returned] == [
            (story.id, "Tambah sumber", "Eka")
        ]
        assert len(as_rina.history.revisions(rina, story.id)) == 6
        assert as_rina.comments.threads(rina, story.id)[0].root.body == "Mohon dicek angka korban"
    finally:
        rina_store.close()
        eka_store.close()


def test_unknown_database_account_cannot_sign_in(pg, postgres_url) -> None:
    name = f"t{uuid.uuid4().hex[:8]}_asing"
    admin = create_engine(normalise_url(postgres_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE ROLE "{name}" LOGIN IN ROLE redaksi_reporter'))
    url = make_url(normalise_url(postgres_url)).set(username=name).render_as_string(False)
    stranger = open_store(url)
    try:
        with pytest.raises(PermissionDenied, match="belum terdaftar"):
            sign_in(stranger)
        # a grouped role without a users row sees nothing
        _story(pg, "rina")
        with stranger.engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM stories")).scalar() == 0
    finally:
        stranger.close()
        with admin.connect() as c:
            c.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        admin.dispose()


def test_admin_desk_creates_accounts_with_its_own_role(pg, postgres_url) -> None:
    """An administrator signed in with their own (non-superuser) role manages accounts."""
    admin_store = open_store(pg["adi"].url)
    name = f"t{uuid.uuid4().hex[:8]}_baru"
    try:
        review = open_review(admin_store)
        admin = sign_in(admin_store)
        made = review.accounts.create(admin, name, Role.REPORTER, "Baru", PASSWORD)
        assert made.role is Role.REPORTER
        with admin_store.engine.connect() as c:
            assert c.execute(
                text("SELECT pg_has_role(:n, 'redaksi_reporter', 'member')"), {"n": name}
            ).scalar()
        # a reporter's own connection cannot create accounts, in the core or in SQL
        rina_store = open_store(pg["rina"].url)
        try:
            with pytest.raises(PermissionDenied):
                open_review(rina_store).accounts.create(
                    sign_in(rina_store), "tamu", Role.ADMIN, "", PASSWORD
                )
            _refused(
                pg["rina"],
                "INSERT INTO users (username, display_name, role, active, "
                "created_at) VALUES ('tamu', '', 'admin', true, now())",
            )
        finally:
            rina_store.close()
    finally:
        admin_store.close()
        owner = create_engine(normalise_url(postgres_url), isolation_level="AUTOCOMMIT")
        with owner.connect() as c:
            c.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        owner.dispose()
