"""Export of a 1,500-word story with five photos: time (median of runs) and bundle size.

Baseline in the same run: rendering the same story's HTML without photos, so the cost of the
photo renditions is visible separately.
"""

from __future__ import annotations

import hashlib
import io
import random
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from redaksi.publish.bundle import export_bundle
from redaksi.publish.site import SiteSettings
from redaksi.store.seed import sample_story
from redaksi.story.model import Paragraph, Photo

RUNS = 5
WORDS = [
    "pemerintah",
    "kota",
    "warga",
    "banjir",
    "pompa",
    "tanggul",
    "pesisir",
    "anggaran",
    "pekerjaan",
    "umum",
    "kepala",
    "dinas",
    "mengatakan",
    "menurut",
    "kawasan",
    "laut",
    "pasang",
    "hujan",
    "jalan",
    "rumah",
    "nelayan",
    "sekolah",
    "proyek",
    "selesai",
]


def photo_jpeg(seed: int, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """A 12-megapixel photo-like JPEG: gradients, shapes and grain, not a flat colour."""
    rng = random.Random(seed)
    small = Image.new("RGB", (400, 300))
    draw = ImageDraw.Draw(small)
    for _ in range(60):
        x, y = rng.randrange(400), rng.randrange(300)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x, y, x + rng.randrange(20, 160), y + rng.randrange(20, 120)), fill=colour)
    image = small.filter(ImageFilter.GaussianBlur(6)).resize(size, Image.Resampling.BICUBIC)
    noise = Image.effect_noise(size, 18).convert("RGB")
    image = Image.blend(image, noise, 0.12)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def story_with_photos() -> tuple:
    rng = random.Random(7)
    story = sample_story()
    story.paragraphs = [
        Paragraph(" ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + ".")
        for _ in range(25)
    ]
    blobs = {}
    for n in range(5):
        data = photo_jpeg(n)
        sha = hashlib.sha256(data).hexdigest()
        blobs[sha] = data
        story.photos.append(
            Photo(
                caption=f"POMPA – Foto {n + 1}.",
                credit="FOTO: Redaksi",
                alt_text="Pompa air",
                sha256=sha,
                is_lead=n == 0,
            )
        )
    return story, blobs


def main() -> None:
    story, blobs = story_with_photos()
    print(f"story: {story.word_count()} words, {len(story.photos)} photos of 12 megapixels")
    site = SiteSettings()
    with tempfile.TemporaryDirectory() as tmp:
        text_only, full, size, files = [], [], 0, 0
        for run in range(RUNS):
            bare = sample_story()
            bare.paragraphs = story.paragraphs
            start = time.perf_counter()
            export_bundle(bare, Path(tmp) / f"t{run}", site)
            text_only.append(time.perf_counter() - start)
            start = time.perf_counter()
            result = export_bundle(story, Path(tmp) / f"f{run}", site, blobs.__getitem__)
            full.append(time.perf_counter() - start)
            size, files = result.total_bytes, len(result.files)
    base = statistics.median(text_only) * 1000
    total = statistics.median(full) * 1000
    print(f"export without photos  {base:8.1f} ms (baseline)")
    print(f"export with 5 photos   {total:8.1f} ms ({total / base:.0f}x baseline)")
    print(f"bundle: {files} files, {size / 1024 / 1024:.2f} MiB")


if __name__ == "__main__":
    main()
