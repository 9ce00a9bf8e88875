"""Real images for photo tests, made with Pillow, with EXIF, IPTC and XMP written into them.

IPTC has no writer in Pillow, so it is written the way Photoshop and agency software do:
IIM datasets inside an ``8BIM`` resource 0x0404 in a JPEG APP13 "Photoshop 3.0" segment.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageDraw
from PIL.PngImagePlugin import PngInfo

JAKARTA_GPS = {1: "S", 2: (6.0, 10.0, 30.0), 3: "E", 4: (106.0, 49.0, 12.0)}


def picture(size: tuple[int, int] = (1200, 800), mode: str = "RGB") -> Image.Image:
    """A photo-like picture: gradients and shapes, so resampling has real work to do."""
    width, height = size
    red = Image.linear_gradient("L").resize(size)
    green = Image.linear_gradient("L").rotate(90).resize(size)
    blue = Image.radial_gradient("L").resize(size)
    image = Image.merge("RGB", (red, green, blue))
    draw = ImageDraw.Draw(image)
    draw.ellipse((width // 4, height // 4, width // 2, height // 2), fill=(250, 200, 40))
    draw.rectangle((width // 2, height // 2, width - 10, height - 10), outline=(0, 0, 0), width=5)
    # A marker in the top-left corner tells orientation tests which way is up.
    draw.rectangle((0, 0, width // 10, height // 10), fill=(255, 0, 0))
    return image.convert(mode) if mode != "RGB" else image


def exif_block(
    gps: bool = True, orientation: int = 1, serial: str = "SN-4021337", artist: str = ""
) -> Image.Exif:
    """Camera EXIF: make, model, date with offset, serial number and (optionally) GPS."""
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R5"
    if orientation != 1:
        exif[0x0112] = orientation
    if artist:
        exif[0x013B] = artist
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2024:01:02 09:30:15"
    sub[0x9011] = "+07:00"
    if serial:
        sub[0xA431] = serial
        sub[0xA435] = "LENS-77"
    if gps:
        exif.get_ifd(0x8825).update(JAKARTA_GPS)
    return exif


def xmp_packet(
    description: str = "", credit: str = "", creator: str = "", rights: str = ""
) -> bytes:
    """An XMP packet as Lightroom writes it (elements and an attribute)."""
    parts = []
    if description:
        parts.append(
            "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>"
            f"{description}</rdf:li></rdf:Alt></dc:description>"
        )
    if creator:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>")
    if rights:
        parts.append(
            f"<dc:rights><rdf:Alt><rdf:li xml:lang='x-default'>{rights}</rdf:li></rdf:Alt>"
            "</dc:rights>"
        )
    credit_attr = f" photoshop:Credit='{credit}'" if credit else ""
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
        f"xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'{credit_attr}>"
        + "".join(parts)
        + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()


def iptc_segment(fields: dict[tuple[int, int], str | list[str]]) -> bytes:
    """A JPEG APP13 segment with IPTC IIM datasets (UTF-8, declared in 1:90)."""
    records = [(1, 90, b"\x1b%G")]
    for (record, dataset), value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            records.append((record, dataset, item.encode()))
    iim = b"".join(
        b"\x1c" + bytes([rec, ds]) + struct.pack(">H", len(v)) + v for rec, ds, v in records
    )
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim))
    resource += iim + (b"\x00" if len(iim) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


AGENCY_IPTC = {
    (2, 120): "BANJIR – Warga menyeberangi genangan di Kampung Melayu, Jakarta, Selasa (2/1/2024).",
    (2, 80): "Hafidz Mubarak",
    (2, 110): "ANTARA FOTO",
    (2, 115): "ANTARA",
    (2, 116): "© 2024 ANTARA",
    (2, 90): "Jakarta",
    (2, 25): ["banjir", "jakarta"],
}


def jpeg_bytes(
    size: tuple[int, int] = (1200, 800),
    *,
    exif: Image.Exif | None = None,
    iptc: dict[tuple[int, int], str | list[str]] | None = None,
    xmp: bytes | None = None,
    icc: bytes | None = None,
    mode: str = "RGB",
    quality: int = 90,
    image: Image.Image | None = None,
) -> bytes:
    """A JPEG with whatever metadata is given."""
    image = image if image is not None else picture(size, mode)
    options: dict[str, object] = {"quality": quality}
    if exif is not None:
        options["exif"] = exif.tobytes()
    if xmp is not None:
        options["xmp"] = xmp
    if icc is not None:
        options["icc_profile"] = icc
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", **options)
    data = buffer.getvalue()
    if iptc:
        data = data[:2] + iptc_segment(iptc) + data[2:]
    return data


def agency_jpeg(size: tuple[int, int] = (1200, 800), orientation: int = 1) -> bytes:
    """What ANTARA's wire delivers: IPTC caption and credit, camera EXIF with GPS."""
    return jpeg_bytes(size, exif=exif_block(orientation=orientation), iptc=AGENCY_IPTC)


