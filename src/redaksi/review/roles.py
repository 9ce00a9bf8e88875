"""Who is acting: the three desk roles and the signed-in user the services check."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """A desk role; the value is stored in ``users.role``."""

    REPORTER = "reporter"
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """Indonesian name of the role."""
        return _LABELS[self]

    @property
    def group(self) -> str:
        """PostgreSQL group role whose grants and policies apply to this desk role."""
        return f"redaksi_{self.value}"


_LABELS = {Role.REPORTER: "Reporter", Role.EDITOR: "Editor", Role.ADMIN: "Administrator"}


@dataclass(frozen=True)
class Actor:
    """The signed-in user every review service call is made on behalf of."""

    user_id: int
    username: str
    display_name: str
    role: Role

    @property
    def name(self) -> str:
        """What other desks see: the display name, else the account name."""
        return self.display_name or self.username
