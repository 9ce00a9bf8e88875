"""``redaksi pengguna`` and ``redaksi riwayat`` on a real SQLite store (and PostgreSQL roles)."""

from __future__ import annotations

import io
import uuid

import pytest
from sqlalchemy import create_engine, text

from redaksi.cli import main
from redaksi.review.desk import open_review
from redaksi.review.identity import sign_in
from redaksi.store.engine import normalise_url
from redaksi.store.store import open_store
from redaksi.story.model import Story


def test_users_command_on_sqlite(sqlite_url, capsys) -> None:
    assert main(["--database", sqlite_url, "pengguna", "tambah", "rina", "--peran", "reporter",
                 "--nama", "Rina W."]) == 0  # fmt: skip
    assert "Akun «rina» dibuat sebagai Reporter." in capsys.readouterr().out
    assert main(["--database", sqlite_url, "pengguna", "peran", "rina", "editor"]) == 0
    assert main(["--database", sqlite_url, "pengguna", "nonaktifkan", "rina"]) == 0
    capsys.readouterr()
    assert main(["--database", sqlite_url, "pengguna", "daftar"]) == 0
    out = capsys.readouterr().out
    assert "rina" in out and "Editor" in out and "(nonaktif)" in out
    # bad input: clear Indonesian message, exit 2, nothing created
    assert main(["--database", sqlite_url, "pengguna", "tambah", "Nama Salah"]) == 2
    assert "Nama akun" in capsys.readouterr().err


def test_history_command(sqlite_url, capsys) -> None:
    store = open_store(sqlite_url)
    review, me = open_review(store), sign_in(store)
    story = review.stories.create(me, Story(headline="Harga cabai naik", lead="Teras."))
    story.headline = "Harga cabai rawit naik tajam"
    review.stories.save(me, story, note="Judul diperjelas")
    store.close()
    assert main(["--database", sqlite_url, "riwayat", str(story.id)]) == 0
    out = capsys.readouterr().out
    assert "Judul diperjelas" in out and out.index("   2 ") < out.index("   1 ")
    assert main(["--database", sqlite_url, "riwayat", str(story.id), "--banding", "1", "2"]) == 0
    assert "Harga cabai {+rawit +}naik{+ tajam+}" in capsys.readouterr().out
    assert main(["--database", sqlite_url, "riwayat", "999"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


@pytest.mark.postgres
def test_users_command_creates_database_role(postgres_url, monkeypatch, capsys) -> None:
    name = f"t{uuid.uuid4().hex[:8]}_dina"
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi-rahasia\n"))
    try:
        assert main(["--database", postgres_url, "pengguna", "tambah", name, "--peran",
                     "editor", "--sandi-stdin"]) == 0  # fmt: skip
        engine = create_engine(normalise_url(postgres_url))
        with engine.connect() as c:
            member = c.execute(
                text("SELECT pg_has_role(:n, 'redaksi_editor', 'member')"), {"n": name}
            ).scalar()
            login = c.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"),
                              {"n": name}).scalar()  # fmt: skip
        assert member and login
        assert main(["--database", postgres_url, "pengguna", "nonaktifkan", name]) == 0
        with engine.connect() as c:
            assert not c.execute(
                text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": name}
            ).scalar()
        engine.dispose()
    finally:
        admin = create_engine(normalise_url(postgres_url), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        admin.dispose()
