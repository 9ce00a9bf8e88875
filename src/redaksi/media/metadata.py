"""What photographers and agencies write into their files: EXIF, IPTC and XMP.

Agencies (ANTARA, Reuters, AP) fill IPTC's caption, by-line, credit and copyright notice;
Lightroom and phones write XMP; cameras write EXIF date, model and sometimes GPS.  The
desk prefills caption, credit and photographer from them, and the photo editor sees where
and with what a picture was taken.  GPS and serial numbers are read so the desk can verify
a picture, and are never written into published renditions (see ``renditions``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from fractions import Fraction
from typing import Any

from PIL import Image, IptcImagePlugin

from redaksi.media.xmp import parse_xmp
from redaksi.story.model import Photo

# EXIF tags (TIFF/EXIF 2.32 numbering).
_IMAGE_DESCRIPTION = 0x010E
_MAKE = 0x010F
_MODEL = 0x0110
_ARTIST = 0x013B
_COPYRIGHT = 0x8298
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATE_ORIGINAL = 0x9003
_OFFSET_ORIGINAL = 0x9011
_BODY_SERIAL = 0xA431
_LENS_SERIAL = 0xA435
_LENS_MODEL = 0xA434

# IPTC IIM record 2 datasets.
_IPTC = {
    "headline": (2, 105),
    "caption": (2, 120),
    "byline": (2, 80),
    "credit": (2, 110),
    "source": (2, 115),
    "copyright": (2, 116),
    "city": (2, 90),
    "country": (2, 101),
    "keywords": (2, 25),
}
_IPTC_CHARSET = (1, 90)
_UTF8_ESCAPE = b"\x1b%G"


@dataclass
class PhotoMetadata:
    """Desk-relevant metadata merged from EXIF, IPTC and XMP (empty strings when absent)."""

    caption: str = ""
    headline: str = ""
    byline: str = ""
    credit: str = ""
    source: str = ""
    copyright: str = ""
    city: str = ""
    country: str = ""
    keywords: list[str] = field(default_factory=list)
    taken_at: datetime | None = None
    camera_make: str = ""
    camera_model: str = ""
    lens: str = ""
    latitude: float | None = None
    longitude: float | None = None
    serial_numbers: list[str] = field(default_factory=list)

    @property
    def camera(self) -> str:
        """``"Canon EOS R5"`` rather than ``"Canon Canon EOS R5"``."""
        if self.camera_model.lower().startswith(self.camera_make.lower()):
            return self.camera_model
        return " ".join(p for p in (self.camera_make, self.camera_model) if p)

    @property
    def has_gps(self) -> bool:
        """True when the file reveals where it was taken."""
        return self.latitude is not None and self.longitude is not None

    def credit_line(self) -> str:
        """The newsroom credit, ``FOTO: AGENCY/Photographer``, from what the file says."""
        agency = self.credit or self.source
        parts = [p for p in (agency, self.byline) if p]
        if agency and self.byline and self.byline.lower() in agency.lower():
            parts = [agency]
        if not parts:
            return ""
        return f"FOTO: {'/'.join(parts)}"

    def to_json(self) -> dict[str, Any]:
        """Non-empty fields as JSON-safe values, for ``Photo.metadata``.

        Position and serial numbers are reduced to flags: story data travels (revisions,
        exports, APIs) and must not carry a source's location or camera identity.  The
        original bytes still hold them for the photo editor who needs to verify.
        """
        private = {"latitude", "longitude", "serial_numbers"}
        data = {
            k: v for k, v in asdict(self).items() if v not in ("", None, []) and k not in private
        }
        if self.taken_at is not None:
            data["taken_at"] = self.taken_at.isoformat()
        if self.has_gps:
            data["has_gps"] = True
        if self.serial_numbers:
            data["has_serial_numbers"] = True
        return data


def read_metadata(image: Image.Image) -> PhotoMetadata:
    """Everything the desk uses from an opened (not necessarily decoded) image."""
    meta = PhotoMetadata()
    _read_exif(image, meta)
    xmp = parse_xmp(image.info.get("xmp"))
    iptc = _read_iptc(image)
    # IPTC is what agencies fill most carefully; XMP next; EXIF as the last resort.
    meta.caption = iptc.get("caption") or xmp.get("description") or meta.caption
    meta.headline = iptc.get("headline") or xmp.get("headline", "")
    meta.byline = iptc.get("byline") or xmp.get("creator") or meta.byline
    meta.credit = iptc.get("credit") or xmp.get("credit", "")
    meta.source = iptc.get("source") or xmp.get("source", "")
    meta.copyright = iptc.get("copyright") or xmp.get("rights") or meta.copyright
    meta.city = iptc.get("city") or xmp.get("city", "")
    meta.country = iptc.get("country", "")
    meta.keywords = [k for k in iptc.get("keywords", "").split("; ") if k]
    return meta


def prefill(photo: Photo, meta: PhotoMetadata) -> Photo:
    """Fill the photo's empty fields from metadata; what a person typed is never replaced."""
    if not photo.caption:
        photo.caption = meta.caption
    if not photo.credit:
        photo.credit = meta.credit_line()
    if not photo.photographer:
        photo.photographer = meta.byline
    if photo.taken_at is None:
        photo.taken_at = meta.taken_at
    if not photo.place:
        photo.place = meta.city
    photo.metadata = {**meta.to_json(), **photo.metadata}
    return photo


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).replace("\x00", "").strip() if value is not None else ""


