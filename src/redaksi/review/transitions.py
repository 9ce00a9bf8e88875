"""The workflow graph: which status may follow which, and who may make each move.

``AUTHOR`` means the story's own author (a reporter, or an editor on their own story);
``EDITOR`` means any editor.  Administrators may make every move.  The PostgreSQL
migration ``0003`` mirrors this table in a trigger so direct SQL obeys it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from redaksi.story.status import Status


class Party(StrEnum):
    """Who, relative to the story, may make a move."""

    AUTHOR = "author"
    EDITOR = "editor"


@dataclass(frozen=True)
class Move:
    """One allowed transition with the verb the window shows for it."""

    source: Status
    target: Status
    parties: frozenset[Party]
    verb: str
    needs_note: bool = False


def _move(
    source: Status, target: Status, parties: set[Party], verb: str, needs_note: bool = False
) -> Move:
    return Move(source, target, frozenset(parties), verb, needs_note)


A, E = Party.AUTHOR, Party.EDITOR

MOVES: tuple[Move, ...] = (
    _move(Status.DRAF, Status.DIAJUKAN, {A}, "Ajukan"),
    _move(Status.DIKEMBALIKAN, Status.DIAJUKAN, {A}, "Ajukan ulang"),
    _move(Status.DIAJUKAN, Status.DRAF, {A}, "Tarik kembali"),
    _move(Status.DIAJUKAN, Status.DISUNTING, {E}, "Mulai sunting"),
    _move(Status.DIAJUKAN, Status.DIKEMBALIKAN, {E}, "Kembalikan ke penulis", needs_note=True),
    _move(Status.DISUNTING, Status.DIKEMBALIKAN, {E}, "Kembalikan ke penulis", needs_note=True),
    _move(Status.DISUNTING, Status.DISETUJUI, {E}, "Setujui"),
    _move(Status.DISETUJUI, Status.DISUNTING, {E}, "Buka lagi untuk disunting"),
    _move(Status.DISETUJUI, Status.TERBIT, {E}, "Terbitkan"),
    _move(Status.TERBIT, Status.DISUNTING, {E}, "Ralat"),
    _move(Status.TERBIT, Status.ARSIP, {E}, "Arsipkan"),
    _move(Status.DRAF, Status.ARSIP, {A, E}, "Arsipkan"),
    _move(Status.ARSIP, Status.DRAF, {E}, "Keluarkan dari arsip"),
)

_BY_PAIR = {(m.source, m.target): m for m in MOVES}


def move_for(source: Status, target: Status) -> Move | None:
    """The move from ``source`` to ``target``, or ``None`` when the graph has no such edge."""
    return _BY_PAIR.get((source, target))


def moves_from(source: Status) -> list[Move]:
    """Every move leaving ``source``, in the order the window lists them."""
    return [m for m in MOVES if m.source == source]


#: The road a story travels; a move further along it is the desk's natural next step.
MAIN_LINE: dict[Status, int] = {
    Status.ARSIP: -1,
    Status.DRAF: 0,
    Status.DIKEMBALIKAN: 0,
    Status.DIAJUKAN: 1,
    Status.DISUNTING: 2,
    Status.DISETUJUI: 3,
    Status.TERBIT: 4,
}


def is_forward(move: Move) -> bool:
    """Whether ``move`` takes the story further towards publication."""
    return MAIN_LINE[move.target] > MAIN_LINE[move.source]


def next_step(moves: list[Move]) -> Move | None:
    """The move a button should offer first (the others go in a menu), if any is forward."""
    return next((m for m in moves if is_forward(m)), None)
