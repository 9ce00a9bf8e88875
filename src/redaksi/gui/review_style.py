"""Colours and wording shared by the review widgets: status pills, change marks, times."""

from __future__ import annotations

from datetime import datetime

from redaksi.story.status import Status

#: (background, text) of a status pill in the light palette.
STATUS_PILL: dict[Status, tuple[str, str]] = {
    Status.DRAF: ("#e6e4df", "#55534e"),
    Status.DIAJUKAN: ("#dbe8fb", "#1d4f91"),
    Status.DISUNTING: ("#fbeccb", "#8a5a00"),
    Status.DIKEMBALIKAN: ("#fadcd9", "#a1261c"),
    Status.DISETUJUI: ("#d7f0de", "#1f7a3a"),
    Status.TERBIT: ("#1f7a3a", "#ffffff"),
    Status.ARSIP: ("#ecebe8", "#8a8883"),
}

INSERT_TEXT, INSERT_BACK = "#1b6e35", "#e3f4e8"
DELETE_TEXT, DELETE_BACK = "#b3261e", "#fde7e5"
MUTED = "#6b6a66"
BORDER = "#dcd8cf"
QUOTE_BAR = "#e0b441"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def format_when(when: datetime, now: datetime | None = None) -> str:
    """Newsroom time: "baru saja", "12 menit lalu", "hari ini 13.05", "kemarin 17.40"."""
    now = now or datetime.now(when.tzinfo)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return "baru saja"
    if seconds < 3600:
        return f"{int(seconds // 60)} menit lalu"
    local, today = when.astimezone(), now.astimezone().date()
    if local.date() == today:
        return f"hari ini {local:%H.%M}"
    if (today - local.date()).days == 1:
        return f"kemarin {local:%H.%M}"
    return f"{local.day} {_MONTHS[local.month - 1]} {local:%H.%M}"


def format_exact(when: datetime) -> str:
    """Full local date and time, for tooltips."""
    local = when.astimezone()
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year}, {local:%H.%M.%S}"
