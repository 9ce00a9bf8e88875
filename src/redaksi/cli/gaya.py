"""``redaksi gaya``: the newsroom's house style from the command line.

List the rules with their state, switch a rule or a whole set, and move the house style
between installations as a YAML file (``ekspor``/``impor``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

LEVELS = ("error", "warning", "suggestion")


def register(subparsers: Any) -> None:
    """Add ``gaya aturan``, ``gaya atur``, ``gaya set``, ``gaya ekspor`` and ``gaya impor``."""
    gaya = subparsers.add_parser("gaya", help="kelola gaya selingkung (aturan gaya bahasa)")
    actions = gaya.add_subparsers(
        dest="gaya_command", title="perintah", metavar="AKSI", required=True
    )
    listing = actions.add_parser("aturan", help="daftar aturan dan keadaannya")
    listing.add_argument("--set", dest="set_name", help="hanya aturan dalam set ini")
    listing.set_defaults(handler=_list)
    rule = actions.add_parser("atur", help="nyalakan/matikan satu aturan atau ubah tingkatnya")
    rule.add_argument("rule_id", help="id aturan, mis. ID_ANGKA_PERSEN")
    state = rule.add_mutually_exclusive_group()
    state.add_argument("--aktif", dest="enabled", action="store_true", default=None)
    state.add_argument("--nonaktif", dest="enabled", action="store_false")
    rule.add_argument("--tingkat", choices=LEVELS, help="tingkat temuan")
    rule.add_argument("--bawaan", action="store_true", help="kembalikan ke setelan bawaan")
    rule.set_defaults(handler=_set_rule)
    rule_set = actions.add_parser("set", help="nyalakan/matikan satu set aturan")
    rule_set.add_argument("name", help="nama set, mis. asing")
    rule_set.add_argument("keadaan", choices=("aktif", "nonaktif"))
    rule_set.set_defaults(handler=_set_set)
    export = actions.add_parser("ekspor", help="simpan gaya selingkung ke berkas YAML")
    export.add_argument("file", type=Path)
    export.set_defaults(handler=_export)
    imported = actions.add_parser("impor", help="ganti gaya selingkung dengan isi berkas YAML")
    imported.add_argument("file", type=Path)
    imported.set_defaults(handler=_import)


def _repository(args: argparse.Namespace) -> Any:
    from redaksi.paths import default_database_url
    from redaksi.store.house_style import HouseStyleRepository
    from redaksi.store.store import open_store

    store = open_store(args.database or default_database_url())
    return store, HouseStyleRepository(store.sessions)


def _known_rules() -> dict[str, Any]:
    from redaksi.language.style import load_rule_sets

    return {rule.id: rule for rule_set in load_rule_sets() for rule in rule_set.rules}


def _list(args: argparse.Namespace) -> int:
    from redaksi.language.style import load_rule_sets

    store, repo = _repository(args)
    try:
        house = repo.load()
    finally:
        store.close()
    for rule_set in load_rule_sets():
        if args.set_name and rule_set.name != args.set_name:
            continue
        on_set = house.set_enabled(rule_set.name)
        print(f"[{rule_set.name}] {rule_set.title}{'' if on_set else ' (nonaktif)'}")
        for rule in rule_set.rules:
            override = house.override(rule.id)
            enabled = override.enabled if override else rule.enabled
            level = (override.level if override and override.level else rule.level).value
            mark = "x" if enabled and on_set else " "
            print(f"  [{mark}] {rule.id:32} {level:10} {rule.short or rule.kind}")
    return 0


def _set_rule(args: argparse.Namespace) -> int:
    from redaksi.language.findings import Level

    if args.rule_id not in _known_rules():
        print(f"Aturan {args.rule_id} tidak dikenal.", file=sys.stderr)
        return 2
    store, repo = _repository(args)
    try:
        if args.bawaan:
            repo.reset_rule(args.rule_id)
            print(f"{args.rule_id} kembali ke setelan bawaan.")
            return 0
        current = repo.load().override(args.rule_id)
        enabled = (
            args.enabled if args.enabled is not None else (current.enabled if current else True)
        )
        level = Level(args.tingkat) if args.tingkat else (current.level if current else None)
        repo.set_rule(args.rule_id, enabled=enabled, level=level)
    finally:
        store.close()
    state = "aktif" if enabled else "nonaktif"
    print(f"{args.rule_id}: {state}" + (f", tingkat {level.value}" if level else ""))
    return 0


def _set_set(args: argparse.Namespace) -> int:
    from redaksi.language.style import load_rule_sets

    if args.name not in {rule_set.name for rule_set in load_rule_sets()}:
        print(f"Set aturan {args.name} tidak dikenal.", file=sys.stderr)
        return 2
    store, repo = _repository(args)
    try:
        repo.set_rule_set(args.name, args.keadaan == "aktif")
    finally:
        store.close()
    print(f"Set {args.name}: {args.keadaan}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from redaksi.language.style.house_file import dump_house_style

    store, repo = _repository(args)
    try:
        text = dump_house_style(repo.load())
    finally:
        store.close()
    try:
        args.file.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"Berkas {args.file} tidak dapat ditulis: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"Gaya selingkung disimpan ke {args.file}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from redaksi.language.style.house_file import HouseFileError, load_house_style

    try:
        house = load_house_style(args.file.read_text(encoding="utf-8"))
    except OSError as exc:
        print(f"Berkas {args.file} tidak dapat dibaca: {exc.strerror}", file=sys.stderr)
        return 2
    except HouseFileError as exc:
        print(f"Impor dibatalkan: {exc}", file=sys.stderr)
        return 2
    unknown = sorted({r.rule_id for r in house.rules} - set(_known_rules()))
    if unknown:
        print(f"Impor dibatalkan: aturan tidak dikenal: {', '.join(unknown)}", file=sys.stderr)
        return 2
    store, repo = _repository(args)
    try:
        repo.replace_all(house)
    finally:
        store.close()
    print(
        f"Gaya selingkung diimpor: {len(house.rules)} aturan, "
        f"{len(house.substitutions)} substitusi."
    )
    return 0
