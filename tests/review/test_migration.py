"""Migration 0003 goes down and up again cleanly; on SQLite it changes nothing."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from redaksi.store.migrate import MIGRATIONS_DIR, alembic_config, current_revision, head_revision
from redaksi.store.store import open_store

#: The revision 0003 sits on (the lead may re-chain it at merge).
BELOW = ScriptDirectory(str(MIGRATIONS_DIR)).get_revision("0003").down_revision
POLICY_COUNT = "SELECT count(*) FROM pg_policies WHERE policyname LIKE 'redaksi_%'"


@pytest.mark.postgres
def test_postgres_down_and_up(postgres_url) -> None:
    store = open_store(postgres_url)
    engine = store.engine
    with engine.connect() as c:
        assert c.execute(text(POLICY_COUNT)).scalar() > 20
        assert c.execute(
            text("SELECT relrowsecurity FROM pg_class WHERE relname = 'stories'")
        ).scalar()
    command.downgrade(alembic_config(engine), BELOW)
    assert current_revision(engine) == BELOW
    with engine.connect() as c:
        assert c.execute(text(POLICY_COUNT)).scalar() == 0
        assert not c.execute(
            text("SELECT relrowsecurity FROM pg_class WHERE relname = 'stories'")
        ).scalar()
        assert (
            c.execute(text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'redaksi_%'")).scalar()
            == 0
        )
        assert not c.execute(
            text("SELECT has_table_privilege('redaksi_reporter', 'stories', 'SELECT')")
        ).scalar()
    command.upgrade(alembic_config(engine), "head")
    with engine.connect() as c:
        assert c.execute(text(POLICY_COUNT)).scalar() > 20
        assert c.execute(
            text("SELECT has_table_privilege('redaksi_reporter', 'stories', 'SELECT')")
        ).scalar()
    store.close()


def test_sqlite_schema_is_untouched(sqlite_url) -> None:
    store = open_store(sqlite_url)
    assert current_revision(store.engine) == head_revision()
    assert "stories" in inspect(store.engine).get_table_names()
    command.downgrade(alembic_config(store.engine), BELOW)
    assert "stories" in inspect(store.engine).get_table_names()
    store.close()
