"""Which checker ``redaksi serve`` runs: Redaksi's own, or a factory named on the command line.

A factory is any ``(store) -> Checker`` callable, named as ``module:function`` the way ASGI
servers name applications, so a newsroom can serve extra sources without patching Redaksi.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from redaksi.language.checker import Checker
from redaksi.store.store import Store, open_store

StoreCheckerFactory = Callable[[Store], Checker]


def newsroom_checker(store: Store) -> Checker:
    """Redaksi's Indonesian checker over ``store``'s newsroom dictionary and house style.

    Rebuilt by the server whenever the dictionary changes, so it reads the words once here
    and the checks themselves never touch the database.
    """
    from redaksi.language.newsroom import NewsroomLanguage

    # The server is itself a LanguageTool for other clients: it never chains to another one.
    return dataclasses.replace(NewsroomLanguage.read(store), remote=None).checker()


def load_factory(path: str) -> StoreCheckerFactory:
    """The ``module:function`` factory at ``path``; ``ValueError`` with a readable reason."""
    module_name, _, attribute = path.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"'{path}' bukan nama pabrik pemeriksa (bentuknya modul:fungsi)")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise ValueError(f"Modul '{module_name}' tidak dapat dimuat: {error}") from error
    factory = getattr(module, attribute, None)
    if not callable(factory):
        raise ValueError(f"'{attribute}' tidak ada di modul '{module_name}'")
    return factory  # type: ignore[no-any-return]


@functools.cache
def _store(database_url: str) -> Store:
    return open_store(database_url, migrate=False)


@dataclass(frozen=True)
class StoredCheckerFactory:
    """A picklable ``() -> Checker`` for worker processes.

    It names the store and the factory instead of holding them, so each process opens
    the store itself (once) and builds its own checker over it.
    """

    database_url: str
    checker_path: str | None = None

    def __call__(self) -> Checker:
        """Build the checker in the calling process."""
        factory = load_factory(self.checker_path) if self.checker_path else newsroom_checker
        return factory(_store(self.database_url))
