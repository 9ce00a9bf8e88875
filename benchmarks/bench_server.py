"""Load benchmark of ``redaksi serve`` on loopback: 1,500-word stories, 1/4/16 clients.

Starts the real server as a subprocess, warms it up, then for each concurrency level runs
a bounded number of checks (and stops early at a time limit), several rounds each.
Prints throughput, p50/p99 latency, errors and the server's RSS before and after, plus
the ratio to a baseline measured in this run: the same checks done in-process, without
HTTP (the protocol's own cost).

    PYTHONPATH=src python benchmarks/bench_server.py
    PYTHONPATH=src:tests/server python benchmarks/bench_server.py \
        --checker substitution_source:make_checker
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]

# fmt: off
VOCAB = (
    "pemerintah", "kota", "jakarta", "menyatakan", "bahwa", "pembangunan", "jalan", "baru",
    "akan", "dimulai", "pekan", "depan", "warga", "setempat", "menyambut", "rencana", "tersebut",
    "dengan", "antusias", "meski", "sebagian", "khawatir", "soal", "kemacetan", "selama",
    "proyek", "berlangsung", "menurut", "kepala", "dinas", "anggaran", "sudah", "disetujui",
    "dewan", "dan", "pengerjaan", "ditargetkan", "rampung", "akhir", "tahun", "sejumlah",
    "pedagang", "di", "pasar", "tradisional", "berharap", "akses", "ke", "lokasi", "tetap",
    "terbuka", "polisi", "lalu", "lintas", "akan", "mengatur", "arus", "kendaraan", "di",
    "beberapa", "titik", "rawan",
)
# fmt: on
NOISE = ["tersebu", "praktek", "dimana", "aktifitas", "mengunakan", "merupakan", "kemarn"]
EMOJI = ["😀", "🎉", "👩‍👧", "🚧"]
CONCURRENCY = (1, 4, 16)


def story(seed: int, words: int = 1500) -> str:
    """A deterministic Indonesian-looking story with typos, style slips and emoji."""
    rng = random.Random(seed)
    sentences, count = [], 0
    while count < words:
        length = rng.randint(8, 22)
        chosen = [rng.choice(VOCAB) for _ in range(length)]
        if rng.random() < 0.5:
            chosen[rng.randrange(length)] = rng.choice(NOISE)
        if rng.random() < 0.1:
            chosen.append(rng.choice(EMOJI))
        sentences.append(" ".join(chosen).capitalize() + ".")
        count += len(chosen)
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(
    checker: str | None, workers: int | None, database: str, processes: bool = False
) -> tuple:
    port = free_port()
    env = dict(os.environ)
    extra = [str(ROOT / "src"), str(ROOT / "tests" / "server"), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in extra if p)
    command = [sys.executable, "-m", "redaksi", "--database", database, "serve"]
    command += ["--port", str(port)]
    if checker:
        command += ["--checker", checker]
    if workers:
        command += ["--workers", str(workers)]
    if processes:
        command += ["--processes"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v2/healthcheck", timeout=1).text == "OK":
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("server did not start")


def run_level(url: str, clients: int, total: int, time_limit: float, seed: int) -> dict:
    """``clients`` threads, each on its own keep-alive connection, share ``total`` checks.

    The clients use ``http.client`` and pre-encoded bodies: on a 2-core machine they share
    the CPU with the server, so a heavy client would measure itself.
    """
    host, port = url.removeprefix("http://").split(":")
    bodies = [
        urlencode({"text": story(seed + i), "language": "id-ID"}).encode()
        for i in range(min(total, 32))
    ]
    latencies: list[float] = []
    errors = 0
    issued = 0
    lock = threading.Lock()
    started = time.perf_counter()

    def client() -> None:
        nonlocal issued, errors
        connection = http.client.HTTPConnection(host, int(port), timeout=60)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        while time.perf_counter() - started < time_limit:
            with lock:
                if issued >= total:
                    break
                body = bodies[issued % len(bodies)]
                issued += 1
            t0 = time.perf_counter()
            try:
                connection.request("POST", "/v2/check", body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
                ok = response.status == 200 and "matches" in json.loads(data)
            except (OSError, http.client.HTTPException, ValueError):
                ok = False
                connection.close()
            elapsed = time.perf_counter() - t0
            with lock:
                latencies.append(elapsed)
                errors += not ok
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "elapsed": elapsed,
        "throughput": len(latencies) / elapsed,
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "errors": errors,
    }


def baseline(checker_path: str | None, database: str, rounds: int = 15) -> float:
    """Median in-process time to check one story and build its JSON (no HTTP)."""
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "server")]
    from redaksi.server.check import answer
    from redaksi.server.compose import load_factory, newsroom_checker
    from redaksi.store.store import open_store

    store = open_store(database)
    factory = load_factory(checker_path) if checker_path else newsroom_checker
    checker = factory(store)
    for i in range(5):  # warm-up, as the server is warm
        answer({"text": story(20_000 + i), "language": "id-ID"}, 100_000, checker)
    times = []
    for i in range(rounds):
        params = {"text": story(10_000 + i), "language": "id-ID"}
        t0 = time.perf_counter()
        answer(params, 100_000, checker)
        times.append(time.perf_counter() - t0)
    store.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checker", help="module:function checker factory (default: Redaksi's)")
    parser.add_argument("--workers", type=int, help="server check threads (default: server's)")
    parser.add_argument("--processes", action="store_true", help="server checks in processes")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per level (median)")
    parser.add_argument("--time-limit", type=float, default=15.0, help="seconds per round")
    args = parser.parse_args()

    sample = story(1)
    words = len(sample.split())
    with tempfile.TemporaryDirectory() as tmp:
        database = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        process, url = start_server(args.checker, args.workers, database, args.processes)
        try:
            server = psutil.Process(process.pid)

            def rss() -> int:
                family = [server, *server.children(recursive=True)]
                return sum(p.memory_info().rss for p in family)

            for i in range(5):  # warm-up
                httpx.post(f"{url}/v2/check", data={"text": story(i), "language": "id-ID"})
            rss_before = rss()
            base = baseline(args.checker, database)
            mode = "processes" if args.processes else "threads"
            print(f"checker: {args.checker or 'redaksi default'} ({mode}); story: {words} words, "
                  f"{len(sample)} chars; {os.cpu_count()} cores")  # fmt: skip
            print(f"baseline (in-process check + JSON, no HTTP): {base * 1000:.1f} ms/story")
            print(f"{'clients':>7} {'req':>5} {'req/s':>8} {'words/s':>9} {'p50 ms':>8} "
                  f"{'p99 ms':>8} {'p50/base':>9} {'errors':>6}")  # fmt: skip
            total_errors = 0
            for clients in CONCURRENCY:
                total = max(40, 12 * clients)
                rounds = [
                    run_level(url, clients, total, args.time_limit, 100 * r)
                    for r in range(args.rounds)
                ]
                pick = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
                errors = sum(r["errors"] for r in rounds)
                total_errors += errors
                print(
                    f"{clients:>7} {int(pick['requests']):>5} {pick['throughput']:>8.1f} "
                    f"{pick['throughput'] * words:>9.0f} {pick['p50'] * 1000:>8.1f} "
                    f"{pick['p99'] * 1000:>8.1f} {pick['p50'] / base:>9.1f} {errors:>6}"
                )
            rss_after = rss()
            print(f"server RSS: {rss_before / 2**20:.1f} MiB before, "
                  f"{rss_after / 2**20:.1f} MiB after; errors: {total_errors}")  # fmt: skip
        finally:
            process.terminate()
            process.wait(15)


if __name__ == "__main__":
    main()