def png_bytes(
    size: tuple[int, int] = (640, 480), xmp: bytes | None = None, mode: str = "RGB"
) -> bytes:
    """A PNG, optionally with an XMP packet in its iTXt chunk."""
    info = PngInfo()
    if xmp is not None:
        info.add_itxt("XML:com.adobe.xmp", xmp.decode())
    buffer = io.BytesIO()
    picture(size, mode).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def webp_bytes(size: tuple[int, int] = (640, 480), xmp: bytes | None = None) -> bytes:
    """A WebP, optionally with XMP and GPS EXIF."""
    buffer = io.BytesIO()
    options: dict[str, object] = {"quality": 90, "exif": exif_block().tobytes()}
    if xmp is not None:
        options["xmp"] = xmp
    picture(size).save(buffer, "WEBP", **options)
    return buffer.getvalue()


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims a gigantic canvas (a decompression bomb)."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 20, 30)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    # IHDR follows the 8-byte signature: length(4) type(4) width(4) height(4) ...
    data[16:24] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[12:29])) & 0xFFFFFFFF
    data[29:33] = struct.pack(">I", crc)
    return bytes(data)


def scene(kind: str, size: tuple[int, int] = (1200, 800)) -> Image.Image:
    """A simple drawn news scene (flood, rally, market) that reads as a photo at a glance."""
    width, height = size
    horizon = int(height * (0.45 if kind != "rally" else 0.35))
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    top, bottom = {
        "flood": ((120, 150, 185), (200, 205, 210)),
        "rally": ((95, 150, 215), (190, 215, 240)),
        "market": ((245, 190, 120), (250, 225, 180)),
    }[kind]
    for y in range(horizon):
        t = y / max(1, horizon)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    for index in range(14):
        left = index * width // 14
        tall = horizon - (60 + (index * 53) % 170) * height // 800
        shade = 70 + (index * 37) % 60
        draw.rectangle(
            (left, tall, left + width // 14 - 6, horizon), fill=(shade, shade - 5, shade - 10)
        )
        for wy in range(tall + 12, horizon - 10, 26):
            for wx in range(left + 8, left + width // 14 - 14, 18):
                draw.rectangle((wx, wy, wx + 8, wy + 12), fill=(230, 215, 150))
    ground = {"flood": (128, 104, 70), "rally": (120, 120, 118), "market": (150, 120, 90)}[kind]
    draw.rectangle((0, horizon, width, height), fill=ground)
    if kind == "flood":
        for y in range(horizon + 10, height, 14):
            draw.line([(0, y), (width, y + 6)], fill=(150, 125, 88), width=2)
        for index in range(5):
            x = width // 6 + index * width // 7
            draw.ellipse((x, horizon + 40, x + 36, horizon + 76), fill=(60, 45, 40))
            draw.rectangle((x + 4, horizon + 76, x + 32, horizon + 150), fill=(200, 60, 50))
    else:
        colours = [(220, 60, 60), (240, 240, 240), (60, 90, 200), (250, 200, 40), (40, 150, 90)]
        for index in range(160 if kind == "rally" else 60):
            x = (index * 97) % width
            y = horizon + 20 + (index * 53) % (height - horizon - 40)
            r = 14 + y * 18 // height
            draw.ellipse((x, y - r, x + r, y), fill=(70, 50, 40))
            draw.rectangle((x - 2, y, x + r + 2, y + 2 * r), fill=colours[index % 5])
        if kind == "rally":
            draw.rectangle(
                (width // 3, horizon - 60, 2 * width // 3, horizon - 10), fill=(200, 30, 30)
            )
        else:
            for index in range(6):
                x = index * width // 6 + 20
                draw.polygon(
                    [(x, horizon + 20), (x + 160, horizon + 20), (x + 80, horizon - 30)],
                    fill=colours[index % 5],
                )
    return image
