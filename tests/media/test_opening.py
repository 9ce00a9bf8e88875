"""Untrusted bytes are refused with a clear Indonesian message before anything is stored."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from redaksi.media.errors import (
    CorruptImage,
    DecompressionBomb,
    EmptyFile,
    FileTooLarge,
    NotAnImage,
    PhotoError,
    UnsupportedFormat,
    WrongExtension,
)
from redaksi.media.formats import HEIF_AVAILABLE
from redaksi.media.opening import MAX_PIXELS, decode, open_image, probe
from tests.photo_factory import agency_jpeg, bomb_png, jpeg_bytes, picture, png_bytes, webp_bytes


def test_accepts_jpeg_png_webp_with_matching_names() -> None:
    assert probe(jpeg_bytes((300, 200)), "a.JPG").format.mime == "image/jpeg"
    assert probe(png_bytes((300, 200)), "a.png").format.mime == "image/png"
    assert probe(webp_bytes((300, 200)), "a.webp").format.mime == "image/webp"
    assert probe(jpeg_bytes((300, 200))).width == 300  # a paste has no name
    assert probe(jpeg_bytes((300, 200)), "IMG-20240102-WA0007").width == 300  # no extension
    assert probe(jpeg_bytes((300, 200)), "Pak Budi 12.5.2024").width == 300  # dots in the name


@pytest.mark.skipif(not HEIF_AVAILABLE, reason="pillow-heif not installed")
def test_accepts_heic_from_a_phone() -> None:
    buffer = io.BytesIO()
    picture((320, 240)).save(buffer, "HEIF", quality=80)
    found = probe(buffer.getvalue(), "IMG_0001.HEIC")
    assert (found.format.label, found.width, found.height) == ("HEIC", 320, 240)
    assert decode(buffer.getvalue(), "IMG_0001.HEIC").size == (320, 240)


def test_decompression_bomb_is_refused_before_decoding() -> None:
    with pytest.raises(DecompressionBomb, match="tidak wajar") as caught:
        open_image(bomb_png(), "bom.png")
    assert "demi keamanan" in str(caught.value)


def test_canvas_just_over_the_limit_is_refused_with_its_size() -> None:
    side = int(MAX_PIXELS**0.5) + 100
    with pytest.raises(DecompressionBomb) as caught:
        decode(bomb_png(side, side), "besar.png")
    assert caught.value.size == (side, side)
    assert f"{side} × {side}" in str(caught.value)


def test_truncated_jpeg_is_corrupt_even_at_draft_scale() -> None:
    data = agency_jpeg((1600, 1200))
    with pytest.raises(CorruptImage, match="terpotong"):
        decode(data[: len(data) // 2], "potong.jpg", at_least=(240, 240))


def test_damaged_png_checksum_is_caught_when_verifying() -> None:
    data = bytearray(png_bytes((400, 300)))
    start = data.find(b"IDAT") + 200
    data[start : start + 40] = bytes(40)
    with pytest.raises(CorruptImage, match="rusak"):
        open_image(bytes(data), "rusak.png", verify=True)


def test_wrong_extension_names_the_real_format() -> None:
    with pytest.raises(WrongExtension) as caught:
        open_image(png_bytes(), "sebenarnya-png.jpg")
    assert "PNG" in str(caught.value) and ".png" in str(caught.value)


def test_non_image_and_unknown_extension() -> None:
    with pytest.raises(NotAnImage, match="bukan gambar"):
        open_image(b"%PDF-1.7\n1 0 obj << >> endobj\n", "naskah.jpg")
    with pytest.raises(WrongExtension):
        open_image(jpeg_bytes((50, 50)), "foto.txt")


def test_other_image_formats_are_unsupported() -> None:
    buffer = io.BytesIO()
    picture((60, 40)).save(buffer, "GIF")
    with pytest.raises(UnsupportedFormat, match="GIF tidak didukung"):
        open_image(buffer.getvalue(), "animasi.gif")


def test_empty_and_oversized_bytes() -> None:
    with pytest.raises(EmptyFile):
        open_image(b"", "kosong.jpg")
    data = jpeg_bytes((200, 200))
    with pytest.raises(FileTooLarge, match="terlalu besar"):
        open_image(data, "besar.jpg", max_bytes=len(data) - 1)


def test_every_refusal_is_a_photo_error_with_indonesian_text() -> None:
    samples = [b"", b"bukan gambar", bomb_png(), jpeg_bytes((300, 300))[:500]]
    for sample in samples:
        with pytest.raises(PhotoError) as caught:
            decode(sample, "x.jpg" if sample[:2] == b"\xff\xd8" else "")
        assert str(caught.value)[0].isupper()


def test_orientation_is_applied_and_draft_mode_shrinks_the_decode() -> None:
    from tests.photo_factory import exif_block

    data = jpeg_bytes((1600, 1200), exif=exif_block(orientation=6))
    found = probe(data)
    assert (found.width, found.height, found.orientation) == (1200, 1600, 6)
    image = decode(data, at_least=(200, 200))
    # Draft mode decoded at 1/4 or 1/8 scale, then the picture was turned upright.
    assert image.width < image.height <= 400
    red_corner = image.getpixel((image.width - 3, 2))
    assert red_corner[0] > 200 and red_corner[1] < 60  # the top-left marker moved top-right
    full = decode(data)
    assert full.size == (1200, 1600)


def test_decode_keeps_alpha_of_png() -> None:
    data = png_bytes((100, 80), mode="RGBA")
    assert decode(data, "a.png").mode == "RGBA"
    assert isinstance(open_image(data), Image.Image)


def test_non_jpeg_is_reduced_to_what_is_needed() -> None:
    data = png_bytes((4000, 3000))
    image = decode(data, "besar.png", at_least=(500, 500))
    assert image.width >= 500 and 500 <= image.height < 1000
    assert decode(data, "besar.png").size == (4000, 3000)
    jpeg = decode(jpeg_bytes((4000, 3000)), at_least=(240, 240))
    assert jpeg.height >= 240 and jpeg.height < 480  # draft 1/8, then reduce
