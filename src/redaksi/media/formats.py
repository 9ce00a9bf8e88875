"""The image formats a photo desk accepts, their MIME types and usual file extensions.

HEIC (what phones shoot) is accepted when the ``pillow-heif`` plugin is installed; it
registers itself with Pillow on import of this module.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImageFormat:
    """One accepted format as Pillow names it, with its MIME type and extensions."""

    pillow_name: str
    label: str
    mime: str
    extensions: tuple[str, ...]


def _heif_available() -> bool:
    try:
        import pillow_heif
    except ImportError:  # pragma: no cover - the plugin is a declared dependency
        return False
    pillow_heif.register_heif_opener()
    return True


HEIF_AVAILABLE = _heif_available()

_FORMATS = [
    ImageFormat("JPEG", "JPEG", "image/jpeg", (".jpg", ".jpeg", ".jpe", ".jfif")),
    ImageFormat("PNG", "PNG", "image/png", (".png",)),
    ImageFormat("WEBP", "WebP", "image/webp", (".webp",)),
]
if HEIF_AVAILABLE:
    _FORMATS.append(ImageFormat("HEIF", "HEIC", "image/heic", (".heic", ".heif", ".hif")))

ACCEPTED: dict[str, ImageFormat] = {f.pillow_name: f for f in _FORMATS}
ALL_EXTENSIONS: tuple[str, ...] = tuple(ext for f in _FORMATS for ext in f.extensions)


def format_for_extension(suffix: str) -> ImageFormat | None:
    """The accepted format a file extension (``".JPG"``) promises, if any."""
    suffix = suffix.lower()
    return next((f for f in _FORMATS if suffix in f.extensions), None)


def file_dialog_filter() -> str:
    """Glob patterns for an open-file dialog, e.g. ``"*.jpg *.jpeg *.png …"``."""
    return " ".join(f"*{ext}" for ext in ALL_EXTENSIONS)
