"""Shared fixtures: a temporary data folder per test and stores on both engines."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTGRES_ENV = "REDAKSI_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("REDAKSI_DATA_DIR", str(data))
    monkeypatch.delenv("REDAKSI_DATABASE_URL", raising=False)
    return data


def postgres_admin_url() -> str | None:
    """The PostgreSQL service URL that ``.ci/run`` exports, if any."""
    return os.environ.get(POSTGRES_ENV)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    admin = postgres_admin_url()
    if not admin:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV} (set by .ci/run)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from redaksi.store.engine import normalise_url

    admin = normalise_url(admin)
    name = f"redaksi_t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A new SQLite file in the test's temporary folder."""
    return f"sqlite:///{tmp_path / 'redaksi.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest) -> str:
    """The URL of an empty store, once per engine (PostgreSQL skips without its URL)."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(store_url: str) -> Iterator[object]:
    """An open, migrated store on each engine."""
    from redaksi.store.store import open_store

    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A freshly installed WordPress on loopback (skips with the reason when impossible)."""
    from tests.publish.wordpress_site import REQUIRE_ENV, missing_requirements, start_wordpress

    reason = missing_requirements()
    if reason:
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"WordPress tests are required here ({REQUIRE_ENV}) but: {reason}")
        pytest.skip(f"WordPress tests need a local WordPress: {reason}")
    site = start_wordpress(tmp_path_factory.mktemp("wordpress"))
    try:
        yield site
    finally:
        site.stop()


@pytest.fixture
def desk_keyring(tmp_path: Path) -> Iterator[object]:
    """A real keyring backend (a file in the test folder) as the desk's keyring."""
    import keyring

    from tests.keyring_backend import FileKeyring

    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
