"""The workflow bar's first button is the move that takes the story forward."""

from __future__ import annotations

from redaksi.review.transitions import is_forward, moves_from, next_step
from redaksi.story.status import Status


def verb(status: Status) -> str | None:
    move = next_step(moves_from(status))
    return move.verb if move else None


def test_next_step_along_the_main_line() -> None:
    assert verb(Status.DRAF) == "Ajukan"
    assert verb(Status.DIKEMBALIKAN) == "Ajukan ulang"
    assert verb(Status.DIAJUKAN) == "Mulai sunting"
    assert verb(Status.DISUNTING) == "Setujui"
    assert verb(Status.DISETUJUI) == "Terbitkan"
    assert verb(Status.ARSIP) == "Keluarkan dari arsip"


def test_published_story_has_no_forward_step() -> None:
    assert verb(Status.TERBIT) is None
    assert not any(is_forward(m) for m in moves_from(Status.TERBIT))


def test_returning_and_withdrawing_are_not_forward() -> None:
    backward = [m for m in moves_from(Status.DISUNTING) if not is_forward(m)]
    assert [m.target for m in backward] == [Status.DIKEMBALIKAN]
    assert not is_forward(next(m for m in moves_from(Status.DIAJUKAN) if m.target is Status.DRAF))
