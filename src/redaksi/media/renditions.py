"""Publish-ready photo files: several widths, progressive JPEG and WebP, sRGB, no secrets.

This is the API the HTML export calls; keep it stable::

    make_renditions(data, base_name, out_dir, *, widths=(1600, 1024, 640),
                    formats=("jpeg", "webp"), credit="", copyright_notice="",
                    photographer="", jpeg_quality=82, webp_quality=80,
                    webp_method=4) -> list[Rendition]
    srcset(renditions, "webp", url_for=lambda r: r.path.name) -> str

Source protection: a rendition is written from pixels only.  GPS position, camera and lens
serial numbers, owner names, maker notes, thumbnails and editing history in the original
never reach it.  What is written back is public by design: the credit and photographer
(EXIF Artist, XMP photoshop:Credit and dc:creator) and the copyright notice (EXIF
Copyright, XMP dc:rights), taken from the arguments or, when empty, from the original's
own IPTC/XMP/EXIF.  Widths larger than the original are never upscaled; they collapse to
one rendition at the original width.

Speed: a JPEG is decoded in draft mode at the smallest DCT scale covering the widest
rendition (a 6000-pixel original needed at 1600 decodes at 3000), then each width is
resampled from the previous one with Pillow's ``reducing_gap`` (``Image.reduce`` first,
Lanczos after); the files of one width are encoded on worker threads (Pillow releases
the GIL while encoding) while the next width is resampled.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from redaksi.media.colour import prepare_mode, srgb_icc_bytes, to_srgb
from redaksi.media.filenames import rendition_name
from redaksi.media.metadata import read_metadata
from redaksi.media.opening import decode, open_image, probe
from redaksi.media.xmp import build_xmp

DEFAULT_WIDTHS = (1600, 1024, 640)
DEFAULT_FORMATS = ("jpeg", "webp")

_EXIF_ARTIST = 0x013B
_EXIF_COPYRIGHT = 0x8298
_REDUCING_GAP = 3.0
_WHITE = (255, 255, 255)
_ENCODER_THREADS = max(1, min(3, os.cpu_count() or 1))


@dataclass(frozen=True)
class RenditionFormat:
    """An output format: Pillow's name, the extension and the MIME type."""

    name: str
    pillow_name: str
    extension: str
    mime: str


FORMATS = {
    "jpeg": RenditionFormat("jpeg", "JPEG", "jpg", "image/jpeg"),
    "webp": RenditionFormat("webp", "WEBP", "webp", "image/webp"),
}


@dataclass(frozen=True)
class Rendition:
    """One written file: where it is, its pixel size, format (``"jpeg"``/``"webp"``), size."""

    path: Path
    width: int
    height: int
    format: str
    mime: str
    size_bytes: int


def srcset(
    renditions: Sequence[Rendition],
    fmt: str,
    url_for: Callable[[Rendition], str] = lambda r: r.path.name,
) -> str:
    """An HTML ``srcset`` value for one format, e.g. ``"a-1600.webp 1600w, a-640.webp 640w"``."""
    return ", ".join(f"{url_for(r)} {r.width}w" for r in renditions if r.format == fmt)


def target_widths(source_width: int, widths: Sequence[int]) -> list[int]:
    """Requested widths, widest first; any wider than the source becomes the source width."""
    return sorted({min(int(w), source_width) for w in widths if int(w) > 0}, reverse=True)


