"""Bring decoded pixels into sRGB, the colour space every browser assumes.

Agency photos arrive tagged Adobe RGB or Display P3, some CMYK from print archives; shown
untagged they look dull or wrong.  ICC profiles are honoured with LittleCMS (built into
Pillow); a broken profile falls back to a plain conversion rather than refusing the photo.
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageCms

_PLAIN_MODES = {"RGB", "RGBA"}


@lru_cache(maxsize=1)
def srgb_profile() -> ImageCms.ImageCmsProfile:
    """LittleCMS's built-in sRGB profile."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@lru_cache(maxsize=1)
def srgb_icc_bytes() -> bytes:
    """The sRGB profile as bytes, to tag published files explicitly."""
    return srgb_profile().tobytes()


@lru_cache(maxsize=16)
def _transform(icc: bytes, in_mode: str, out_mode: str) -> ImageCms.ImageCmsTransform:
    source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    return ImageCms.buildTransform(
        source, srgb_profile(), in_mode, out_mode, renderingIntent=ImageCms.Intent.PERCEPTUAL
    )


def eight_bit(image: Image.Image) -> Image.Image:
    """16-bit greyscale (scans, some PNGs) scaled to 8 bits instead of clipped to white."""
    if image.mode != "I" and not image.mode.startswith("I;16"):
        return image
    wide = image if image.mode == "I" else image.convert("I")
    if (wide.getextrema()[1] or 0) > 255:
        wide = wide.point(lambda value: value * (1 / 256))
    return wide.convert("L")


def prepare_mode(image: Image.Image) -> Image.Image:
    """A mode that resamples well (palette and 16-bit images become RGB or RGBA)."""
    image = eight_bit(image)
    if image.mode in _PLAIN_MODES | {"CMYK", "L"}:
        return image
    has_alpha = image.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        image.mode == "P" and "transparency" in image.info
    )
    return image.convert("RGBA" if has_alpha else "RGB")


def to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """``image`` converted to sRGB ``RGB`` (or ``RGBA`` when it has transparency)."""
    out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
    if icc:
        try:
            return ImageCms.applyTransform(image, _transform(icc, image.mode, out_mode))
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # broken or mismatched profile: the plain conversion below is the best guess
    return image if image.mode == out_mode else image.convert(out_mode)
