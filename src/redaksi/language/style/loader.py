"""Read the built-in rule sets from ``resources/style/`` (one YAML file per set)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from redaksi.language.style.rule import RuleError, RuleSet, rule_set_from_dict
from redaksi.resources import resource

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_rule_file(path: Path) -> RuleSet:
    """Parse one rule file; raises ``RuleError`` in Bahasa Indonesia when it is malformed."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as exc:
        raise RuleError(f"berkas aturan {path.name} tidak dapat dibaca: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleError(f"berkas aturan {path.name} kosong atau bukan pemetaan")
    return rule_set_from_dict(data, path.stem)


@cache
def load_rule_sets() -> tuple[RuleSet, ...]:
    """Every built-in rule set, in file-name order; parsed once per process."""
    folder = resource("style")
    return tuple(read_rule_file(path) for path in sorted(folder.glob("*.yaml")))