def _read_exif(image: Image.Image, meta: PhotoMetadata) -> None:
    try:
        exif = image.getexif()
        sub = exif.get_ifd(_EXIF_IFD)
        gps = exif.get_ifd(_GPS_IFD)
    except (OSError, SyntaxError, ValueError, KeyError, TypeError):
        return
    meta.caption = _text(exif.get(_IMAGE_DESCRIPTION))
    meta.camera_make = _text(exif.get(_MAKE))
    meta.camera_model = _text(exif.get(_MODEL))
    meta.byline = _text(exif.get(_ARTIST))
    meta.copyright = _text(exif.get(_COPYRIGHT))
    meta.lens = _text(sub.get(_LENS_MODEL))
    meta.serial_numbers = [
        s for s in (_text(sub.get(_BODY_SERIAL)), _text(sub.get(_LENS_SERIAL))) if s
    ]
    meta.taken_at = _exif_datetime(_text(sub.get(_DATE_ORIGINAL)), _text(sub.get(_OFFSET_ORIGINAL)))
    meta.latitude = _gps_coordinate(gps.get(2), gps.get(1), "S")
    meta.longitude = _gps_coordinate(gps.get(4), gps.get(3), "W")


def _exif_datetime(value: str, offset: str) -> datetime | None:
    """Camera time, always aware.

    Without an offset tag the camera clock is taken to run on the desk's own time zone (a
    Jakarta photographer's camera is set to WIB), right far more often than reading it as UTC.
    """
    try:
        taken = datetime.strptime(value[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    if len(offset) == 6 and offset[0] in "+-" and offset[3] == ":":
        try:
            minutes = int(offset[1:3]) * 60 + int(offset[4:6])
        except ValueError:
            minutes = None
        if minutes is not None:
            sign = -1 if offset[0] == "-" else 1
            return taken.replace(tzinfo=timezone(timedelta(minutes=sign * minutes)))
    return taken.astimezone()  # naive means local time to Python


def _gps_coordinate(value: Any, ref: Any, negative: str) -> float | None:
    try:
        degrees, minutes, seconds = (Fraction(float(v)) for v in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = float(degrees + minutes / 60 + seconds / 3600)
    return -result if _text(ref).upper() == negative else result


def _read_iptc(image: Image.Image) -> dict[str, str]:
    try:
        info = IptcImagePlugin.getiptcinfo(image) or {}
    except (OSError, SyntaxError, ValueError, KeyError, TypeError, IndexError):
        return {}
    utf8 = info.get(_IPTC_CHARSET) == _UTF8_ESCAPE
    found = {}
    for key, dataset in _IPTC.items():
        raw = info.get(dataset)
        if raw is None:
            continue
        values = raw if isinstance(raw, list) else [raw]
        text = "; ".join(t for t in (_decode_iptc(v, utf8) for v in values) if t)
        if text:
            found[key] = text
    return found


def _decode_iptc(value: bytes, utf8: bool) -> str:
    if utf8:
        return value.decode("utf-8", "replace").strip()
    try:
        return value.decode("utf-8").strip()
    except UnicodeDecodeError:
        return value.decode("cp1252", "replace").strip()
