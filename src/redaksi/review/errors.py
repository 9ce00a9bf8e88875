"""Errors of the review layer, each carrying an Indonesian message the window shows as is."""

from __future__ import annotations

from datetime import datetime

from redaksi.store.errors import StoreError


class PermissionDenied(StoreError):
    """The signed-in user may not do this; nothing was changed."""


class TransitionNotAllowed(PermissionDenied):
    """The story cannot move to the requested status (from here, or by this user)."""


class ReviewInputError(StoreError):
    """Bad input (empty comment, anchor that does not match the text); nothing was changed."""


class LockHeld(StoreError):
    """Someone else holds the story's edit lock; open it read-only or take it over."""

    def __init__(self, story_id: int, holder: str, since: datetime) -> None:
        super().__init__(
            f"Berita #{story_id} sedang disunting oleh {holder} sejak "
            f"{since.astimezone().strftime('%d-%m-%Y %H:%M')}. Buka hanya-baca atau ambil alih."
        )
        self.story_id = story_id
        self.holder = holder
        self.since = since


class LockLost(StoreError):
    """Our edit lock was taken over or expired; saving must not silently continue."""

    def __init__(self, story_id: int, reason: str = "") -> None:
        super().__init__(
            reason
            or f"Kunci sunting berita #{story_id} sudah diambil alih orang lain. "
            "Simpan sebagai salinan atau muat ulang."
        )
        self.story_id = story_id
