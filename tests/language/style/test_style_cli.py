"""``redaksi gaya``: list, switch, export and import the house style on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaksi.cli import main


def run(url: str, *args: str) -> int:
    return main(["--database", url, "gaya", *args])


def test_switch_export_and_import(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(sqlite_url, "atur", "ID_ANGKA_PERSEN", "--nonaktif") == 0
    assert run(sqlite_url, "atur", "ID_BAKU", "--tingkat", "error") == 0
    assert run(sqlite_url, "set", "asing", "nonaktif") == 0
    capsys.readouterr()
    assert run(sqlite_url, "aturan", "--set", "angka") == 0
    listing = capsys.readouterr().out
    assert "[ ] ID_ANGKA_PERSEN" in listing and "[x] ID_ANGKA_AWAL_KALIMAT" in listing
    exported = tmp_path / "gaya.yaml"
    assert run(sqlite_url, "ekspor", str(exported)) == 0
    text = exported.read_text("utf-8")
    assert "ID_ANGKA_PERSEN" in text and "asing" in text

    other = f"sqlite:///{tmp_path / 'lain.sqlite3'}"
    assert run(other, "impor", str(exported)) == 0
    capsys.readouterr()
    assert run(other, "aturan", "--set", "asing") == 0
    assert "(nonaktif)" in capsys.readouterr().out


def test_bad_input_is_refused_with_exit_code_2(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(sqlite_url, "atur", "ID_TIDAK_ADA", "--nonaktif") == 2
    assert "tidak dikenal" in capsys.readouterr().err
    bad = tmp_path / "rusak.yaml"
    bad.write_text("format: lain\n", "utf-8")
    assert run(sqlite_url, "impor", str(bad)) == 2
    assert "Impor dibatalkan" in capsys.readouterr().err
    assert run(sqlite_url, "impor", str(tmp_path / "tidak-ada.yaml")) == 2
