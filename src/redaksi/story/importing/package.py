"""Checks shared by the zipped word-processor formats (.docx and .odt).

Damaged members are not tested here: reading a member checks its CRC, so python-docx and
odfpy fail on damaged text parts (refused as corrupt by the readers), while a damaged
embedded image, which Redaksi never reads, does not block the words.
"""

from __future__ import annotations

import io
import zipfile

from redaksi.story.importing.errors import DraftImportError
from redaksi.story.importing.limits import MAX_UNPACKED_BYTES, human_size


def open_package(data: bytes, kind: str, required: str) -> zipfile.ZipFile:
    """The zip archive of a ``kind`` document, refusing truncated, foreign and bomb archives."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except Exception as error:  # BadZipFile, OSError, ValueError, struct errors, ...
        raise DraftImportError(
            "corrupt",
            f"Berkas {kind} ini rusak atau terpotong (arsipnya tidak lengkap). "
            "Simpan ulang dari pengolah kata lalu coba lagi.",
        ) from error
    if required not in names:
        raise DraftImportError(
            "corrupt",
            f"Berkas ini bukan dokumen {kind} yang utuh: bagian {required} tidak ditemukan.",
        )
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise DraftImportError(
            "too_big",
            f"Isi dokumen {kind} ini terlalu besar setelah dibuka ({human_size(unpacked)}; "
            f"batas {human_size(MAX_UNPACKED_BYTES)}).",
        )
    return archive
