"""Command line: ``redaksi`` opens the workstation; subcommands work without a window.

Each subcommand lives in its own module here and registers itself through ``register``;
heavy imports happen inside the handlers so ``redaksi --version`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from redaksi import __version__

# Modules under redaksi.cli that add a subcommand; each exposes register(subparsers).
COMMAND_MODULES = (
    "db",
    "cari",
    "check",
    "export",
    "foto",
    "gaya",
    "history",
    "importing",
    "serve",
    "tautan",
    "users",
)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class _IndonesianHelp(argparse.RawDescriptionHelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: object,
        groups: object,
        prefix: str | None = None,
    ) -> None:
        # argparse passes prefix "" when it builds a subcommand's prog: keep that empty.
        prefix = "pemakaian: " if prefix is None else prefix
        super().add_usage(usage, actions, groups, prefix)  # type: ignore[arg-type]


class RedaksiParser(argparse.ArgumentParser):
    """ArgumentParser whose own words (usage, sections, errors) are in Bahasa Indonesia."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _IndonesianHelp)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"
        self.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")

    def error(self, message: str) -> None:  # type: ignore[override]
        """Print usage and an Indonesian error, exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: galat: {message}\n")


def build_parser() -> RedaksiParser:
    """The full parser with every available subcommand."""
    parser = RedaksiParser(
        prog="redaksi",
        description=(
            "Redaksi — meja redaksi untuk newsroom Indonesia.\n"
            "Tanpa perintah, Redaksi membuka jendela kerja."
        ),
        epilog=(
            "Basis data: --database URL atau variabel REDAKSI_DATABASE_URL;\n"
            "bawaan: berkas SQLite di folder data pengguna."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"redaksi {__version__}",
        help="tampilkan versi lalu keluar",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="URL basis data (mis. postgresql://redaksi@server/redaksi)",
    )
    subparsers = parser.add_subparsers(
        dest="command", title="perintah", metavar="PERINTAH", parser_class=RedaksiParser
    )
    for name in COMMAND_MODULES:
        importlib.import_module(f"redaksi.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``redaksi`` script and ``python -m redaksi``."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from redaksi.gui.app import run_workstation

        return run_workstation(database_url=args.database)
    return int(args.handler(args) or 0)