def make_renditions(
    data: bytes,
    base_name: str,
    out_dir: Path,
    *,
    widths: Sequence[int] = DEFAULT_WIDTHS,
    formats: Sequence[str] = DEFAULT_FORMATS,
    credit: str = "",
    copyright_notice: str = "",
    photographer: str = "",
    jpeg_quality: int = 82,
    webp_quality: int = 80,
    webp_method: int = 4,
) -> list[Rendition]:
    """Write every width in every format to ``out_dir``; widest first, JPEG before WebP.

    ``base_name`` is usually ``f"{story.slug}-{n}"``; it is made safe for every operating
    system, and files are named ``<stem>-<width>.<ext>``.  Files appear atomically; if any
    fails, the ones already written by this call are removed and the :class:`PhotoError`
    (or ``OSError``) propagates.  ``webp_method`` is libwebp's effort (0-6): 4 makes files
    about 7 % smaller than 2 and takes about 2.5 times as long.
    """
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"unknown rendition formats: {unknown or formats}")
    header = probe(data)
    targets = target_widths(header.width, widths)
    if not targets:
        raise ValueError("no rendition widths requested")
    meta = read_metadata(open_image(data))
    credit = credit or meta.credit_line()
    photographer = photographer or meta.byline
    copyright_notice = copyright_notice or meta.copyright
    exif = _public_exif(photographer or credit, copyright_notice)
    xmp = build_xmp(creator=photographer, credit=credit, rights=copyright_notice)

    widest = targets[0]
    source = decode(data, at_least=(widest, _height_for(header.width, header.height, widest)))
    icc = source.info.get("icc_profile")
    current = prepare_mode(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = _Settings(exif, xmp, jpeg_quality, webp_quality, webp_method)
    # Pillow releases the GIL while encoding: files of one width are written while the
    # next width is resampled.
    pending: list[Future[Rendition]] = []
    with ThreadPoolExecutor(max_workers=_ENCODER_THREADS) as pool:
        try:
            for index, width in enumerate(targets):
                height = _height_for(header.width, header.height, width)
                if current.size != (width, height):
                    current = current.resize(
                        (width, height), Image.Resampling.LANCZOS, reducing_gap=_REDUCING_GAP
                    )
                if index == 0:
                    current = to_srgb(current, icc)
                current.info = {}  # nothing of the original's metadata may ride along
                for name in formats:
                    # Own Image object per file: ``save`` stores its options on the object.
                    pending.append(
                        pool.submit(
                            _write, current.copy(), FORMATS[name], out_dir, base_name, settings
                        )
                    )
            return [future.result() for future in pending]
        except BaseException:
            wait(pending)
            for future in pending:
                if not future.cancelled() and future.exception() is None:
                    future.result().path.unlink(missing_ok=True)
            raise


def _height_for(width: int, height: int, target_width: int) -> int:
    return max(1, round(height * target_width / width))


def _public_exif(artist: str, copyright_notice: str) -> bytes:
    exif = Image.Exif()
    if artist:
        exif[_EXIF_ARTIST] = artist
    if copyright_notice:
        exif[_EXIF_COPYRIGHT] = copyright_notice
    return exif.tobytes() if len(exif) else b""


@dataclass(frozen=True)
class _Settings:
    exif: bytes
    xmp: bytes
    jpeg_quality: int
    webp_quality: int
    webp_method: int


def _write(
    image: Image.Image, fmt: RenditionFormat, out_dir: Path, base_name: str, settings: _Settings
) -> Rendition:
    path = out_dir / rendition_name(base_name, image.width, fmt.extension)
    partial = path.with_name(f".{path.name}.part")
    options: dict[str, object] = {"icc_profile": srgb_icc_bytes(), "xmp": settings.xmp}
    if settings.exif:
        options["exif"] = settings.exif
    if fmt.name == "jpeg":
        if image.mode == "RGBA":
            flat = Image.new("RGB", image.size, _WHITE)
            flat.paste(image, mask=image.getchannel("A"))
            image = flat
        options |= {
            "quality": settings.jpeg_quality,
            "progressive": True,
            "optimize": True,
            "subsampling": "4:2:0",
        }
    else:
        options |= {"quality": settings.webp_quality, "method": settings.webp_method}
    try:
        image.save(partial, fmt.pillow_name, **options)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return Rendition(path, image.width, image.height, fmt.name, fmt.mime, path.stat().st_size)
