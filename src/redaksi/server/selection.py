"""Which findings a request wants: LanguageTool's rule and category switches and ``level``.

Redaksi's sources always run every rule; the request's choices are applied to the
findings afterwards, which is cheap and gives the same answer. Findings at
``Level.INFO`` are Redaksi's picky ones: shown with ``level=picky`` or when their rule or
category is enabled by name, as LanguageTool does with its default-off rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from redaksi.language.findings import Finding, Level
from redaksi.server.errors import BadRequest

LEVELS = ("default", "picky")


def comma_list(params: Mapping[str, str], name: str) -> frozenset[str]:
    """A comma-separated parameter as a set of ids (blanks ignored)."""
    raw = params.get(name, "")
    return frozenset(item.strip() for item in raw.split(",") if item.strip())


@dataclass(frozen=True)
class RuleSelection:
    """The request's rule switches; ``keep`` decides one finding."""

    enabled_rules: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    enabled_only: bool = False
    picky: bool = False

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> RuleSelection:
        """Read the switches, refusing the combinations LanguageTool refuses."""
        selection = cls(
            enabled_rules=comma_list(params, "enabledRules"),
            disabled_rules=comma_list(params, "disabledRules"),
            enabled_categories=comma_list(params, "enabledCategories"),
            disabled_categories=comma_list(params, "disabledCategories"),
            enabled_only=params.get("enabledOnly", "").lower() in ("true", "yes"),
            picky=_level(params) == "picky",
        )
        if selection.enabled_only and (selection.disabled_rules or selection.disabled_categories):
            raise BadRequest(
                "Aturan atau kategori nonaktif tidak dapat dipakai bersama enabledOnly=true"
            )
        if selection.enabled_only and not (selection.enabled_rules or selection.enabled_categories):
            raise BadRequest("enabledOnly=true memerlukan enabledRules atau enabledCategories")
        return selection

    def keep(self, finding: Finding) -> bool:
        """True when the client asked for ``finding``.

        As in LanguageTool, a rule or category enabled by name wins over the same one
        disabled, and a rule named outright wins over its category.
        """
        rule, category = finding.rule_id, finding.category.value
        if self.enabled_only:
            return rule in self.enabled_rules or category in self.enabled_categories
        if rule in self.enabled_rules:
            return True
        if rule in self.disabled_rules:
            return False
        if category in self.enabled_categories:
            return True
        if category in self.disabled_categories:
            return False
        return self.picky or finding.level is not Level.INFO

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings to answer with, in their order."""
        return [finding for finding in findings if self.keep(finding)]


def _level(params: Mapping[str, str]) -> str:
    level = params.get("level", "default").strip().lower() or "default"
    if level not in LEVELS:
        raise BadRequest(f"Nilai 'level' tidak dikenal: '{level[:40]}' (pakai default atau picky)")
    return level
