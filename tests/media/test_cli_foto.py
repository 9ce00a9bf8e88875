"""``redaksi foto periksa`` and ``rendisi`` on real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from redaksi.cli import RedaksiParser, foto
from tests.photo_factory import agency_jpeg


def _run(argv: list[str]) -> int:
    parser = RedaksiParser(prog="redaksi")
    parser.add_argument("--database")
    foto.register(parser.add_subparsers(dest="command", parser_class=RedaksiParser))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_periksa_prints_prefill_and_findings(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "antara.jpg"
    path.write_bytes(agency_jpeg())
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"bukan foto")
    assert _run(["foto", "periksa", str(path)]) == foto.EXIT_FINDINGS  # alt text is missing
    out = capsys.readouterr().out
    assert "FOTO: ANTARA FOTO/Hafidz Mubarak" in out
    assert "Canon EOS R5" in out and "tidak ikut diterbitkan" in out
    assert "Teks alternatif wajib diisi" in out
    assert _run(["foto", "periksa", str(path), str(broken)]) == foto.EXIT_ERROR
    assert "DITOLAK: Berkas “rusak.jpg” bukan gambar" in capsys.readouterr().out


def test_rendisi_writes_files(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "asli.jpg"
    path.write_bytes(agency_jpeg((1400, 1000)))
    out_dir = tmp_path / "web"
    code = _run(["foto", "rendisi", str(path), "--nama", "Banjir Jakarta", "--keluar",
                 str(out_dir), "--lebar", "1024,320", "--format", "jpeg"])  # fmt: skip
    assert code == foto.EXIT_OK
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "banjir-jakarta-1024.jpg",
        "banjir-jakarta-320.jpg",
    ]
    with Image.open(out_dir / "banjir-jakarta-320.jpg") as image:
        assert image.width == 320
    assert "image/jpeg" in capsys.readouterr().out
    assert _run(["foto", "rendisi", str(path), "--nama", "x", "--keluar", str(out_dir),
                 "--format", "gif"]) == foto.EXIT_ERROR  # fmt: skip
