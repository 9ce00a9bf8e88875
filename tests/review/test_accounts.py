"""Accounts: only administrators manage them; signing in maps to the right user."""

from __future__ import annotations

import pytest

from redaksi.review.errors import PermissionDenied, ReviewInputError
from redaksi.review.identity import actor_for, sign_in
from redaksi.review.roles import Role
from redaksi.store.users import local_username


def test_only_admin_manages_users(store, review, people) -> None:
    for actor in (people.rina, people.eka):
        with pytest.raises(PermissionDenied, match="administrator"):
            review.accounts.create(actor, "tamu", Role.REPORTER, "Tamu", "kata-sandi-1")
        with pytest.raises(PermissionDenied):
            review.accounts.set_role(actor, "rina", Role.ADMIN)
    if store.dialect == "postgresql":
        return  # creating real database roles is covered by the RLS tests
    made = review.accounts.create(people.adi, "dina", Role.EDITOR, "Dina")
    assert (made.role, made.active) == (Role.EDITOR, True)
    assert review.accounts.set_role(people.adi, "dina", Role.REPORTER).role is Role.REPORTER
    review.accounts.set_active(people.adi, "dina", False)
    with pytest.raises(PermissionDenied, match="dinonaktifkan"):
        actor_for(store, "dina")


def test_account_input_is_checked(store, review, people) -> None:
    for bad in ("", "Budi", "1abc", "nama dengan spasi", "x" * 70, "rina"):
        with pytest.raises(ReviewInputError):
            review.accounts.create(people.adi, bad, Role.REPORTER, password="kata-sandi-1")
    with pytest.raises(PermissionDenied, match="sendiri"):
        review.accounts.set_role(people.adi, "adi", Role.EDITOR)
    with pytest.raises(PermissionDenied, match="sendiri"):
        review.accounts.set_active(people.adi, "adi", False)
    assert [u.username for u in review.accounts.list()] == ["adi", "budi", "eka", "rina"]


def test_sign_in(store) -> None:
    actor = sign_in(store)
    if store.dialect == "sqlite":
        assert (actor.username, actor.role) == (local_username(), Role.ADMIN)
    else:
        # the first account on an empty newsroom database becomes its administrator
        assert (actor.username, actor.role) == ("postgres", Role.ADMIN)
    assert sign_in(store) == actor
