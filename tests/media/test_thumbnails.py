"""Cached thumbnails: upright, sRGB JPEG, made once, never half-written."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from redaksi.media.thumbnails import ThumbnailCache
from redaksi.paths import cache_dir
from redaksi.store.photo_blobs import sha256_of
from tests.photo_factory import exif_block, jpeg_bytes, png_bytes


def test_thumbnail_is_upright_cached_and_reused(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path)
    data = jpeg_bytes((1600, 1200), exif=exif_block(orientation=6))
    sha = sha256_of(data)
    assert cache.cached(sha) is None
    path = cache.get(sha, data, 200)
    with Image.open(path) as image:
        assert image.size == (150, 200) and image.format == "JPEG"
        assert not image.getexif()  # no metadata in cache files either
    stamp = path.stat().st_mtime_ns
    assert cache.get(sha, b"not even read when cached", 200) == path
    assert path.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [f"{sha}-200.jpg"]


def test_default_location_and_modes() -> None:
    cache = ThumbnailCache()
    assert cache.root.is_relative_to(cache_dir())
    for data in (jpeg_bytes((400, 300), mode="CMYK"), png_bytes((400, 300), mode="RGBA")):
        with Image.open(cache.get(sha256_of(data), data, 100)) as image:
            assert image.mode == "RGB" and max(image.size) == 100
