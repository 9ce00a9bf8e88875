"""The newsroom's house style as a plain immutable value the engine can hash and share.

Checks run on worker threads, so the engine never reads the database: the store builds a
``HouseStyle`` (see ``redaksi.store.house_style``) and hands it over.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from redaksi.language.findings import Level

HOUSE_SET = "gaya_rumah"
HOUSE_RULE_ID = "ID_GAYA_RUMAH"


@dataclass(frozen=True)
class RuleOverride:
    """An editor's decision about one rule: on/off and, optionally, another level."""

    rule_id: str
    enabled: bool = True
    level: Level | None = None


@dataclass(frozen=True)
class HouseSubstitution:
    """A newsroom rule: write ``replacement``, not ``pattern`` (literal, case-insensitive)."""

    pattern: str
    replacement: str
    message: str = ""
    level: Level = Level.WARNING


@dataclass(frozen=True)
class HouseStyle:
    """Rule and set switches, level changes and the newsroom's own substitutions."""

    rules: tuple[RuleOverride, ...] = ()
    disabled_sets: frozenset[str] = frozenset()
    enabled_sets: frozenset[str] = frozenset()
    substitutions: tuple[HouseSubstitution, ...] = field(default=())

    def override(self, rule_id: str) -> RuleOverride | None:
        """The override for ``rule_id``, if the house set one."""
        for item in self.rules:
            if item.rule_id == rule_id:
                return item
        return None

    def set_enabled(self, set_name: str, default: bool = True) -> bool:
        """Whether the rule set ``set_name`` runs."""
        if set_name in self.disabled_sets:
            return False
        return default or set_name in self.enabled_sets

    def with_rule(self, override: RuleOverride) -> HouseStyle:
        """A copy with ``override`` replacing any earlier one for the same rule."""
        kept = tuple(r for r in self.rules if r.rule_id != override.rule_id)
        return HouseStyle(
            rules=(*kept, override),
            disabled_sets=self.disabled_sets,
            enabled_sets=self.enabled_sets,
            substitutions=self.substitutions,
        )

    def with_set(self, set_name: str, enabled: bool) -> HouseStyle:
        """A copy with the rule set switched on or off."""
        disabled = self.disabled_sets - {set_name}
        enabled_sets = self.enabled_sets - {set_name}
        if enabled:
            enabled_sets |= {set_name}
        else:
            disabled |= {set_name}
        return HouseStyle(self.rules, disabled, enabled_sets, self.substitutions)

    def with_substitutions(self, substitutions: tuple[HouseSubstitution, ...]) -> HouseStyle:
        """A copy with another list of newsroom substitutions."""
        return HouseStyle(self.rules, self.disabled_sets, self.enabled_sets, substitutions)


DEFAULT_HOUSE_STYLE = HouseStyle()
