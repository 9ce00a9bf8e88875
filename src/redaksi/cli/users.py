"""``redaksi pengguna``: the administrator manages desk accounts from a terminal.

On PostgreSQL each account is also a database role (see :mod:`redaksi.review.accounts`);
the command acts as the database account it connects with, which must be an administrator.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

ROLES = ("reporter", "editor", "admin")


def register(subparsers: Any) -> None:
    """Add ``pengguna daftar|tambah|peran|aktifkan|nonaktifkan|sandi``."""
    users = subparsers.add_parser("pengguna", help="kelola akun reporter, redaktur, administrator")
    actions = users.add_subparsers(
        dest="users_command", title="perintah", metavar="AKSI", required=True
    )
    listing = actions.add_parser("daftar", help="tampilkan semua akun")
    listing.set_defaults(handler=_list)
    add = actions.add_parser("tambah", help="buat akun baru")
    add.add_argument("akun", help="nama akun (huruf kecil, angka, garis bawah)")
    add.add_argument("--peran", choices=ROLES, default="reporter", help="peran (bawaan: reporter)")
    add.add_argument("--nama", default="", help="nama lengkap yang tampil di layar")
    add.add_argument(
        "--sandi-stdin",
        action="store_true",
        help="baca kata sandi dari masukan standar (untuk skrip)",
    )
    add.set_defaults(handler=_add)
    role = actions.add_parser("peran", help="ubah peran sebuah akun")
    role.add_argument("akun")
    role.add_argument("peran", choices=ROLES)
    role.set_defaults(handler=_role)
    for name, active, text in (
        ("aktifkan", True, "izinkan akun masuk lagi"),
        ("nonaktifkan", False, "cegah akun masuk"),
    ):
        switch = actions.add_parser(name, help=text)
        switch.add_argument("akun")
        switch.set_defaults(handler=_active, active=active)
    password = actions.add_parser("sandi", help="ganti kata sandi akun (PostgreSQL)")
    password.add_argument("akun")
    password.add_argument("--sandi-stdin", action="store_true", help="baca dari masukan standar")
    password.set_defaults(handler=_password)


def _open(args: argparse.Namespace) -> Any:
    from redaksi.paths import default_database_url
    from redaksi.review.desk import open_review
    from redaksi.review.identity import sign_in
    from redaksi.store.store import open_store

    store = open_store(args.database or default_database_url())
    return store, open_review(store), sign_in(store)


def _run(args: argparse.Namespace, action: Any) -> int:
    from redaksi.store.errors import StoreError

    store = None
    try:
        store, review, actor = _open(args)
        return action(review, actor)
    except StoreError as error:
        print(f"redaksi pengguna: {error}", file=sys.stderr)
        return 2
    finally:
        if store is not None:
            store.close()


def _read_password(args: argparse.Namespace) -> str:
    if args.sandi_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        from redaksi.review.errors import ReviewInputError

        raise ReviewInputError("Kedua kata sandi tidak sama.")
    return first


def _list(args: argparse.Namespace) -> int:
    def action(review: Any, _actor: Any) -> int:
        for user in review.accounts.list():
            state = "" if user.active else "  (nonaktif)"
            print(f"{user.username:<24} {user.role.label:<14} {user.display_name}{state}")
        return 0

    return _run(args, action)


def _add(args: argparse.Namespace) -> int:
    from redaksi.review.roles import Role

    def action(review: Any, actor: Any) -> int:
        password = _read_password(args) if review.store.dialect == "postgresql" else ""
        user = review.accounts.create(actor, args.akun, Role(args.peran), args.nama, password)
        print(f"Akun «{user.username}» dibuat sebagai {user.role.label}.")
        return 0

    return _run(args, action)


def _role(args: argparse.Namespace) -> int:
    from redaksi.review.roles import Role

    def action(review: Any, actor: Any) -> int:
        user = review.accounts.set_role(actor, args.akun, Role(args.peran))
        print(f"Peran «{user.username}» sekarang {user.role.label}.")
        return 0

    return _run(args, action)


def _active(args: argparse.Namespace) -> int:
    def action(review: Any, actor: Any) -> int:
        user = review.accounts.set_active(actor, args.akun, args.active)
        print(f"Akun «{user.username}» {'aktif' if user.active else 'dinonaktifkan'}.")
        return 0

    return _run(args, action)


def _password(args: argparse.Namespace) -> int:
    def action(review: Any, actor: Any) -> int:
        review.accounts.set_password(actor, args.akun, _read_password(args))
        print(f"Kata sandi «{args.akun}» diganti.")
        return 0

    return _run(args, action)
