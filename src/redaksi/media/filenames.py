"""File names for published photos: from the story slug, safe on Windows, macOS and Linux."""

from __future__ import annotations

from redaksi.story.slug import slugify

_MAX_STEM = 60
# Names Windows reserves for devices, with or without an extension.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{n}" for d in ("com", "lpt") for n in range(10)}


def safe_stem(base_name: str) -> str:
    """An ASCII, lower-case, hyphenated stem; never empty, never a reserved device name."""
    stem = slugify(base_name, max_length=_MAX_STEM) if base_name.strip() else "foto"
    if stem == "berita" and not base_name.strip():
        stem = "foto"
    return f"foto-{stem}" if stem in _RESERVED else stem


def rendition_name(base_name: str, width: int, extension: str) -> str:
    """``"banjir-jakarta-1-1600.jpg"`` from ``("Banjir Jakarta 1", 1600, "jpg")``."""
    return f"{safe_stem(base_name)}-{width}.{extension.lstrip('.').lower()}"
