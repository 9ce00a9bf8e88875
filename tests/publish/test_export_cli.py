"""``redaksi export`` from the library and from a story file; readiness and overrides."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from redaksi.cli import main
from redaksi.store.models import AuditRow
from redaksi.store.seed import sample_story, seed_if_empty
from redaksi.store.store import open_store
from redaksi.story.serialize import story_to_dict
from redaksi.story.status import Status


def test_export_story_from_library_with_zip(sqlite_url: str, tmp_path: Path, capsys) -> None:
    store = open_store(sqlite_url)
    story = seed_if_empty(store)
    story.status = Status.DISETUJUI
    store.stories.save(story)
    store.close()
    out = tmp_path / "paket"
    assert (
        main(["--database", sqlite_url, "export", str(story.id), "--out", str(out), "--zip"]) == 0
    )
    assert (out / "index.html").exists() and (tmp_path / "paket.zip").exists()
    assert "Diekspor ke" in capsys.readouterr().out


def test_not_ready_story_is_refused_then_overridden_with_reason(
    sqlite_url: str, tmp_path: Path, capsys
) -> None:
    store = open_store(sqlite_url)
    story = sample_story()
    story.dateline.place = story.dateline.outlet = ""
    story.status = Status.DISETUJUI
    story = store.stories.create(story)
    store.close()
    args = ["--database", sqlite_url, "export", str(story.id), "--out", str(tmp_path / "o")]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "belum siap" in err and "dateline" in err
    assert not (tmp_path / "o").exists()
    assert main([*args, "--paksa"]) == 2
    assert main([*args, "--paksa", "--alasan", "Berita sela, dateline menyusul"]) == 0
    store = open_store(sqlite_url)
    saved = store.stories.load(story.id)
    assert saved.extra["export_override"]["reason"] == "Berita sela, dateline menyusul"
    with store.sessions() as session:
        audit = session.scalars(select(AuditRow).where(AuditRow.story_id == story.id)).one()
    assert audit.action == "export_override"
    store.close()


def test_export_from_story_file(sqlite_url: str, tmp_path: Path) -> None:
    source = tmp_path / "berita.json"
    source.write_text(json.dumps(story_to_dict(sample_story())), encoding="utf-8")
    out = tmp_path / "dari-berkas"
    assert main(["--database", sqlite_url, "export", str(source), "--out", str(out)]) == 0
    assert "Semarang" in (out / "index.html").read_text(encoding="utf-8")


def test_only_approved_stories_are_exported(sqlite_url: str, tmp_path: Path, capsys) -> None:
    store = open_store(sqlite_url)
    story = seed_if_empty(store)  # a draft
    store.close()
    assert (
        main(["--database", sqlite_url, "export", str(story.id), "--out", str(tmp_path / "o")]) == 2
    )
    assert "hanya berita yang sudah disetujui" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_missing_story_is_a_clear_error(sqlite_url: str, tmp_path: Path, capsys) -> None:
    assert main(["--database", sqlite_url, "export", "999", "--out", str(tmp_path / "x")]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
