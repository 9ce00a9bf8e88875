"""Size limits: a news draft is kilobytes; anything far larger is a mistake or an attack."""

from __future__ import annotations

# Bytes on disk.  Word-processor files may carry embedded images, so they get more room.
MAX_TEXT_BYTES = 8 * 1024 * 1024
MAX_PACKAGE_BYTES = 32 * 1024 * 1024
# Uncompressed size of all members of a .docx/.odt: guards against zip bombs.
MAX_UNPACKED_BYTES = 128 * 1024 * 1024
# Characters of extracted text, whatever the format (about 150,000 words).
MAX_CHARACTERS = 1_000_000


def human_size(size: int) -> str:
    """``8 MB``-style size for messages."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} byte"
