"""The links core must load without Qt (the CLI and the server use it too)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

MODULES = (
    "search",
    "suggest",
    "related",
    "validation",
    "importing",
    "indexing",
    "service",
    "transfer",
    "targets",
    "term_stats",
)


def test_links_modules_import_no_qt() -> None:
    imports = "; ".join(f"import redaksi.links.{name}" for name in MODULES)
    code = f"import sys; {imports}; sys.exit('PySide6' in sys.modules)"
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0
