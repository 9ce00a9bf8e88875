"""``redaksi cari`` and ``redaksi tautan`` on a real SQLite store."""

from __future__ import annotations

from redaksi.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, main
from redaksi.store.store import open_store
from redaksi.story.model import RelatedLink, Story
from redaksi.story.status import Status


def _library(url: str) -> tuple[int, int, int]:
    store = open_store(url)
    try:
        lead = "Tim SAR mencari korban longsor di Cibeber, kata Yuda Prawira."
        a = store.stories.create(Story(headline="Longsor Cibeber", lead=lead, status=Status.TERBIT))
        b = store.stories.create(
            Story(headline="Pembangunan tanggul Cibeber", lead=lead, status=Status.TERBIT)
        )
        c = store.stories.create(
            Story(
                headline="Susulan",
                lead=lead,
                related=[RelatedLink("x", url="ftp://x"), RelatedLink("Longsor", story_id=a.id)],
            )
        )
        return a.id, b.id, c.id
    finally:
        store.close()


def test_search_and_related(sqlite_url, capsys) -> None:
    a, _b, _c = _library(sqlite_url)
    assert main(["--database", sqlite_url, "cari", "membangun"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Pembangunan tanggul Cibeber" in out and "Longsor Cibeber" not in out
    assert main(["--database", sqlite_url, "cari", "--terkait", str(a)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Pembangunan tanggul Cibeber" in out and "nama sama" in out
    assert main(["--database", sqlite_url, "cari", "tidakadasamasekali"]) == EXIT_OK
    assert "Tidak ada berita yang cocok." in capsys.readouterr().out
    assert main(["--database", sqlite_url, "cari"]) == EXIT_ERROR


def test_link_check_exit_codes(sqlite_url, capsys) -> None:
    a, _b, c = _library(sqlite_url)
    assert main(["--database", sqlite_url, "tautan", str(c)]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "tautan 1: [error]" in out and "http" in out
    assert main(["--database", sqlite_url, "tautan", str(a)]) == EXIT_OK
    assert "tidak ada masalah" in capsys.readouterr().out
    assert main(["--database", sqlite_url, "tautan", "999"]) == EXIT_ERROR
