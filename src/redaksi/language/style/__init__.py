"""Indonesian style and house-style checks: rules are YAML data an editor can own.

``StyleSource`` is the ``FindingSource`` for the combined checker; ``check_story`` adds the
story-level news-structure checks; ``HouseStyle`` is the newsroom's configuration.
"""

from __future__ import annotations

from redaksi.language.style.config import HouseStyle, HouseSubstitution, RuleOverride
from redaksi.language.style.loader import load_rule_sets
from redaksi.language.style.rule import Rule, RuleSet
from redaksi.language.style.source import StyleSource
from redaksi.language.style.story_checks import StoryFinding, check_story

__all__ = [
    "HouseStyle",
    "HouseSubstitution",
    "Rule",
    "RuleOverride",
    "RuleSet",
    "StoryFinding",
    "StyleSource",
    "check_story",
    "load_rule_sets",
]
