"""``redaksi serve`` as a real process, checked through language-tool-python."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import language_tool_python
import pytest

from tests.server.lt_server import free_port

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    paths = [str(ROOT / "src"), str(Path(__file__).parent), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    env.pop("REDAKSI_SERVER_TOKEN", None)
    return env


@contextmanager
def serve(tmp_path: Path, *args: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    database = f"sqlite:///{tmp_path / 'serve.sqlite3'}"
    command = [sys.executable, "-m", "redaksi", "--database", database, "serve"]
    process = subprocess.Popen(
        [*command, "--port", str(port), *args],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, process.communicate()
            try:
                if httpx.get(f"{url}/v2/healthcheck", timeout=1).text == "OK":
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "redaksi serve did not start"
            time.sleep(0.1)
        yield url, process
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(15)


@pytest.mark.parametrize("mode", [[], ["--processes"]], ids=["threads", "processes"])
def test_serve_with_a_named_checker(tmp_path: Path, mode: list[str]) -> None:
    checker = "substitution_source:make_checker"
    args = ["--checker", checker, "--token", "t0k3n", "--workers", "2", *mode]
    with serve(tmp_path, *args) as (url, process):
        with language_tool_python.LanguageTool("id-ID", remote_server=url) as tool:
            text = "Ibu 👩‍👧 bilang hal tersebu jadi praktek umum."
            (typo,) = [m for m in tool.check(text) if m.rule_id == "ID_SPELLING_RULE"]
            assert text[typo.offset : typo.offset + typo.error_length] == "tersebu"
            assert tool.correct(text) == "Ibu 👩‍👧 bilang hal tersebut jadi praktik umum."
        added = httpx.post(f"{url}/v2/words/add", data={"word": "tersebu", "apiKey": "t0k3n"})
        assert added.json() == {"added": True}
        # Every thread or process sees the new word from its next check on.
        for _ in range(4):
            body = httpx.post(f"{url}/v2/check", data={"text": "Hal tersebu.", "language": "id"})
            assert body.json()["matches"] == []
        process.terminate()
        out, _ = process.communicate(timeout=15)
    # uvicorn shuts down gracefully, then re-raises the signal it caught, as servers do.
    assert process.returncode in (0, -signal.SIGTERM)
    assert "protokol LanguageTool" in out


def test_serve_with_the_default_checker(tmp_path: Path) -> None:
    with serve(tmp_path) as (url, _):
        response = httpx.post(f"{url}/v2/check", data={"text": "Hal itu.", "language": "id"})
        assert response.status_code == 200
        assert isinstance(response.json()["matches"], list)
        # Without --token the dictionary is read-only.
        assert httpx.post(f"{url}/v2/words/add", data={"word": "x"}).status_code == 403


def test_unknown_checker_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "redaksi", "serve", "--checker", "tidak_ada:pabrik"],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "tidak_ada" in result.stderr and "galat" in result.stderr


def test_help_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    from redaksi.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("pemakaian: redaksi serve ")
    assert "--token" in out and "--cors-origin" in out and "--workers" in out
