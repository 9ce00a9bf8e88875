"""Store round trips and the no-lost-update guarantee, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text

from redaksi.store.errors import StoryNotFound, VersionConflict
from redaksi.store.models import PhotoBlobRow
from redaksi.store.seed import seed_if_empty
from redaksi.store.users import ensure_user
from redaksi.story.model import Dateline, Mark, Paragraph, Photo, RelatedLink, Story
from redaksi.story.status import Status


def _story() -> Story:
    return Story(
        headline="Pasukan SDF Klaim Kuasai Baghuz",
        subheadline="Pertempuran terakhir melawan ISIS",
        dateline=Dateline(place="BAGHUZ", outlet="Redaksi"),
        lead="Pasukan Demokratik Suriah (SDF) mengklaim telah menguasai Baghuz.",
        paragraphs=[
            Paragraph("“Pada hari ini kami menang,” kata Mustafa Bali.", "quote"),
            Paragraph(
                "Kekhalifahan itu runtuh.", marks=[Mark(0, 12, "italic"), Mark(13, 16, "bold")]
            ),
        ],
        byline="Tim Redaksi",
        category="Internasional",
        tags=["Suriah", "ISIS"],
        end_mark="(*)",
        credits={"pewarta": "A", "editor": "B"},
        photos=[
            Photo(
                caption="BOMBARDIR - Pasukan SDF menembaki posisi ISIS.",
                credit="Twitter Mustafa Bali",
                alt_text="Asap membubung di atas desa",
                taken_at=datetime(2019, 3, 23, 10, 0, tzinfo=UTC),
                is_lead=True,
            )
        ],
        related=[RelatedLink("ISIS kehilangan wilayah terakhir", url="https://contoh.id/a")],
    )


def test_round_trip_keeps_every_field(store) -> None:
    user = ensure_user(store.sessions, "dewi", "Dewi A.", "reporter")
    created = store.stories.create(_story(), user)
    assert created.id is not None and created.version == 1
    loaded = store.stories.load(created.id)
    original = _story()
    for field in (
        "headline",
        "subheadline",
        "dateline",
        "lead",
        "paragraphs",
        "byline",
        "category",
        "tags",
        "end_mark",
        "credits",
    ):
        assert getattr(loaded, field) == getattr(original, field), field
    assert loaded.photos[0].caption == original.photos[0].caption
    assert loaded.photos[0].taken_at == original.photos[0].taken_at
    assert loaded.photos[0].id is not None
    assert loaded.related[0].url == "https://contoh.id/a"
    assert loaded.author_id == user
    assert loaded.slug == "pasukan-sdf-klaim-kuasai-baghuz"


def test_save_bumps_version_and_records_revisions(store) -> None:
    story = store.stories.create(_story())
    story.lead = "Lead baru."
    story.status = Status.DIAJUKAN
    saved = store.stories.save(story, note="ajukan")
    assert saved.version == 2
    assert store.stories.load(story.id).lead == "Lead baru."
    revisions = store.stories.revisions(story.id)
    assert [r.number for r in revisions] == [2, 1]
    assert revisions[0].status is Status.DIAJUKAN
    assert store.stories.revision_snapshot(story.id, 1)["lead"] == _story().lead


def test_version_conflict_never_loses_an_update(store) -> None:
    created = store.stories.create(_story())
    desk_a = store.stories.load(created.id)
    desk_b = store.stories.load(created.id)
    desk_a.headline = "Versi meja A"
    store.stories.save(desk_a)
    desk_b.headline = "Versi meja B"
    with pytest.raises(VersionConflict) as caught:
        store.stories.save(desk_b)
    assert caught.value.actual == 2 and caught.value.expected == 1
    assert "diubah orang lain" in str(caught.value)
    assert store.stories.load(created.id).headline == "Versi meja A"


def test_photo_and_link_ids_stay_stable_across_saves(store) -> None:
    story = store.stories.create(_story())
    photo_id = story.photos[0].id
    story.photos[0].caption = "Keterangan baru"
    story.photos.append(Photo(caption="Foto kedua", credit="ANTARA"))
    saved = store.stories.save(story)
    assert saved.photos[0].id == photo_id
    assert [p.caption for p in saved.photos] == ["Keterangan baru", "Foto kedua"]
    saved.photos.pop(0)
    again = store.stories.save(saved)
    assert [p.caption for p in again.photos] == ["Foto kedua"]


def test_trash_restore_and_purge(store) -> None:
    story = store.stories.create(_story())
    store.stories.delete(story.id)
    with pytest.raises(StoryNotFound):
        store.stories.load(story.id)
    assert [s.id for s in store.stories.list(trash=True)] == [story.id]
    assert store.stories.list() == []
    store.stories.restore(story.id)
    assert store.stories.load(story.id).headline == story.headline
    with pytest.raises(StoryNotFound):
        store.stories.purge(story.id)
    store.stories.delete(story.id)
    store.stories.purge(story.id)
    with pytest.raises(StoryNotFound):
        store.stories.load(story.id, include_deleted=True)


def test_list_search_filter_and_sort(store) -> None:
    first = _story()
    first.headline = "Banjir rob di Semarang"
    second = _story()
    second.headline = "Gempa di Cianjur"
    second.status = Status.DIAJUKAN
    store.stories.create(first)
    store.stories.create(second)
    assert [s.headline for s in store.stories.list(search="BANJIR")] == [first.headline]
    assert [s.headline for s in store.stories.list(statuses={Status.DIAJUKAN})] == [second.headline]
    by_title = store.stories.list(sort="headline", descending=False)
    assert [s.headline for s in by_title] == [first.headline, second.headline]


def test_first_start_seeds_one_sample_story(store) -> None:
    seeded = seed_if_empty(store)
    assert seeded is not None and "Semarang" in seeded.headline
    assert seed_if_empty(store) is None
    assert store.stories.count() == 1


def test_schema_has_every_planned_table(store) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {
        "users",
        "stories",
        "photos",
        "photo_blobs",
        "related_links",
        "revisions",
        "comments",
        "audit_log",
        "edit_locks",
        "dictionary_words",
        "personal_ignores",
        "house_style_rules",
        "house_substitutions",
        "settings",
        "alembic_version",
    } <= tables


def test_photo_blobs_store_bytes(store) -> None:
    with store.sessions.begin() as session:
        session.add(PhotoBlobRow(sha256="ab" * 32, data=b"\xff\xd8\xff", size=3))
    with store.sessions() as session:
        assert session.get(PhotoBlobRow, "ab" * 32).data == b"\xff\xd8\xff"


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_url) -> None:
    from redaksi.store.store import open_store

    opened = open_store(sqlite_url)
    with opened.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    opened.close()


def test_declared_heads_match_alembic(store) -> None:
    from redaksi.store.migrate import declared_heads, head_revision, is_current

    assert declared_heads() == {head_revision()}
    assert is_current(store.engine)
