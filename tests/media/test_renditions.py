"""Web renditions read back with Pillow: sizes, formats, sRGB, no GPS, credit kept."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from redaksi.media.colour import srgb_icc_bytes
from redaksi.media.errors import CorruptImage
from redaksi.media.filenames import rendition_name, safe_stem
from redaksi.media.formats import HEIF_AVAILABLE
from redaksi.media.metadata import read_metadata
from redaksi.media.opening import open_image
from redaksi.media.renditions import make_renditions, srcset, target_widths
from redaksi.media.xmp import parse_xmp
from tests.photo_factory import agency_jpeg, exif_block, jpeg_bytes, picture, webp_bytes, xmp_packet


def test_three_widths_in_jpeg_and_webp(tmp_path: Path) -> None:
    made = make_renditions(agency_jpeg((2400, 1600)), "Banjir Jakarta-1", tmp_path)
    assert [(r.width, r.format) for r in made] == [
        (1600, "jpeg"), (1600, "webp"), (1024, "jpeg"), (1024, "webp"),
        (640, "jpeg"), (640, "webp"),
    ]  # fmt: skip
    for rendition in made:
        assert rendition.path.parent == tmp_path
        assert (
            rendition.path.name == f"banjir-jakarta-1-{rendition.width}.{rendition.path.suffix[1:]}"
        )
        assert rendition.size_bytes == rendition.path.stat().st_size > 0
        with Image.open(rendition.path) as image:
            assert image.size == (rendition.width, rendition.height)
            assert image.format == {"jpeg": "JPEG", "webp": "WEBP"}[rendition.format]
            assert Image.MIME[image.format] == rendition.mime
            assert image.mode == "RGB"
    assert made[0].height == round(1600 * 1600 / 2400)
    assert not list(tmp_path.glob(".*"))  # no partial files left


def test_source_protection_no_gps_serials_or_camera_but_credit_kept(tmp_path: Path) -> None:
    original = read_metadata(open_image(agency_jpeg()))
    assert original.has_gps and original.serial_numbers  # the source does leak
    for rendition in make_renditions(agency_jpeg(), "banjir", tmp_path, widths=(800, 400)):
        with Image.open(rendition.path) as image:
            exif = image.getexif()
            assert 0x8825 not in exif and not exif.get_ifd(0x8825)
            assert not exif.get_ifd(0x8769)  # no date, serial numbers or maker notes
            assert 0x010F not in exif and 0x0110 not in exif
            assert "photoshop" not in image.info  # IPTC block (with the source city) dropped
            meta = read_metadata(image)
            assert not meta.has_gps and not meta.serial_numbers and not meta.camera
            assert meta.credit == "FOTO: ANTARA FOTO/Hafidz Mubarak"
            assert meta.byline == "Hafidz Mubarak"
            assert meta.copyright == "© 2024 ANTARA"
            assert exif[0x013B] == "Hafidz Mubarak"
            assert exif[0x8298] == "© 2024 ANTARA".encode("ascii", "replace").decode()
            assert parse_xmp(image.info["xmp"])["credit"] == "FOTO: ANTARA FOTO/Hafidz Mubarak"


def test_explicit_credit_overrides_file_metadata(tmp_path: Path) -> None:
    made = make_renditions(
        agency_jpeg(), "x", tmp_path, widths=(300,), formats=("webp",),
        credit="FOTO: REDAKSI/Rina", copyright_notice="© Redaksi", photographer="Rina",
    )  # fmt: skip
    with Image.open(made[0].path) as image:
        xmp = parse_xmp(image.info["xmp"])
    assert xmp == {"credit": "FOTO: REDAKSI/Rina", "creator": "Rina", "rights": "© Redaksi"}


def test_never_upscales(tmp_path: Path) -> None:
    made = make_renditions(jpeg_bytes((900, 600)), "kecil", tmp_path, formats=("jpeg",))
    assert [r.width for r in made] == [900, 640]
    assert target_widths(500, (1600, 1024, 640)) == [500]


def test_orientation_applied_to_renditions(tmp_path: Path) -> None:
    data = jpeg_bytes((1600, 1200), exif=exif_block(orientation=6))
    made = make_renditions(data, "putar", tmp_path, widths=(600,), formats=("jpeg",))
    assert (made[0].width, made[0].height) == (600, 800)
    with Image.open(made[0].path) as image:
        assert 0x0112 not in image.getexif()
        red = image.convert("RGB").getpixel((image.width - 4, 3))
    assert red[0] > 200 and red[1] < 70


def test_progressive_jpeg_and_srgb_profile(tmp_path: Path) -> None:
    made = make_renditions(jpeg_bytes((1200, 800)), "p", tmp_path, widths=(640,))
    with Image.open(made[0].path) as image:
        assert image.info.get("progressive") or image.info.get("progression")
        assert image.info["icc_profile"] == srgb_icc_bytes()
        description = ImageCms.getProfileDescription(
            ImageCms.ImageCmsProfile(io.BytesIO(image.info["icc_profile"]))
        )
    assert "sRGB" in description


def test_cmyk_and_broken_icc_become_rgb(tmp_path: Path) -> None:
    cmyk = jpeg_bytes((800, 600), mode="CMYK")
    made = make_renditions(cmyk, "cmyk", tmp_path, widths=(400,), formats=("jpeg",))
    with Image.open(made[0].path) as image:
        assert image.mode == "RGB"
    broken = jpeg_bytes((800, 600), icc=b"not a profile at all" * 10)
    made = make_renditions(broken, "icc", tmp_path, widths=(400,), formats=("webp",))
    with Image.open(made[0].path) as image:
        assert image.mode == "RGB" and image.info["icc_profile"] == srgb_icc_bytes()


def test_embedded_profile_is_converted_to_srgb(tmp_path: Path) -> None:
    data = jpeg_bytes((800, 600), icc=srgb_icc_bytes())
    made = make_renditions(data, "icc", tmp_path, widths=(400,), formats=("jpeg",))
    with Image.open(made[0].path) as image:
        centre = image.getpixel((300, 200))
    reference = Image.open(io.BytesIO(data)).resize((400, 300)).getpixel((300, 200))
    assert all(abs(a - b) < 12 for a, b in zip(centre, reference, strict=True))


def test_png_transparency_flattened_for_jpeg_kept_for_webp(tmp_path: Path) -> None:
    cutout = picture((800, 600)).convert("RGBA")
    cutout.putalpha(Image.linear_gradient("L").resize((800, 600)))
    buffer = io.BytesIO()
    cutout.save(buffer, "PNG")
    made = make_renditions(buffer.getvalue(), "alpha", tmp_path, widths=(400,))
    found = {}
    for rendition in made:
        with Image.open(rendition.path) as image:
            found[rendition.format] = (image.mode, image.convert("RGB").getpixel((200, 2)))
    assert found["jpeg"][0] == "RGB"
    assert min(found["jpeg"][1]) > 245  # transparent top row flattened onto white
    assert found["webp"][0] == "RGBA"


def test_webp_source_with_gps_is_cleaned(tmp_path: Path) -> None:
    data = webp_bytes((800, 600), xmp=xmp_packet(credit="AFP"))
    made = make_renditions(data, "webp", tmp_path, widths=(400,), formats=("webp",))
    with Image.open(made[0].path) as image:
        assert not image.getexif().get_ifd(0x8825)
        assert parse_xmp(image.info["xmp"]) == {"credit": "FOTO: AFP"}


def test_failure_leaves_no_files(tmp_path: Path) -> None:
    data = agency_jpeg((1200, 800))
    with pytest.raises(CorruptImage):
        make_renditions(data[: len(data) // 3], "rusak", tmp_path)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError):
        make_renditions(data, "x", tmp_path, formats=("gif",))


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        (
            "Banjir di Jakarta: 5% Warga Mengungsi!",
            "banjir-di-jakarta-5-persen-warga-mengungsi-1600.jpg",
        ),
        ("CON", "foto-con-1600.jpg"),
        ("../../etc/passwd", "etc-passwd-1600.jpg"),
        ("   ", "foto-1600.jpg"),
        ("Café “Kopi” — Bandung", "cafe-kopi-bandung-1600.jpg"),
    ],
)
def test_file_names_are_safe_everywhere(base: str, expected: str) -> None:
    assert rendition_name(base, 1600, "jpg") == expected
    assert len(safe_stem("kata " * 100)) <= 60


@pytest.mark.skipif(not HEIF_AVAILABLE, reason="pillow-heif not installed")
def test_heic_from_a_phone_becomes_web_files(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    picture((1200, 900)).save(buffer, "HEIF", quality=80, exif=exif_block().tobytes())
    made = make_renditions(buffer.getvalue(), "iphone", tmp_path, widths=(1600, 640))
    assert [(r.width, r.height, r.format) for r in made] == [
        (1200, 900, "jpeg"), (1200, 900, "webp"), (640, 480, "jpeg"), (640, 480, "webp"),
    ]  # fmt: skip
    with Image.open(made[0].path) as image:
        assert not image.getexif().get_ifd(0x8825)


def test_srcset_for_the_html(tmp_path: Path) -> None:
    made = make_renditions(jpeg_bytes((1200, 800)), "pasar", tmp_path, widths=(1024, 640))
    assert srcset(made, "webp") == "pasar-1024.webp 1024w, pasar-640.webp 640w"
    assert srcset(made, "jpeg", lambda r: f"/foto/{r.path.name}") == (
        "/foto/pasar-1024.jpg 1024w, /foto/pasar-640.jpg 640w"
    )


def test_sixteen_bit_greyscale_is_scaled_not_clipped(tmp_path: Path) -> None:
    grey = Image.linear_gradient("L").resize((800, 600)).convert("I")
    wide = grey.point(lambda value: value * 256)  # the same picture in 16-bit values
    buffer = io.BytesIO()
    wide.convert("I;16").save(buffer, "PNG")
    made = make_renditions(buffer.getvalue(), "pindai", tmp_path, widths=(400,), formats=("jpeg",))
    with Image.open(made[0].path) as image:
        top, bottom = image.getpixel((200, 5)), image.getpixel((200, 295))
    assert top[0] < 30 and bottom[0] > 220  # the gradient survived
