"""Compile the Designer sources in ``ui/`` into ``gui/forms/`` with ``pyside6-uic``.

Run ``python -m redaksi.gui.formgen`` after editing a ``.ui`` file.  The generated modules are
committed (nobody edits them by hand) and a test fails when one is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from redaksi.resources import ui_dir

FORMS_DIR = Path(__file__).resolve().parent / "forms"


def uic_command() -> list[str]:
    """The ``pyside6-uic`` next to the running interpreter, else the one on ``PATH``."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if not found:
        raise FileNotFoundError("pyside6-uic tidak ditemukan; pasang PySide6.")
    return [found]


def module_name(ui_file: Path) -> str:
    """``ui/story_editor.ui`` compiles to ``forms/ui_story_editor.py``."""
    return f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """Generated Python source for one form, without the uic version banner."""
    result = subprocess.run(
        [*uic_command(), str(ui_file)], capture_output=True, text=True, check=True
    )
    return strip_banner(result.stdout)


def strip_banner(source: str) -> str:
    """Drop uic's comment header (it names the uic version, which must not make a form stale)."""
    lines = source.splitlines(keepends=True)
    body = [line for line in lines if not line.startswith("#")]
    return "# Generated from ui/ by redaksi.gui.formgen (pyside6-uic). Do not edit.\n" + "".join(
        body
    ).lstrip("\n")


def ui_files() -> list[Path]:
    """Every Designer source."""
    return sorted(ui_dir().glob("*.ui"))


def main() -> int:
    """Regenerate every form module."""
    FORMS_DIR.mkdir(exist_ok=True)
    for ui_file in ui_files():
        (FORMS_DIR / module_name(ui_file)).write_text(compile_form(ui_file), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
