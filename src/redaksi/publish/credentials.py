"""Secrets (WordPress application passwords) in the operating system's keyring.

Never in the database.  Where no keyring backend exists (a bare server, CI), the password is
kept in memory for this run only and the caller is told so, so it can ask again next time.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "redaksi-wordpress"


class CredentialStore:
    """Application passwords per site and user, in the keyring when one is available."""

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        self.persistent = True

    def keyring_available(self) -> bool:
        """Whether an operating-system keyring keeps passwords across runs on this desk."""
        return self.persistent and not isinstance(keyring.get_keyring(), fail.Keyring)

    @staticmethod
    def _key(site_url: str, user: str) -> str:
        return f"{user}@{site_url.rstrip('/')}"

    def set_password(self, site_url: str, user: str, password: str) -> bool:
        """Remember the password; returns False when it could only be kept in memory."""
        key = self._key(site_url, user)
        self._memory[key] = password
        try:
            keyring.set_password(SERVICE, key, password)
        except (NoKeyringError, KeyringError, RuntimeError):
            self.persistent = False
            return False
        return True

    def get_password(self, site_url: str, user: str) -> str | None:
        """The stored password, or ``None`` when it was never given."""
        key = self._key(site_url, user)
        if key in self._memory:
            return self._memory[key]
        try:
            return keyring.get_password(SERVICE, key)
        except (NoKeyringError, KeyringError, RuntimeError):
            self.persistent = False
            return None

    def delete_password(self, site_url: str, user: str) -> None:
        """Forget the password everywhere."""
        key = self._key(site_url, user)
        self._memory.pop(key, None)
        with contextlib.suppress(NoKeyringError, KeyringError, RuntimeError):
            keyring.delete_password(SERVICE, key)
