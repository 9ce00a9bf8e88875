"""Per-block bookkeeping for background checks, keyed by the block's ``userState``.

Each block carries a small integer key in ``QTextBlock.userState`` (Qt moves it with the
block as text is inserted above; a block split off by Enter starts at -1 and is therefore
checked as new).  The state itself is a plain Python object in a dict owned by the runner.
``QTextBlockUserData`` is avoided on purpose: in PySide6 6.12, ``QTextBlock.userData()`` on a
block without data returns ``None`` without a reference, which corrupts ``None``'s
reference count and crashes the interpreter at exit.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from PySide6.QtGui import QTextBlock

from redaksi.language.findings import Finding

_keys = itertools.count(1)


@dataclass(eq=False)
class BlockState:
    """Revision counter and last accepted findings of one paragraph."""

    key: int = field(default_factory=lambda: next(_keys))
    revision: int = 0
    checked_revision: int = -1
    in_flight: bool = False  # a worker holds a snapshot of this block
    findings: list[Finding] = field(default_factory=list)
    raw_findings: list[Finding] = field(default_factory=list)

    @property
    def dirty(self) -> bool:
        """True while the text changed since its findings were computed."""
        return self.checked_revision != self.revision


class BlockStates:
    """The states of one document's blocks."""

    def __init__(self) -> None:
        self._states: dict[int, BlockState] = {}

    def get(self, block: QTextBlock) -> BlockState | None:
        """The block's state, if it has one."""
        return self._states.get(block.userState())

    def of(self, block: QTextBlock) -> BlockState:
        """The block's state, attached on first use."""
        state = self._states.get(block.userState())
        if state is None:
            state = BlockState()
            self._states[state.key] = state
            block.setUserState(state.key)
        return state

    def by_key(self, key: int) -> BlockState | None:
        """The state with ``key`` (None once its block is gone and pruned)."""
        return self._states.get(key)

    def prune(self, blocks: list[QTextBlock]) -> None:
        """Forget states of deleted blocks; give a block that shares a key (undo) its own."""
        seen: set[int] = set()
        for block in blocks:
            key = block.userState()
            if key in seen:
                block.setUserState(-1)
                self.of(block)
                key = block.userState()
            seen.add(key)
        for key in list(self._states):
            if key not in seen:
                state = self._states[key]
                if not state.in_flight:
                    del self._states[key]
