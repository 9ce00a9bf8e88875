"""The review core is plain Python: importing all of it must not load Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import redaksi.review


def test_review_core_does_not_import_qt() -> None:
    package = Path(redaksi.review.__file__).parent
    modules = sorted(
        f"redaksi.review.{p.stem}" for p in package.glob("*.py") if p.stem != "__init__"
    )
    assert "redaksi.review.permissions" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    src = str(package.parents[1])
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": src},
        check=True,
    )
    assert result.stdout.strip() == "False"
