"""Per-block bookkeeping for background checks, stored on the block itself.

Qt moves a block's user data with the block as text is inserted above it, so findings stay
attached to their paragraph without any offset bookkeeping.  A split block starts without
data and is therefore checked as new.
"""

from __future__ import annotations

import itertools

from PySide6.QtGui import QTextBlock, QTextBlockUserData

from redaksi.language.findings import Finding

_keys = itertools.count(1)


class BlockState(QTextBlockUserData):
    """Revision counter and last accepted findings of one paragraph."""

    def __init__(self) -> None:
        super().__init__()
        self.key = next(_keys)
        self.revision = 0
        self.checked_revision = -1
        self.in_flight = False  # a worker holds a snapshot of this block
        self.findings: list[Finding] = []
        self.raw_findings: list[Finding] = []

    @property
    def dirty(self) -> bool:
        """True while the text changed since its findings were computed."""
        return self.checked_revision != self.revision


def state_of(block: QTextBlock) -> BlockState:
    """The block's state, attached on first use."""
    data = block.userData()
    if isinstance(data, BlockState):
        return data
    state = BlockState()
    block.setUserData(state)
    return state
