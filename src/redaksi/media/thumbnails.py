"""Small JPEG previews of stored photos, cached on disk by content hash.

Blobs never change (they are named by their SHA-256), so a cached thumbnail is valid for
ever and the cache needs no invalidation; deleting the folder only costs regeneration.
Files are written under a temporary name and renamed, so a crash never leaves half a
thumbnail for the next start to show.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PIL import Image

from redaksi.media.colour import prepare_mode, to_srgb
from redaksi.media.opening import decode
from redaksi.paths import cache_dir

THUMBNAIL_EDGE = 240
PREVIEW_EDGE = 1024
_WHITE = (255, 255, 255)


def render_thumbnail(image: Image.Image, edge: int) -> Image.Image:
    """An sRGB RGB copy of a decoded, upright ``image`` fitting an ``edge`` square."""
    icc = image.info.get("icc_profile")
    small = prepare_mode(image)
    small = small.copy() if small is image else small
    small.thumbnail((edge, edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
    small = to_srgb(small, icc)
    if small.mode == "RGBA":
        flat = Image.new("RGB", small.size, _WHITE)
        flat.paste(small, mask=small.getchannel("A"))
        small = flat
    small.info = {}
    return small


class ThumbnailCache:
    """Thumbnails and previews under ``cache_dir()/thumbnails`` (or ``root``)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else cache_dir() / "thumbnails"

    def path_for(self, sha256: str, edge: int = THUMBNAIL_EDGE) -> Path:
        """Where the thumbnail of ``sha256`` at ``edge`` pixels lives (may not exist yet)."""
        return self.root / sha256[:2] / f"{sha256}-{edge}.jpg"

    def cached(self, sha256: str, edge: int = THUMBNAIL_EDGE) -> Path | None:
        """The cached file if it is already there."""
        path = self.path_for(sha256, edge)
        return path if path.is_file() else None

    def store(self, sha256: str, image: Image.Image, edge: int = THUMBNAIL_EDGE) -> Path:
        """Save an already decoded, upright image as the thumbnail of ``sha256``."""
        path = self.path_for(sha256, edge)
        path.parent.mkdir(parents=True, exist_ok=True)
        thumb = render_thumbnail(image, edge)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as stream:
                thumb.save(stream, "JPEG", quality=85)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return path

    def get(self, sha256: str, data: bytes, edge: int = THUMBNAIL_EDGE) -> Path:
        """The thumbnail file, made from ``data`` (draft-decoded) when not cached yet."""
        cached = self.cached(sha256, edge)
        if cached is not None:
            return cached
        return self.store(sha256, decode(data, at_least=(edge, edge)), edge)
