"""Cold start of ``redaksi --version`` and time to open the store.

Prints medians of several runs, with ``python -c pass`` measured in the same run as the
baseline for interpreter start-up.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    baseline = median_ms([timed([sys.executable, "-c", "pass"]) for _ in range(RUNS)])
    command = [sys.executable, "-m", "redaksi", "--version"]
    version = median_ms([timed(command) for _ in range(RUNS)])
    print(f"python -c pass            {baseline:7.1f} ms (baseline)")
    print(f"redaksi --version         {version:7.1f} ms ({version / baseline:.2f}x baseline)")

    with tempfile.TemporaryDirectory() as tmp:
        fresh, warm = [], []
        for i in range(RUNS):
            url = f"sqlite:///{Path(tmp) / f'fresh{i}.sqlite3'}"
            probe = (
                "import time; t=time.perf_counter();"
                "from redaksi.store.store import open_store;"
                f"s=open_store({url!r}); s.stories.count();"
                "print(time.perf_counter()-t)"
            )
            fresh.append(float(subprocess.check_output([sys.executable, "-c", probe], text=True)))
            warm.append(float(subprocess.check_output([sys.executable, "-c", probe], text=True)))
    print(f"open store, new database  {median_ms(fresh):7.1f} ms (imports + migrations)")
    print(f"open store, existing      {median_ms(warm):7.1f} ms (imports + version check)")


if __name__ == "__main__":
    main()
