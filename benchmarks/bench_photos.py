"""Web renditions of five 24-megapixel JPEGs: Redaksi's pipeline against a naive one.

Each run happens in a fresh child process so its peak memory (VmHWM) belongs to that run
alone; the time is measured inside the child, after imports, over all five photos (three
widths, JPEG and WebP each: 30 files).  ``redaksi-m2`` is the same pipeline with WebP
effort 2 instead of 4 (files about 7 % larger, encoding 2.5 times faster).  The baseline
is what one would write first: decode the whole photo, then resize it with Lanczos for
every width.

    PYTHONPATH=src python benchmarks/bench_photos.py [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WIDTHS = (1600, 1024, 640)
SIZE = (6000, 4000)
COUNT = 5


def make_sources(folder: Path) -> list[Path]:
    """Five photo-like 24 MP JPEGs with camera EXIF (noise keeps them realistically big)."""
    from PIL import Image, ImageDraw, ImageFilter

    paths = []
    for index in range(COUNT):
        base = Image.merge(
            "RGB",
            (
                Image.linear_gradient("L").resize(SIZE),
                Image.radial_gradient("L").resize(SIZE),
                Image.linear_gradient("L").rotate(90 * (index % 4)).resize(SIZE),
            ),
        )
        draw = ImageDraw.Draw(base)
        for k in range(40):
            x, y = (k * 911 + index * 337) % SIZE[0], (k * 577 + index * 101) % SIZE[1]
            draw.ellipse((x, y, x + 400, y + 300), fill=(k * 6 % 255, 120, 255 - k * 5 % 255))
        noise = [Image.effect_noise(SIZE, 30 + 5 * band) for band in range(3)]
        image = Image.blend(
            base.filter(ImageFilter.GaussianBlur(2)), Image.merge("RGB", noise), 0.2
        )
        exif = Image.Exif()
        exif[0x010F] = "Canon"
        exif[0x0110] = "Canon EOS R5"
        exif.get_ifd(0x8825).update({1: "S", 2: (6.0, 10.0, 30.0), 3: "E", 4: (106.0, 49.0, 1.0)})
        path = folder / f"sumber-{index}.jpg"
        image.save(path, "JPEG", quality=92, exif=exif.tobytes())
        paths.append(path)
    return paths


def run_redaksi(sources: list[Path], out: Path, webp_method: int = 4) -> None:
    from redaksi.media.renditions import make_renditions

    for index, source in enumerate(sources):
        data = source.read_bytes()
        make_renditions(data, f"berita-{index}", out, widths=WIDTHS, webp_method=webp_method)


def run_naive(sources: list[Path], out: Path) -> None:
    from PIL import Image, ImageOps

    for index, source in enumerate(sources):
        with Image.open(io.BytesIO(source.read_bytes())) as opened:
            image = ImageOps.exif_transpose(opened).convert("RGB")
        for width in WIDTHS:
            height = round(image.height * width / image.width)
            small = image.resize((width, height), Image.Resampling.LANCZOS)
            small.save(
                out / f"n-{index}-{width}.jpg", "JPEG", quality=82, progressive=True, optimize=True
            )
            small.save(out / f"n-{index}-{width}.webp", "WEBP", quality=80, method=4)


def child(kind: str, folder: Path) -> None:
    sources = sorted(folder.glob("sumber-*.jpg"))
    import PIL.Image  # noqa: F401  (imports are not part of the timing)

    from redaksi.media import renditions  # noqa: F401

    with tempfile.TemporaryDirectory() as out:
        cpu_start = time.process_time()
        start = time.perf_counter()
        if kind == "redaksi":
            run_redaksi(sources, Path(out))
        elif kind == "redaksi-m2":
            run_redaksi(sources, Path(out), webp_method=2)
        elif kind == "naive":
            run_naive(sources, Path(out))
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_mib": peak_rss_mib()}))


def peak_rss_mib() -> float:
    """This process's peak resident memory (VmHWM, reset by exec unlike ``ru_maxrss``)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, folder: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(folder)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        sources = make_sources(Path(folder))
        total_mb = sum(p.stat().st_size for p in sources) / 1e6
        print(
            f"{COUNT} JPEG {SIZE[0]}×{SIZE[1]} ({total_mb:.0f} MB), widths {WIDTHS}, "
            f"JPEG+WebP, {args.runs} runs each"
        )
        results: dict[str, list[dict[str, float]]] = {
            "redaksi": [],
            "redaksi-m2": [],
            "naive": [],
            "idle": [],
        }
        for _ in range(args.runs):
            for kind in results:
                results[kind].append(measure(kind, Path(folder)))
    idle = statistics.median(r["peak_mib"] for r in results["idle"])
    summary = {}
    for kind in ("redaksi", "redaksi-m2", "naive"):
        seconds = statistics.median(r["seconds"] for r in results[kind])
        cpu = statistics.median(r["cpu"] for r in results[kind])
        peak = statistics.median(r["peak_mib"] for r in results[kind])
        summary[kind] = (seconds, cpu, peak)
        print(
            f"{kind:10} median {seconds:5.2f} s wall, {cpu:5.2f} s CPU for five;  "
            f"peak RSS {peak:4.0f} MiB ({peak - idle:+.0f} MiB over an idle interpreter)"
        )
    ours, naive = summary["redaksi"], summary["naive"]
    memory_ratio = (naive[2] - idle) / max(1.0, ours[2] - idle)
    print(
        f"speed-up ×{naive[0] / ours[0]:.1f} wall, ×{naive[1] / ours[1]:.1f} CPU; "
        f"working memory ×{memory_ratio:.1f} lower"
    )
    print(
        f"target < 3 s for five: {'met' if ours[0] < 3 else 'MISSED'} "
        f"(WebP effort 2: {'met' if summary['redaksi-m2'][0] < 3 else 'MISSED'}; "
        f"load average now {os.getloadavg()[0]:.1f}; CPU time is the figure other "
        "processes on the machine do not inflate)"
    )


if __name__ == "__main__":
    main()
