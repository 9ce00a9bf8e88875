"""``redaksi import``: recognition printed in Indonesian, stable JSON, saving to the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redaksi.cli import main
from redaksi.resources import resource
from redaksi.store.store import open_store

SAMPLE = resource("sample", "draf-tempelan.txt")
JSON_KEYS = [
    "headline",
    "subheadline",
    "byline",
    "dateline",
    "lead",
    "paragraphs",
    "photos",
    "related",
    "end_mark",
    "credits",
    "tags",
    "dropped",
    "saved_id",
    "warnings",
]


def test_import_saves_the_story_with_its_report(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", store_url, "import", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Judul       : PASUKAN SDF KEPUNG BENTENG TERAKHIR ISIS DI BAGHUZ" in out
    assert "Dateline    : MATA ANGIN" in out
    assert "kredit: Twitter Mustafa Bali" in out
    assert "[kolom komentar] Be the first to comment" in out
    assert "Disimpan ke pustaka sebagai cerita #" in out
    store = open_store(store_url)
    try:
        [summary] = store.stories.list()
        story = store.stories.load(summary.id)
    finally:
        store.close()
    assert story.headline == "PASUKAN SDF KEPUNG BENTENG TERAKHIR ISIS DI BAGHUZ"
    assert story.dateline.outlet == "MATA ANGIN"
    assert story.end_mark == "(*)"
    assert [(p.caption, p.credit) for p in story.photos] == [
        (
            "BOMBARDIR - Pesawat tempur koalisi pimpinan Amerika Serikat menjatuhkan bom "
            "di atas desa Baghuz, Suriah timur, Rabu malam.",
            "Twitter Mustafa Bali",
        )
    ]
    [link] = story.related
    assert (link.placement, link.after_paragraph) == ("inline", 1)
    record = story.extra["import"]
    assert record["file"] == "draf-tempelan.txt"
    assert "Be the first to comment" in [d["text"] for d in record["dropped"]]


def test_json_output_is_stable_and_dry_run_saves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "pustaka.sqlite3"
    url = f"sqlite:///{database}"
    assert main(["--database", url, "import", str(SAMPLE), "--json", "--dry-run"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert list(payload) == JSON_KEYS
    assert payload["saved_id"] is None
    assert payload["dateline"] == {"place": "", "outlet": "MATA ANGIN"}
    assert payload["related"] == [
        {"title": "Ribuan Warga Sipil Tinggalkan Kantong Terakhir ISIS", "url": "", "position": 1}
    ]
    assert payload["end_mark"] == "(*)"
    assert {"text": "*", "reason": "tanda bintang lepas"} in payload["dropped"]
    assert not database.exists()


def test_dry_run_prints_recognition_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(SAMPLE), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Baca juga   : 1" in out
    assert "(setelah paragraf isi ke-2)" in out
    assert "Uji coba (--dry-run): tidak ada yang disimpan." in out


def test_bad_input_exits_2_with_a_message_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "pustaka.sqlite3"
    url = f"sqlite:///{database}"
    empty = tmp_path / "kosong.txt"
    empty.write_bytes(b"")
    assert main(["--database", url, "import", str(empty)]) == 2
    assert "galat: Berkas kosong" in capsys.readouterr().err
    assert main(["--database", url, "import", str(tmp_path / "hilang.docx")]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    assert not database.exists()


def test_import_is_listed_in_indonesian_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "pemakaian: redaksi import" in out
    assert "jangan simpan ke pustaka" in out


def test_title_only_related_lines_link_to_the_library_story(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from redaksi.story.model import Story
    from redaksi.story.status import Status

    store = open_store(store_url)
    try:
        target = store.stories.create(
            Story(
                headline="Ribuan Warga Sipil Tinggalkan Kantong Terakhir ISIS",
                status=Status.TERBIT,
            )
        )
    finally:
        store.close()
    assert main(["--database", store_url, "import", str(SAMPLE)]) == 0
    assert "Baca juga  : 1 judul dikaitkan ke berita di pustaka." in capsys.readouterr().out
    store = open_store(store_url)
    try:
        imported = next(s for s in store.stories.list() if s.id != target.id)
        [link] = store.stories.load(imported.id).related
    finally:
        store.close()
    assert (link.story_id, link.title) == (target.id, target.headline)
    assert (link.placement, link.after_paragraph) == ("inline", 1)
