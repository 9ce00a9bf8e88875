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


@pytest.mark.postgres
def test_superuser_roles_are_never_altered(postgres_url) -> None:
    import uuid

    from sqlalchemy import create_engine, text

    from redaksi.review.desk import open_review
    from redaksi.store.engine import normalise_url
    from redaksi.store.store import open_store
    from redaksi.store.users import ensure_user

    store = open_store(postgres_url)
    owner = sign_in(store)  # the migrating superuser becomes the first admin
    review = open_review(store)
    adi_id = ensure_user(store.sessions, "adi", "Adi", "admin")
    from redaksi.review.roles import Actor

    other_admin = Actor(adi_id, "adi", "Adi", Role.ADMIN)
    review.accounts.set_active(other_admin, owner.username, False)
    review.accounts.set_role(other_admin, owner.username, Role.EDITOR)
    super_name = f"t{uuid.uuid4().hex[:8]}_super"
    admin = create_engine(normalise_url(postgres_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            assert c.execute(
                text("SELECT rolcanlogin FROM pg_roles WHERE rolname = current_user")
            ).scalar()
            c.execute(text(f'CREATE ROLE "{super_name}" SUPERUSER NOLOGIN'))
        with pytest.raises(ReviewInputError, match="pengelola basis data"):
            review.accounts.create(other_admin, super_name, Role.REPORTER, password="sandi-panjang")
        assert super_name not in {u.username for u in review.accounts.list()}
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP ROLE IF EXISTS "{super_name}"'))
        admin.dispose()
        store.close()
