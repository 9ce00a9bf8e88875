"""House style as a YAML file, so a newsroom can move it between installations.

The file is meant for people: rule switches by id, set switches by name, substitutions as
``pola``/``ganti`` pairs.  Reading validates everything first and raises ``HouseFileError``
(in Bahasa Indonesia) without returning a half-read configuration.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml

from redaksi.language.findings import Level
from redaksi.language.style.config import HouseStyle, HouseSubstitution, RuleOverride

FORMAT = "redaksi-gaya-selingkung"
VERSION = 1
_LEVELS = {level.value for level in (Level.ERROR, Level.WARNING, Level.SUGGESTION)}


class HouseFileError(ValueError):
    """The house-style file cannot be used; nothing was changed."""


def dump_house_style(house: HouseStyle) -> str:
    """``house`` as YAML text."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "versi": VERSION,
        "aturan": [
            {
                "id": item.rule_id,
                "aktif": item.enabled,
                **({"tingkat": item.level.value} if item.level else {}),
            }
            for item in sorted(house.rules, key=lambda r: r.rule_id)
        ],
        "set_nonaktif": sorted(house.disabled_sets),
        "set_aktif": sorted(house.enabled_sets),
        "substitusi": [
            {
                "pola": sub.pattern,
                "ganti": sub.replacement,
                "pesan": sub.message,
                "tingkat": sub.level.value,
            }
            for sub in house.substitutions
        ],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _level(value: Any, where: str) -> Level:
    if value not in _LEVELS:
        raise HouseFileError(f"{where}: tingkat harus error, warning, atau suggestion")
    return Level(value)


def _names(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise HouseFileError(f"{where}: harus berupa daftar nama set")
    return frozenset(value)


def _rules(items: Iterable[Any]) -> tuple[RuleOverride, ...]:
    result: dict[str, RuleOverride] = {}
    for number, item in enumerate(items, 1):
        where = f"aturan ke-{number}"
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise HouseFileError(f"{where}: id aturan wajib diisi")
        level = item.get("tingkat")
        enabled = item.get("aktif", True)
        if not isinstance(enabled, bool):
            raise HouseFileError(f"{where}: 'aktif' harus true atau false")
        result[item["id"]] = RuleOverride(
            item["id"], enabled, _level(level, where) if level is not None else None
        )
    return tuple(result.values())


def _substitutions(items: Iterable[Any]) -> tuple[HouseSubstitution, ...]:
    result: dict[str, HouseSubstitution] = {}
    for number, item in enumerate(items, 1):
        where = f"substitusi ke-{number}"
        if not isinstance(item, dict):
            raise HouseFileError(f"{where}: harus berupa pemetaan pola/ganti")
        pattern = str(item.get("pola", "")).strip()
        replacement = str(item.get("ganti", "")).strip()
        if not pattern or not replacement:
            raise HouseFileError(f"{where}: 'pola' dan 'ganti' wajib diisi")
        if pattern.lower() == replacement.lower():
            raise HouseFileError(f"{where}: 'pola' dan 'ganti' sama")
        key = pattern.lower()
        if key in result:
            raise HouseFileError(f"{where}: pola “{pattern}” ganda")
        result[key] = HouseSubstitution(
            pattern,
            replacement,
            str(item.get("pesan") or ""),
            _level(item.get("tingkat", "warning"), where),
        )
    return tuple(result.values())


def load_house_style(text: str) -> HouseStyle:
    """Parse a house-style file; raises ``HouseFileError`` when anything is wrong."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise HouseFileError(f"berkas gaya selingkung tidak dapat dibaca: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise HouseFileError("bukan berkas gaya selingkung Redaksi")
    if data.get("versi") != VERSION:
        raise HouseFileError(f"versi berkas {data.get('versi')!r} tidak didukung")
    for key in ("aturan", "substitusi"):
        if not isinstance(data.get(key) or [], list):
            raise HouseFileError(f"'{key}' harus berupa daftar")
    return HouseStyle(
        rules=_rules(data.get("aturan") or []),
        disabled_sets=_names(data.get("set_nonaktif"), "set_nonaktif"),
        enabled_sets=_names(data.get("set_aktif"), "set_aktif"),
        substitutions=_substitutions(data.get("substitusi") or []),
    )
