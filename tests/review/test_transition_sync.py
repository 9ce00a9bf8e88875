"""The database trigger's frozen transition table matches the Python workflow graph."""

from __future__ import annotations

import importlib.util

from redaksi.review.transitions import MOVES
from redaksi.store.migrate import MIGRATIONS_DIR


def test_migration_transitions_match_moves() -> None:
    [path] = MIGRATIONS_DIR.glob("versions/0003_*.py")
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    python = {(m.source.value, m.target.value, p.value) for m in MOVES for p in m.parties}
    assert set(module.TRANSITIONS) == python
    assert len(module.TRANSITIONS) == len(python)
