"""Full-text search on both engines, and the index following every write."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from redaksi.links.search import StorySearch, parse_query
from redaksi.store.engine import make_engine, make_session_factory
from redaksi.store.errors import VersionConflict
from redaksi.store.migrate import upgrade
from redaksi.store.models import StorySearchRow
from redaksi.store.repository import StoryRepository
from redaksi.store.store import open_store
from redaksi.story.model import Paragraph, Story
from redaksi.story.status import Status


def _story(headline: str, lead: str, status: Status = Status.TERBIT, **kwargs) -> Story:
    return Story(headline=headline, lead=lead, status=status, **kwargs)


def _ids(hits) -> list[int]:
    return [hit.story_id for hit in hits]


@pytest.fixture
def search(store) -> StorySearch:
    return StorySearch.for_store(store)


def test_stemming_finds_other_forms(store, search) -> None:
    bridge = store.stories.create(
        _story("Pembangunan Jembatan Suramadu Rampung", "Pemerintah menyelesaikan jembatan.")
    )
    house = store.stories.create(_story("Warga membangun rumah", "Rumah panggung di Cikini."))
    store.stories.create(_story("Harga cabai naik", "Pedagang di pasar mengeluh."))
    assert set(_ids(search.search("pembangunan"))) == {bridge.id, house.id}
    assert _ids(search.search("membangun jembatan")) == [bridge.id]
    assert _ids(search.search("diselesaikan")) == [bridge.id]


def test_case_and_accent_insensitive(store, search) -> None:
    story = store.stories.create(
        _story("Wawancara dengan Pérez", "José Pérez berbicara di Jakarta.")
    )
    assert _ids(search.search("PEREZ")) == [story.id]
    assert _ids(search.search("jose")) == [story.id]


def test_headline_match_ranks_above_body_match(store, search) -> None:
    body = store.stories.create(
        _story("Rapat anggaran daerah", "Dalam rapat itu banjir juga dibahas sekilas.")
    )
    title = store.stories.create(_story("Banjir rendam Kemang", "Air setinggi lutut."))
    assert _ids(search.search("banjir")) == [title.id, body.id]


def test_word_being_typed_matches_as_prefix(store, search) -> None:
    story = store.stories.create(_story("Pasukan kuasai Baghuz", "Pertempuran terakhir."))
    assert _ids(search.search("Bagh")) == [story.id]
    assert search.search("Bagh ") == []  # a finished word must match whole


def test_empty_and_stop_word_queries_find_nothing(store, search) -> None:
    store.stories.create(_story("Yang terjadi di Bogor", "Dan lain-lain."))
    assert search.search("") == []
    assert search.search("yang dan ") == []
    assert parse_query("  ") == []


def test_index_follows_save_trash_restore_and_purge(store, search) -> None:
    story = store.stories.create(_story("Banjir di Kemang", "Air naik."))
    story.headline = "Kebakaran di Tanah Abang"
    story.lead = "Api melahap kios."
    story = store.stories.save(story)
    assert search.search("banjir") == []
    assert _ids(search.search("kebakaran")) == [story.id]
    store.stories.delete(story.id)
    assert search.search("kebakaran") == []
    store.stories.restore(story.id)
    assert _ids(search.search("kebakaran")) == [story.id]
    store.stories.delete(story.id)
    store.stories.purge(story.id)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(StorySearchRow)) == 0
    assert search.search("kebakaran") == []


def test_failed_save_leaves_index_untouched(store, search) -> None:
    story = store.stories.create(_story("Banjir di Kemang", "Air naik."))
    stale = store.stories.load(story.id)
    story.lead = "Air surut."
    store.stories.save(story)
    stale.headline = "Kebakaran di Tanah Abang"
    with pytest.raises(VersionConflict):
        store.stories.save(stale)
    assert search.search("kebakaran") == []
    assert _ids(search.search("banjir surut")) == [story.id]


def test_filters_by_status_and_excludes_ids(store, search) -> None:
    draft = store.stories.create(_story("Banjir Kemang", "Draf.", Status.DRAF))
    out = store.stories.create(_story("Banjir Cawang", "Terbit."))
    assert _ids(search.search("banjir", statuses={Status.TERBIT})) == [out.id]
    assert _ids(search.search("banjir", exclude=[out.id])) == [draft.id]


def test_paragraphs_and_captions_are_searched(store, search) -> None:
    story = store.stories.create(
        _story("Rapat", "Pembuka.", paragraphs=[Paragraph("Gubernur meninjau bendungan.")])
    )
    assert _ids(search.search("bendungan")) == [story.id]


def test_migration_indexes_stories_written_before_it(store_url) -> None:
    engine = make_engine(store_url)
    try:
        upgrade(engine, "0001")
        old = StoryRepository(make_session_factory(engine))  # no search hook yet
        story = old.create(_story("Pembangunan pasar Johar", "Pedagang kembali berjualan."))
    finally:
        engine.dispose()
    opened = open_store(store_url)
    try:
        assert _ids(StorySearch.for_store(opened).search("membangun Johar")) == [story.id]
    finally:
        opened.close()


def test_migration_downgrades_cleanly_and_reindexes_on_upgrade(store_url) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from redaksi.store.migrate import alembic_config

    opened = open_store(store_url)
    story = opened.stories.create(_story("Banjir Kemang", "Air naik."))
    engine = opened.engine
    command.downgrade(alembic_config(engine), "0001")
    tables = set(inspect(engine).get_table_names())
    assert "story_search" not in tables and "story_fts" not in tables
    upgrade(engine)
    assert _ids(StorySearch.for_store(opened).search("banjir")) == [story.id]
    opened.close()
