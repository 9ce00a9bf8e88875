"""Rules and rule sets as plain, immutable data read from ``resources/style/*.yaml``.

The rule kinds follow Vale's (existence, substitution, occurrence, repetition,
capitalization, conditional) plus ``required`` (a part of the story must contain something,
e.g. a caption its credit), which Indonesian newsroom conventions need.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from redaksi.language.findings import Category, Level

KINDS = (
    "existence",
    "substitution",
    "occurrence",
    "repetition",
    "capitalization",
    "conditional",
    "required",
)
PARTS = ("headline", "subheadline", "dateline", "lead", "body", "caption", "alt_text")
DEFAULT_PARTS = ("headline", "subheadline", "lead", "body", "caption", "alt_text")
INFLECTIONS = ("none", "suffix", "full")
TRANSFORMS = ("", "capitalize", "capitalize_last", "lower")


class RuleError(ValueError):
    """A rule file is malformed; the message says where, in Bahasa Indonesia."""


@dataclass(frozen=True)
class Examples:
    """Texts the rule must flag and texts it must leave alone."""

    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """One style rule; ``message`` may use ``{match}`` and ``{replacement}``."""

    id: str
    set: str
    kind: str
    message: str
    level: Level = Level.WARNING
    category: Category = Category.STYLE
    issue_type: str = "style"
    scope: frozenset[str] = frozenset(DEFAULT_PARTS)
    unit: str = "sentence"
    norm: str = ""
    description: str = ""
    short: str = ""
    enabled: bool = True
    swap: tuple[tuple[str, str], ...] = ()
    patterns: tuple[tuple[str, str | None], ...] = ()
    inflect: str = "none"
    ignorecase: bool = True
    exceptions: tuple[str, ...] = ()
    maximum: int = 0
    token: str = r"[^\W_]+"
    first: str = ""
    second: str = ""
    style: str = ""
    satisfied_by: str = ""
    transform: str = ""
    skip_names: bool = False
    needles: tuple[str, ...] = ()  # literals a match needs (overrides the derived ones)
    generate: tuple[tuple[str, Any], ...] = ()
    examples: Examples = field(default_factory=Examples)

    def with_level(self, level: Level) -> Rule:
        """The same rule at another level (house style)."""
        return replace(self, level=level)

    def render(self, matched: str, replacement: str) -> str:
        """The Indonesian message for one hit."""
        return self.message.format(match=matched, replacement=replacement)

    def exception_pattern(self) -> re.Pattern[str] | None:
        """Matched texts this rule never flags (full match, case-insensitive)."""
        if not self.exceptions:
            return None
        flags = re.IGNORECASE if self.ignorecase else 0
        return re.compile("|".join(f"(?:{e})" for e in self.exceptions), flags)


@dataclass(frozen=True)
class RuleSet:
    """The rules of one YAML file, e.g. ``baku`` (kata baku) or ``angka`` (numbers)."""

    name: str
    title: str
    description: str
    rules: tuple[Rule, ...]

    def rule(self, rule_id: str) -> Rule:
        """The rule with ``rule_id``; KeyError when absent."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


_RULE_ID = re.compile(r"^[A-Z][A-Z0-9_]+$")


def _pairs(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, Mapping):
        raise RuleError(f"{where}: 'swap' harus berupa pemetaan salah: benar")
    return tuple((str(k), str(v)) for k, v in value.items())


def _patterns(value: Any, where: str) -> tuple[tuple[str, str | None], ...]:
    if value is None:
        return ()
    if isinstance(value, Mapping):
        items = [(str(k), None if v is None else str(v)) for k, v in value.items()]
    elif isinstance(value, list):
        items = [(str(v), None) for v in value]
    else:
        raise RuleError(f"{where}: 'tokens' harus berupa daftar atau pemetaan")
    for pattern, _ in items:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise RuleError(f"{where}: pola {pattern!r} tidak sah: {exc}") from exc
    return tuple(items)


def rule_from_dict(data: Mapping[str, Any], set_name: str, defaults: Mapping[str, Any]) -> Rule:
    """Build and validate one rule; raises ``RuleError`` with an Indonesian message."""
    merged = {**defaults, **data}
    rule_id = str(merged.get("id", ""))
    where = f"aturan {rule_id or '?'} ({set_name})"
    if not _RULE_ID.match(rule_id):
        raise RuleError(f"{where}: id harus huruf kapital dengan garis bawah")
    kind = merged.get("kind", "")
    if kind not in KINDS:
        raise RuleError(f"{where}: jenis {kind!r} tidak dikenal")
    if not merged.get("message"):
        raise RuleError(f"{where}: pesan wajib diisi")
    scope = merged.get("scope", DEFAULT_PARTS)
    if isinstance(scope, str):
        scope = [scope]
    unknown = set(scope) - set(PARTS)
    if unknown:
        raise RuleError(f"{where}: cakupan tidak dikenal: {', '.join(sorted(unknown))}")
    if merged.get("transform", "") not in TRANSFORMS:
        raise RuleError(f"{where}: 'transform' harus salah satu dari {', '.join(TRANSFORMS)}")
    inflect = merged.get("inflect", "none")
    if inflect not in INFLECTIONS:
        raise RuleError(f"{where}: 'inflect' harus none, suffix, atau full")
    examples = merged.get("examples") or {}
    generate = merged.get("generate") or {}
    try:
        level = Level(merged.get("level", "warning"))
        category = Category(merged.get("category", "STYLE"))
    except ValueError as exc:
        raise RuleError(f"{where}: {exc}") from exc
    return Rule(
        id=rule_id,
        set=set_name,
        kind=kind,
        message=str(merged["message"]),
        level=level,
        category=category,
        issue_type=str(merged.get("issue_type", "style")),
        scope=frozenset(scope),
        unit=str(merged.get("unit", "sentence")),
        norm=str(merged.get("norm", "")),
        description=str(merged.get("description", "")),
        short=str(merged.get("short", "")),
        enabled=bool(merged.get("enabled", True)),
        swap=_pairs(merged.get("swap"), where),
        patterns=_patterns(merged.get("tokens"), where),
        inflect=inflect,
        ignorecase=bool(merged.get("ignorecase", kind != "capitalization")),
        exceptions=tuple(str(e) for e in merged.get("exceptions", ())),
        maximum=int(merged.get("max", 0)),
        token=str(merged.get("token", r"[^\W_]+")),
        first=str(merged.get("first", "")),
        second=str(merged.get("second", "")),
        style=str(merged.get("style", "")),
        satisfied_by=str(merged.get("satisfied_by", "")),
        transform=str(merged.get("transform", "")),
        skip_names=bool(merged.get("skip_names", False)),
        needles=tuple(str(n).lower() for n in merged.get("needles", ())),
        generate=tuple(sorted((str(k), _freeze(v)) for k, v in generate.items())),
        examples=Examples(
            match=tuple(str(t) for t in examples.get("match", ())),
            no_match=tuple(str(t) for t in examples.get("no_match", ())),
        ),
    )


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), _freeze(v)) for k, v in value.items()))
    return value


def rule_set_from_dict(data: Mapping[str, Any], fallback_name: str) -> RuleSet:
    """A rule set from one parsed YAML document."""
    name = str(data.get("set", fallback_name))
    defaults = data.get("defaults") or {}
    rules = tuple(rule_from_dict(r, name, defaults) for r in data.get("rules") or ())
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"aturan {rule.id} ({name}): id ganda")
        seen.add(rule.id)
    return RuleSet(
        name=name,
        title=str(data.get("title", name)),
        description=str(data.get("description", "")),
        rules=rules,
    )
