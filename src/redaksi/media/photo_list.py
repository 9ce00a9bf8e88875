"""Ordering and the lead photo of a story's photo list (pure functions over the model).

Exactly one photo leads a story that has photos: it opens the article and becomes the
social-media card.  When nobody chose, the first photo leads.
"""

from __future__ import annotations

from redaksi.story.model import Photo


def lead_index(photos: list[Photo]) -> int | None:
    """Index of the lead photo: the marked one, else the first; ``None`` without photos."""
    if not photos:
        return None
    return next((i for i, p in enumerate(photos) if p.is_lead), 0)


def normalise_lead(photos: list[Photo]) -> None:
    """Leave exactly one photo marked as lead (the first marked, else the first)."""
    chosen = lead_index(photos)
    for index, photo in enumerate(photos):
        photo.is_lead = index == chosen


def set_lead(photos: list[Photo], index: int) -> None:
    """Make ``photos[index]`` the lead and no other."""
    if not 0 <= index < len(photos):
        raise IndexError(index)
    for position, photo in enumerate(photos):
        photo.is_lead = position == index


def move(photos: list[Photo], source: int, target: int) -> None:
    """Move one photo to ``target`` (clamped), keeping the lead marker on the same photo."""
    if not 0 <= source < len(photos):
        raise IndexError(source)
    photo = photos.pop(source)
    photos.insert(max(0, min(target, len(photos))), photo)


def reorder(photos: list[Photo], order: list[int]) -> list[Photo]:
    """The photos in ``order`` (a permutation of their current indices)."""
    if sorted(order) != list(range(len(photos))):
        raise ValueError(f"not a permutation of {len(photos)} photos: {order}")
    return [photos[i] for i in order]
