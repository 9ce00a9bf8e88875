"""The command line: version, Indonesian help, schema migrations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from redaksi import __version__
from redaksi.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "redaksi", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_version_through_python_m() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"redaksi {__version__}"


def test_help_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("pemakaian: redaksi")
    assert "tampilkan bantuan ini lalu keluar" in out
    assert "perintah:" in out and "db" in out


def test_unknown_command_is_an_indonesian_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["terbangkan"])
    assert caught.value.code == 2
    assert "galat:" in capsys.readouterr().err


def test_db_upgrade_creates_and_reports_schema(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["--database", url, "db", "upgrade"]) == 0
    assert "Skema diperbarui" in capsys.readouterr().out
    assert main(["--database", url, "db", "upgrade"]) == 0
    assert "sudah terbaru" in capsys.readouterr().out
    assert main(["--database", url, "db", "current"]) == 0
    assert "(terbaru)" in capsys.readouterr().out


def test_db_upgrade_uses_environment_url(tmp_path: Path, monkeypatch, capsys) -> None:
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("REDAKSI_DATABASE_URL", f"sqlite:///{target}")
    assert main(["db", "upgrade"]) == 0
    assert target.exists()


@pytest.mark.postgres
def test_db_upgrade_on_postgresql(postgres_url: str, capsys) -> None:
    assert main(["--database", postgres_url, "db", "upgrade"]) == 0
    assert main(["--database", postgres_url, "db", "current"]) == 0
    assert "(terbaru)" in capsys.readouterr().out


def test_default_store_lives_in_the_user_data_folder(_isolated_data_dir: Path) -> None:
    from redaksi.paths import default_database_url

    assert default_database_url() == f"sqlite:///{_isolated_data_dir / 'redaksi.sqlite3'}"
