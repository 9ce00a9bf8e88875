"""The pure photo-list rules (the Qt-free core is checked in tests/test_core_without_qt.py)."""

from __future__ import annotations

import pytest

from redaksi.media import photo_list
from redaksi.story.model import Photo


def test_lead_rules() -> None:
    photos = [Photo(filename=name) for name in "abc"]
    assert photo_list.lead_index([]) is None
    assert photo_list.lead_index(photos) == 0  # nobody chose: the first leads
    photo_list.set_lead(photos, 2)
    assert [p.is_lead for p in photos] == [False, False, True]
    photo_list.move(photos, 2, 0)
    assert [p.filename for p in photos] == ["c", "a", "b"] and photos[0].is_lead
    photos[1].is_lead = True
    photo_list.normalise_lead(photos)
    assert [p.is_lead for p in photos] == [True, False, False]
    assert [p.filename for p in photo_list.reorder(photos, [2, 0, 1])] == ["b", "c", "a"]
    with pytest.raises(ValueError):
        photo_list.reorder(photos, [0, 0, 1])
    with pytest.raises(IndexError):
        photo_list.set_lead(photos, 3)
