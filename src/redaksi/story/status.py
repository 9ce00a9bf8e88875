"""Editorial statuses of a story, named as Indonesian newsrooms name them."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Where a story stands in the desk's workflow (values are stored in the database)."""

    DRAF = "draf"
    DIAJUKAN = "diajukan"
    DISUNTING = "disunting"
    DIKEMBALIKAN = "dikembalikan"
    DISETUJUI = "disetujui"
    TERBIT = "terbit"
    ARSIP = "arsip"

    @property
    def label(self) -> str:
        """Human label in Bahasa Indonesia (the GUI translates through Qt on top)."""
        return _LABELS[self]


_LABELS = {
    Status.DRAF: "Draf",
    Status.DIAJUKAN: "Diajukan",
    Status.DISUNTING: "Disunting",
    Status.DIKEMBALIKAN: "Dikembalikan",
    Status.DISETUJUI: "Disetujui",
    Status.TERBIT: "Terbit",
    Status.ARSIP: "Arsip",
}
