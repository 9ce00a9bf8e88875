"""Decode the bytes of a plain-text draft without guessing wrong.

Order matters: a byte-order mark is certain; strict UTF-8 almost never decodes text that
is not UTF-8; only then is charset-normalizer asked.  Indonesian newsrooms write in Latin
script, so when the detector names any Western single-byte code page we decode as
Windows-1252 (a superset of Latin-1 for printable text) — the detector often confuses
cp1252 with cp1250 or Mac Roman on short texts, and picking the wrong one turns curly
quotes into garbage.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from redaksi.story.importing.errors import DraftImportError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Code pages charset-normalizer may report for Western European / Indonesian text.
_WESTERN = {
    "cp1252",
    "windows-1252",
    "latin_1",
    "iso8859_1",
    "iso8859_15",
    "iso8859_9",
    "cp1250",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "iso8859_4",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "mac_roman",
    "mac_latin2",
    "mac_iceland",
    "mac_turkish",
    "cp437",
    "cp850",
    "cp858",
    "ascii",
}

# Control characters that never occur in text files (tab, LF, FF, CR and ESC excluded).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}

BINARY_MESSAGE = (
    "Berkas ini bukan teks (tampaknya berkas biner, misalnya gambar atau program). "
    "Buka draf berformat .txt, .md, .docx, .odt atau .html."
)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is zero, as in UTF-16 Latin text."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.3 and even_zero < 0.02:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.02:
        return "utf-16-be"
    return None


def _latin_script(alphabets: list[str]) -> bool:
    return all("Latin" in name or "Punctuation" in name or "Symbols" in name for name in alphabets)


def looks_binary(data: bytes) -> bool:
    """True when ``data`` has zero bytes or many control characters: not a text file."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls > max(2, len(sample) // 100)


def decode_text(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a plain-text draft; raises :class:`DraftImportError` for binaries."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding.replace("-sig", "")), encoding
            except UnicodeDecodeError as error:
                raise DraftImportError(
                    "corrupt",
                    f"Berkas ditandai sebagai {encoding.upper()} tetapi isinya rusak "
                    f"(bita ke-{error.start + len(bom)}).",
                ) from error
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise DraftImportError("binary", BINARY_MESSAGE)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DraftImportError("binary", BINARY_MESSAGE)
    encoding = best.encoding.lower()
    if encoding in _WESTERN or _latin_script(best.alphabets):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            # Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in cp1252: plain Latin-1.
            return data.decode("latin-1"), "latin-1"
    return str(best), encoding
