"""``redaksi check`` reads drafts through the importer; offsets point into the file itself."""

from __future__ import annotations

import json
from pathlib import Path

from redaksi.cli import main
from redaksi.language.defaults import build_checker
from redaksi.language.draft_check import check_draft

DRAFT = (
    "Pasukan SDF Klaim Kuasai Baghuz\r\n\r\n"
    "JAKARTA, Redaksi - Hal tersebu disampaikan juru bicara.\r\n\r\n"
    "Be the first to comment\r\n"
    "Leave a Reply\r\n"
)


def test_findings_point_into_the_file_and_skip_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "draf.txt"
    path.write_bytes(DRAFT.encode("utf-8-sig"))
    result = check_draft(build_checker(), path)
    typos = [f for f in result.findings if f.rule_id == "ID_SPELLING_RULE"]
    assert [result.text[f.start : f.end] for f in typos] == ["tersebu"]
    assert typos[0].start == DRAFT.index("tersebu")
    assert result.dropped >= 1


def test_cli_json_offsets_and_exit_codes(tmp_path: Path, capsys) -> None:
    path = tmp_path / "draf.txt"
    path.write_bytes(DRAFT.encode("utf-8"))
    assert main(["check", "--format", "json", str(path)]) == 1
    matches = json.loads(capsys.readouterr().out)["matches"]
    typo = next(m for m in matches if m["rule"]["id"] == "ID_SPELLING_RULE")
    assert typo["offset"] == DRAFT.index("tersebu")
    clean = tmp_path / "bersih.txt"
    clean.write_text(
        "Jembatan Baru Diresmikan\n\nPresiden meresmikan jembatan baru di Semarang.\n",
        encoding="utf-8",
    )
    assert main(["check", str(clean)]) == 0
    binary = tmp_path / "rusak.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert main(["check", str(binary)]) == 2
