"""Dates as Indonesian readers expect them: ``Selasa, 24 November 2026 21.30 WIB``."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}


def format_indonesian(moment: datetime, zone: str = "WIB") -> str:
    """Long Indonesian date and time in one of the three Indonesian time zones."""
    local = moment.astimezone(ZoneInfo(ZONES[zone]))
    return (
        f"{DAYS[local.weekday()]}, {local.day} {MONTHS[local.month - 1]} {local.year} "
        f"{local.hour:02d}.{local.minute:02d} {zone}"
    )
