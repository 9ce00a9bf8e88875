"""Everything outside ``redaksi.gui`` must import with Qt made unimportable."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                raise ImportError(f"Qt is not allowed in the core: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    import redaksi

    failures = []
    count = 0
    for module in pkgutil.walk_packages(redaksi.__path__, "redaksi."):
        name = module.name
        if name.startswith("redaksi.gui") or name == "redaksi.__main__":
            continue
        if ".migrations" in name:
            continue
        try:
            importlib.import_module(name)
            count += 1
        except ImportError as error:
            failures.append(f"{name}: {error}")
    print(count)
    if failures:
        print("\\n".join(failures), file=sys.stderr)
        sys.exit(1)
    assert not any(m.split(".")[0] in ("PySide6", "shiboken6") for m in sys.modules)
    """
)


def test_core_packages_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15
