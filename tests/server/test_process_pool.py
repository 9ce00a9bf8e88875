"""Checks in worker processes: same answers, a crashed process replaced."""

from __future__ import annotations

import httpx

from tests.server.lt_server import running_server, server_config
from tests.server.substitution_source import ProcessKiller, crashable_checker


def test_process_pool_checks_and_survives_a_crash() -> None:
    config = server_config(processes=True, workers=2, max_queue=8)
    with (
        running_server(crashable_checker, config, None) as url,
        httpx.Client(base_url=url, timeout=60) as http,
    ):
        text = "Warga 😀 bilang hal tersebu."
        body = http.post("/v2/check", data={"text": text, "language": "id"}).json()
        (match,) = [m for m in body["matches"] if m["rule"]["id"] == "ID_SPELLING_RULE"]
        assert match["offset"] == text.index("tersebu") + 1  # one emoji, two UTF-16 units
        # Protocol errors raised in a worker keep their status.
        too_long = http.post("/v2/check", data={"text": "a" * 6000, "language": "id"})
        assert too_long.status_code == 413 and too_long.text.startswith("Error: ")
        crashed = http.post("/v2/check", data={"text": ProcessKiller.trigger, "language": "id"})
        assert crashed.status_code == 500 and crashed.text.startswith("Error: ")
        for _ in range(4):
            again = http.post("/v2/check", data={"text": text, "language": "id"})
            assert again.status_code == 200
            assert [m["offset"] for m in again.json()["matches"]] == [match["offset"]]
