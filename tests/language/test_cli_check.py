from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from redaksi.cli import main

SRC = Path(__file__).resolve().parents[2] / "src"


def test_json_offsets_locate_findings_in_the_file(tmp_path: Path, capsys) -> None:
    text = "Jembatan Baru Dibuka\n\nWarga 😀 senang.\nHal tersebu terjadi dibawah jembatan.\n"
    path = tmp_path / "naskah.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["check", "--format", "json", str(path)]) == 1
    response = json.loads(capsys.readouterr().out)
    units = text.encode("utf-16-le")
    spans = [
        units[2 * m["offset"] : 2 * (m["offset"] + m["length"])].decode("utf-16-le")
        for m in response["matches"]
    ]
    assert spans == ["tersebu", "dibawah"]
    first = response["matches"][0]
    assert first["rule"]["id"].endswith("_SPELLING_RULE")
    assert first["rule"]["issueType"] == "misspelling"
    assert first["replacements"][0] == {"value": "tersebut"}
    assert first["sentence"] == "Hal tersebu terjadi dibawah jembatan."


def test_text_output_and_exit_codes(tmp_path: Path, capsys) -> None:
    clean = tmp_path / "bersih.txt"
    clean.write_text(
        "Jembatan Baru Diresmikan\n\nPresiden meresmikan jembatan baru di Jakarta.\n",
        encoding="utf-8",
    )
    assert main(["check", str(clean)]) == 0
    assert "tidak ada temuan" in capsys.readouterr().out
    dirty = tmp_path / "kotor.txt"
    dirty.write_text("Hal tersebu terjadi.", encoding="utf-8")
    assert main(["check", str(dirty)]) == 1
    out = capsys.readouterr().out
    assert f"{dirty}:1:5:" in out and "tersebut" in out
    assert main(["check", str(tmp_path / "tidak-ada.txt")]) == 2
    assert "galat" in capsys.readouterr().err


def test_command_runs_as_a_process(tmp_path: Path) -> None:
    path = tmp_path / "naskah.txt"
    path.write_text("Delapn tim bertanding.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "redaksi", "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 1, result.stderr
    match = json.loads(result.stdout)["matches"][0]
    assert match["replacements"][0]["value"] == "Delapan"
