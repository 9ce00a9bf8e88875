"""Only ``redaksi.gui`` may import Qt: the core must load in a process without PySide6."""

import pkgutil
import subprocess
import sys

import redaksi


def test_core_modules_do_not_import_qt():
    modules = [
        m.name
        for m in pkgutil.walk_packages(redaksi.__path__, "redaksi.")
        if not m.name.startswith("redaksi.gui")
        and ".migrations" not in m.name
        and m.name != "redaksi.__main__"
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
