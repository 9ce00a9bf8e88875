"""Why a photo was refused, each with an Indonesian message the window can show as is."""

from __future__ import annotations


class PhotoError(Exception):
    """A photo that cannot be used; nothing was stored when this is raised."""


class FileTooLarge(PhotoError):
    """The file is bigger than a news photo ever needs to be."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"Berkas terlalu besar ({size / 1_000_000:.1f} MB). "
            f"Batasnya {limit / 1_000_000:.0f} MB; kecilkan dulu fotonya."
        )
        self.size = size
        self.limit = limit


class EmptyFile(PhotoError):
    """Zero bytes: usually a download or copy that did not finish."""

    def __init__(self) -> None:
        super().__init__("Berkas kosong (0 bita). Salin ulang fotonya dari sumbernya.")


class NotAnImage(PhotoError):
    """Pillow does not recognise the bytes as any image."""

    def __init__(self, filename: str = "") -> None:
        name = f"“{filename}” " if filename else ""
        super().__init__(f"Berkas {name}bukan gambar. Pilih foto JPEG, PNG, WebP, atau HEIC.")


class UnsupportedFormat(PhotoError):
    """An image, but not in a format the web pages and the desk use."""

    def __init__(self, format_name: str) -> None:
        super().__init__(
            f"Format {format_name} tidak didukung. Gunakan foto JPEG, PNG, WebP, atau HEIC."
        )
        self.format_name = format_name


class WrongExtension(PhotoError):
    """The name says one format, the contents another (often a renamed web download)."""

    def __init__(self, filename: str, actual: str, suggested: str) -> None:
        super().__init__(
            f"Nama berkas “{filename}” tidak cocok dengan isinya: ini foto {actual}. "
            f"Ganti ekstensinya menjadi {suggested} lalu tambahkan lagi."
        )
        self.actual = actual
        self.suggested = suggested


class DecompressionBomb(PhotoError):
    """The header claims more pixels than any camera makes: a trap that would exhaust memory."""

    def __init__(self, pixels: int, limit: int, size: tuple[int, int] | None = None) -> None:
        dimensions = f"{size[0]} × {size[1]} piksel, " if size else ""
        super().__init__(
            f"Ukuran gambar tidak wajar ({dimensions}{pixels / 1_000_000:,.0f} megapiksel; "
            f"batasnya {limit / 1_000_000:.0f} megapiksel). Berkas ini ditolak demi keamanan."
        )
        self.pixels = pixels
        self.size = size


class CorruptImage(PhotoError):
    """The file starts like an image but its data is cut off or damaged."""

    def __init__(self, detail: str = "") -> None:
        hint = f" ({detail})" if detail else ""
        super().__init__(f"Foto rusak atau terpotong{hint}. Unduh atau salin ulang dari sumbernya.")


class UnreadableFile(PhotoError):
    """The operating system refused to read the file (missing, no permission, offline share)."""

    def __init__(self, filename: str, reason: str) -> None:
        super().__init__(f"Berkas “{filename}” tidak dapat dibaca: {reason}.")
        self.filename = filename
