"""The built wheel carries ui/ and resources/ and finds them like a checkout does."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_finds_its_data(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(dist.glob("redaksi-*.whl"))

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    # Dependencies come from the test environment, appended after the wheel's own files.
    (site / "_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    probe = (
        "import redaksi, redaksi.resources as r;"
        "from redaksi.store.seed import sample_story;"
        "print(redaksi.__file__); print(r.resources_dir()); print(r.ui_dir());"
        "print(sample_story().headline)"
    )
    result = subprocess.run(
        [str(python), "-c", probe],
        capture_output=True,
        text=True,
        cwd=workdir,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    module_file, resources, ui, headline = result.stdout.strip().splitlines()
    assert module_file.startswith(str(site))
    assert resources == str(site / "redaksi" / "_data" / "resources")
    assert ui == str(site / "redaksi" / "_data" / "ui")
    assert "Semarang" in headline

    db = tmp_path / "wheel.sqlite3"
    cli = subprocess.run(
        [str(env_dir / "bin" / "redaksi"), "--database", f"sqlite:///{db}", "db", "upgrade"],
        capture_output=True,
        text=True,
        cwd=workdir,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert cli.returncode == 0, cli.stderr
    assert db.exists()
