"""Where inline "Baca juga" links sit in a body being edited: plain arithmetic on blocks.

The body editor keeps each inline link on the text block (paragraph) it follows, under a
small integer *key*, so the link moves with its paragraph while the reporter writes; the
story's ``after_paragraph`` is worked out from that block only when the story is read.
This module holds the rules that need no Qt, over two plain lists per body: which blocks
are blank, and which keys each block carries.

* Blank blocks (an empty line being typed) are not paragraphs of the story
  (``read_paragraphs`` skips them).  A link on a blank block belongs after the nearest
  paragraph above it, or right after the lead (:data:`AFTER_LEAD`) when there is none.
* Links right after the lead are not on any block: they stay there whatever happens to the
  paragraphs (:data:`TOP` as a block number).
* After an edit, the editor reports the keys it finds on each block.  Qt copies a block's
  keys to both halves of a split paragraph and drops them with a deleted paragraph;
  :func:`settle` decides where every key belongs: a split keeps the link after the last
  non-blank half (the end of the text it followed), and the links of a deleted paragraph go
  to the block the editor names (the paragraph before the deletion, or the lead).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from redaksi.links.related import AFTER_LEAD

#: The block number that stands for "right after the lead" (before the first block).
TOP = -1


def paragraph_index(block: int, blank: Sequence[bool]) -> int:
    """``after_paragraph`` of a link on block ``block`` (``AFTER_LEAD`` above every paragraph).

    >>> paragraph_index(3, [False, True, False, True])
    1
    """
    if block == TOP:
        return AFTER_LEAD
    return sum(1 for flag in blank[: block + 1] if not flag) - 1


def block_for_paragraph(after_paragraph: int, blank: Sequence[bool]) -> int | None:
    """The block of paragraph ``after_paragraph``; ``TOP`` after the lead, None if absent.

    >>> block_for_paragraph(1, [False, True, False])
    2
    """
    if after_paragraph == AFTER_LEAD:
        return TOP
    if after_paragraph < 0:
        return None
    seen = -1
    for number, flag in enumerate(blank):
        if not flag:
            seen += 1
            if seen == after_paragraph:
                return number
    return None


def owner_block(block: int, blank: Sequence[bool]) -> int:
    """The paragraph block a drop on ``block`` means: itself, or the nearest one above.

    A drop on an empty line lands after the paragraph above it (or after the lead).
    """
    for number in range(min(block, len(blank) - 1), -1, -1):
        if not blank[number]:
            return number
    return TOP


@dataclass(frozen=True)
class Arrangement:
    """Keys after the lead, and the keys each block should carry, in link order."""

    top: tuple[int, ...]
    blocks: tuple[tuple[int, ...], ...]

    def where(self) -> dict[int, int]:
        """Block number (or ``TOP``) of every placed key."""
        placed = dict.fromkeys(self.top, TOP)
        for number, keys in enumerate(self.blocks):
            placed.update(dict.fromkeys(keys, number))
        return placed


def arrange(order: Sequence[int], where: Mapping[int, int], block_count: int) -> Arrangement:
    """Lay out keys placed in ``where`` (block number or ``TOP``), ordered as in ``order``.

    Keys outside the document (a block number past the end) are left out.
    """
    top: list[int] = []
    blocks: list[list[int]] = [[] for _ in range(block_count)]
    for key in order:
        block = where.get(key)
        if block == TOP:
            top.append(key)
        elif block is not None and 0 <= block < block_count:
            blocks[block].append(key)
    return Arrangement(tuple(top), tuple(tuple(keys) for keys in blocks))


def settle(
    order: Sequence[int],
    top: Collection[int],
    found: Sequence[Sequence[int]],
    blank: Sequence[bool],
    lost_to: int,
) -> Arrangement:
    """Where every inline key belongs after an edit left ``found`` on the blocks.

    ``order`` lists the inline keys in link order; ``top`` those after the lead (they stay
    there).  A key found on several blocks (a split paragraph) stays on the last non-blank
    one, or the first when all are blank; a key found nowhere (its paragraph was deleted)
    goes to block ``lost_to`` (``TOP``: after the lead).  Keys not in ``order`` are dropped.
    """
    where: dict[int, int] = dict.fromkeys((key for key in order if key in top), TOP)
    seen: dict[int, list[int]] = {}
    for number, keys in enumerate(found):
        for key in keys:
            seen.setdefault(key, []).append(number)
    for key in order:
        if key in where:
            continue
        blocks = seen.get(key)
        if not blocks:
            where[key] = lost_to
            continue
        written = [number for number in blocks if not blank[number]]
        where[key] = written[-1] if written else blocks[0]
    return arrange(order, where, len(found))
