"""Errors the store raises, each with an Indonesian message the window can show as is."""

from __future__ import annotations


class StoreError(Exception):
    """Base class for store failures."""


class StoryNotFound(StoreError):
    """The story does not exist (or is in the trash when a live one was asked for)."""

    def __init__(self, story_id: int) -> None:
        super().__init__(f"Berita #{story_id} tidak ditemukan.")
        self.story_id = story_id


class VersionConflict(StoreError):
    """Someone saved a newer version first; saving now would overwrite their work."""

    def __init__(self, story_id: int, expected: int, actual: int) -> None:
        super().__init__(
            f"Berita #{story_id} sudah diubah orang lain (versi {actual}, "
            f"Anda menyunting versi {expected}). Simpan sebagai salinan atau muat ulang."
        )
        self.story_id = story_id
        self.expected = expected
        self.actual = actual
