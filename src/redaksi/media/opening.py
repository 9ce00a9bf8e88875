"""Open untrusted image bytes safely: every check happens before pixels are decoded.

Photos come from agencies, phones and social media, so the bytes are untrusted.  Checks in
order: file size, "is it an image at all", accepted format, extension agrees with contents,
pixel count (a decompression bomb declares a huge canvas in a tiny file), and finally a
decode that turns truncation and corruption into :class:`CorruptImage`.  JPEGs decode in
draft mode at the smallest DCT scale that still covers the size needed, so a 24-megapixel
photo is never fully decoded for a thumbnail or a 1600-pixel rendition.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from dataclasses import dataclass
from pathlib import PurePath

from PIL import Image, ImageOps, UnidentifiedImageError

from redaksi.media.colour import eight_bit
from redaksi.media.errors import (
    CorruptImage,
    DecompressionBomb,
    EmptyFile,
    FileTooLarge,
    NotAnImage,
    UnsupportedFormat,
    WrongExtension,
)
from redaksi.media.formats import ACCEPTED, ImageFormat, format_for_extension

MAX_FILE_BYTES = 60_000_000
"""Largest accepted file; a full-resolution 60 MP camera JPEG is about 30 MB."""

MAX_PIXELS = 120_000_000
"""Largest accepted canvas (medium-format backs reach 100 MP; anything past this is a trap)."""

# Orientations 5-8 store the picture turned a quarter: width and height swap on display.
_QUARTER_TURNS = {5, 6, 7, 8}
# Extensions of things that are not photos Redaksi takes: the name contradicts the bytes.
# fmt: off
_OTHER_EXTENSIONS = frozenset({
    ".txt", ".pdf", ".doc", ".docx", ".odt", ".rtf", ".html", ".htm", ".xml", ".svg",
    ".gif", ".bmp", ".tif", ".tiff", ".ico", ".psd", ".raw", ".cr2", ".nef", ".arw",
    ".dng", ".mp4", ".mov", ".avi", ".zip", ".rar", ".exe",
})
# fmt: on
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, struct.error, zlib.error, EOFError)


@dataclass(frozen=True)
class ImageProbe:
    """What the header says: format and the size as the photo is meant to be seen."""

    format: ImageFormat
    width: int
    height: int
    orientation: int


def open_image(
    data: bytes, filename: str = "", max_bytes: int = MAX_FILE_BYTES, verify: bool = False
) -> Image.Image:
    """A lazily decoded image after every header check; raises a :class:`PhotoError`.

    ``filename`` (optional: a clipboard paste has none) must not carry an extension that
    contradicts the contents.  ``verify`` also checks PNG chunk checksums, which decoding skips.
    """
    if not data:
        raise EmptyFile()
    if len(data) > max_bytes:
        raise FileTooLarge(len(data), max_bytes)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as error:
        raise DecompressionBomb(_declared_pixels(error), MAX_PIXELS) from error
    except UnidentifiedImageError as error:
        raise NotAnImage(PurePath(filename).name) from error
    except _DECODE_ERRORS as error:
        raise CorruptImage(_decode_detail(error)) from error
    accepted = ACCEPTED.get(image.format or "")
    if accepted is None:
        raise UnsupportedFormat(image.format or "?")
    if _contradicts(filename, accepted):
        raise WrongExtension(PurePath(filename).name, accepted.label, accepted.extensions[0])
    width, height = image.size
    if width <= 0 or height <= 0:
        raise CorruptImage("ukuran nol")
    if width * height > MAX_PIXELS:
        raise DecompressionBomb(width * height, MAX_PIXELS, (width, height))
    if verify and image.format == "PNG":
        try:
            image.verify()
        except _DECODE_ERRORS as error:
            raise CorruptImage(_decode_detail(error)) from error
        image = Image.open(io.BytesIO(data))
    return image


def _contradicts(filename: str, accepted: ImageFormat) -> bool:
    """True when the name promises another format (``.png`` on a JPEG, ``.pdf`` on a photo).

    No extension, or a "suffix" that is part of the name (``Budi 12.5.2024``), promises
    nothing: chat apps and cameras name files that way.
    """
    suffix = PurePath(filename).suffix.lower() if filename else ""
    promised = format_for_extension(suffix) if suffix else None
    if promised is not None:
        return promised.pillow_name != accepted.pillow_name
    return suffix in _OTHER_EXTENSIONS


def _declared_pixels(error: Exception) -> int:
    # Pillow's message reads "Image size (N pixels) exceeds limit …"; only N is known.
    digits = [int(t) for t in str(error).replace("(", " ").split() if t.isdigit()]
    return digits[0] if digits else 0


def orientation_of(image: Image.Image) -> int:
    """The EXIF orientation (1-8), 1 when absent or nonsensical."""
    try:
        value = int(image.getexif().get(0x0112, 1))
    except _DECODE_ERRORS:
        return 1
    return value if 1 <= value <= 8 else 1


def probe(data: bytes, filename: str = "") -> ImageProbe:
    """Format and display size from the header alone (no pixel decoding)."""
    image = open_image(data, filename)
    orientation = orientation_of(image)
    width, height = image.size
    if orientation in _QUARTER_TURNS:
        width, height = height, width
    return ImageProbe(ACCEPTED[image.format or ""], width, height, orientation)


def decode(data: bytes, filename: str = "", at_least: tuple[int, int] | None = None) -> Image.Image:
    """Decoded pixels, upright (EXIF orientation applied), at least ``at_least`` in size.

    With ``at_least`` a JPEG decodes in draft mode at 1/2, 1/4 or 1/8 scale and any image is
    then shrunk by an integer factor with ``Image.reduce``, as long as the result still
    covers the requested display size; without it the full image is decoded.  The result
    keeps ``info`` (ICC profile, EXIF) from the source.
    """
    image = open_image(data, filename)
    orientation = orientation_of(image)
    want_w = want_h = 0
    if at_least is not None:
        want_w, want_h = (max(1, side) for side in at_least)
        if orientation in _QUARTER_TURNS:
            want_w, want_h = want_h, want_w
        if image.format == "JPEG":
            # Draft keeps the colour space; only the DCT scale changes.
            image.draft(image.mode, (want_w, want_h))
    try:
        image.load()
    except Image.DecompressionBombError as error:
        raise DecompressionBomb(image.width * image.height, MAX_PIXELS, image.size) from error
    except _DECODE_ERRORS as error:
        raise CorruptImage(_decode_detail(error)) from error
    if at_least is not None:
        # What draft mode is to JPEG, ``reduce`` is to the rest (PNG, WebP, HEIC): a cheap
        # integer box shrink that keeps at least the requested size.
        factor = min(image.width // want_w, image.height // want_h)
        if factor >= 2:
            image = _reduced(image, factor)
    if orientation != 1:
        image = ImageOps.exif_transpose(image)
    return image


def _reduced(image: Image.Image, factor: int) -> Image.Image:
    info = image.info
    if image.mode == "P":  # palette indices cannot be averaged
        image = image.convert("RGBA" if "transparency" in info else "RGB")
    elif image.mode in ("1", "PA"):
        image = image.convert({"1": "L", "PA": "RGBA"}[image.mode])
    else:
        image = eight_bit(image)
    reduced = image.reduce(factor)
    reduced.info = dict(info)
    return reduced


def _decode_detail(error: Exception) -> str:
    text = str(error).lower()
    if "truncated" in text or isinstance(error, EOFError):
        return "data terpotong"
    if "crc" in text or "broken" in text:
        return "data rusak"
    return ""
