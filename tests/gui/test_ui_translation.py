"""A compiled translation changes the interface language without code changes."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from redaksi.gui.finding_menu import FindingMenu
from redaksi.gui.translation import install_translators, translations_dir

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context><name>FindingMenu</name>
<message><source>Tidak ada saran</source><translation>No suggestions</translation></message>
</context>
</TS>
"""


def test_sources_list_the_interface_strings():
    source = (translations_dir() / "redaksi_id.ts").read_text(encoding="utf-8")
    for text in ("Tambahkan ke kamus redaksi", "Abaikan semua", "Pustaka berita"):
        assert f"<source>{text}</source>" in source


def test_english_qm_is_picked_up(qapp, tmp_path: Path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        found = shutil.which("pyside6-lrelease")
        if not found:
            pytest.skip("pyside6-lrelease not installed")
        lrelease = Path(found)
    ts = tmp_path / "redaksi_en.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([str(lrelease), str(ts)], check=True, capture_output=True)
    try:
        assert "redaksi" in install_translators(qapp, "en", folder=tmp_path)
        assert FindingMenu().tr("Tidak ada saran") == "No suggestions"
    finally:
        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
        install_translators(qapp, "id")
    assert FindingMenu().tr("Tidak ada saran") == "Tidak ada saran"
