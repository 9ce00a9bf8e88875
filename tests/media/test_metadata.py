"""EXIF, IPTC and XMP written by real tools are read back and prefill the photo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from redaksi.media.metadata import PhotoMetadata, prefill, read_metadata
from redaksi.media.opening import open_image
from redaksi.media.xmp import build_xmp, parse_xmp
from redaksi.story.model import Photo
from tests.photo_factory import (
    AGENCY_IPTC,
    agency_jpeg,
    exif_block,
    jpeg_bytes,
    png_bytes,
    webp_bytes,
    xmp_packet,
)


def test_agency_jpeg_iptc_and_exif() -> None:
    meta = read_metadata(open_image(agency_jpeg(), "antara.jpg"))
    assert meta.caption == AGENCY_IPTC[(2, 120)]
    assert (meta.byline, meta.credit, meta.source) == ("Hafidz Mubarak", "ANTARA FOTO", "ANTARA")
    assert meta.copyright == "© 2024 ANTARA"
    assert meta.city == "Jakarta"
    assert meta.keywords == ["banjir", "jakarta"]
    assert meta.camera == "Canon EOS R5"
    assert meta.taken_at == datetime(2024, 1, 2, 9, 30, 15, tzinfo=timezone(timedelta(hours=7)))
    assert meta.latitude == pytest.approx(-6.175, abs=1e-4)
    assert meta.longitude == pytest.approx(106.82, abs=1e-4)
    assert meta.has_gps
    assert meta.serial_numbers == ["SN-4021337", "LENS-77"]


def test_xmp_in_jpeg_png_and_webp() -> None:
    packet = xmp_packet(
        description="DEMO – Mahasiswa berunjuk rasa di depan Gedung DPR.",
        credit="KOMPAS.com",
        creator="Kristianto Purnomo",
        rights="Hak cipta Kompas",
    )
    for data in (jpeg_bytes(xmp=packet), png_bytes(xmp=packet), webp_bytes(xmp=packet)):
        meta = read_metadata(open_image(data))
        assert meta.caption.startswith("DEMO – Mahasiswa")
        assert meta.credit == "KOMPAS.com"
        assert meta.byline == "Kristianto Purnomo"
        assert meta.copyright == "Hak cipta Kompas"


def test_iptc_wins_over_xmp_and_exif() -> None:
    data = jpeg_bytes(
        exif=exif_block(artist="Kamera Artist"),
        iptc={(2, 80): "Nama IPTC"},
        xmp=xmp_packet(creator="Nama XMP"),
    )
    assert read_metadata(open_image(data)).byline == "Nama IPTC"
    assert read_metadata(open_image(jpeg_bytes(exif=exif_block(artist="Hanya EXIF")))).byline == (
        "Hanya EXIF"
    )


def test_credit_line_in_newsroom_form() -> None:
    assert PhotoMetadata(credit="ANTARA FOTO", byline="Aditya").credit_line() == (
        "FOTO: ANTARA FOTO/Aditya"
    )
    assert PhotoMetadata(
        credit="REUTERS/Willy Kurniawan", byline="Willy Kurniawan"
    ).credit_line() == ("FOTO: REUTERS/Willy Kurniawan")
    assert PhotoMetadata(byline="Dewi").credit_line() == "FOTO: Dewi"
    assert PhotoMetadata().credit_line() == ""


def test_prefill_fills_only_empty_fields() -> None:
    meta = read_metadata(open_image(agency_jpeg()))
    photo = prefill(Photo(caption="Ditulis redaktur."), meta)
    assert photo.caption == "Ditulis redaktur."
    assert photo.credit == "FOTO: ANTARA FOTO/Hafidz Mubarak"
    assert photo.photographer == "Hafidz Mubarak"
    assert photo.place == "Jakarta"
    assert photo.taken_at is not None and photo.taken_at.astimezone(UTC).hour == 2
    assert photo.metadata["camera_model"] == "Canon EOS R5"
    assert photo.metadata["taken_at"].startswith("2024-01-02T09:30:15")
    # Where and with which camera body: flags only, never in story data.
    assert photo.metadata["has_gps"] and photo.metadata["has_serial_numbers"]
    assert "latitude" not in photo.metadata and "serial_numbers" not in photo.metadata
    assert "SN-4021337" not in str(photo.metadata)


def test_hostile_xmp_entities_are_not_expanded() -> None:
    evil = (
        b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'AAAAAAAAAA'>"
        b"<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
        b"xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
        b"xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'><photoshop:Credit>&b;"
        b"</photoshop:Credit></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    assert "AAAA" not in parse_xmp(evil).get("credit", "")
    assert parse_xmp(b"<x:xmpmeta not closed") == {}
    assert parse_xmp(None) == {}


def test_built_xmp_round_trips_unicode() -> None:
    packet = build_xmp(creator="Ñoño Sánchez", credit="FOTO: ANTARA/Ñoño", rights="© ANTARA")
    assert parse_xmp(packet) == {
        "creator": "Ñoño Sánchez",
        "credit": "FOTO: ANTARA/Ñoño",
        "rights": "© ANTARA",
    }


def test_camera_time_without_offset_is_local_time() -> None:
    exif = exif_block()
    del exif.get_ifd(0x8769)[0x9011]
    taken = read_metadata(open_image(jpeg_bytes(exif=exif))).taken_at
    assert taken is not None and taken.tzinfo is not None
    assert taken.astimezone().replace(tzinfo=None) == datetime(2024, 1, 2, 9, 30, 15)
