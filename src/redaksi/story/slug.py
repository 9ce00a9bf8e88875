"""URL slugs from Indonesian headlines: ASCII, lower case, hyphenated, safe as file names."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")
_MAX_LENGTH = 80


def slugify(text: str, max_length: int = _MAX_LENGTH) -> str:
    """A slug such as ``"sdf-rebut-baghuz-100-persen"`` from ``"SDF Rebut Baghuz 100%"``.

    Accents are folded (``Café`` → ``cafe``), ``%`` reads as ``persen`` as an Indonesian
    reader would say it, ``&`` as ``dan``; the result is cut at a word boundary.
    """
    text = text.replace("%", " persen ").replace("&", " dan ")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", folded.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "berita"
