"""The newsroom's house style in the database: rule switches and the newsroom's substitutions.

Rule overrides live in ``house_style_rules`` keyed by rule id; a whole rule set is switched
with the key ``set:<name>``.  ``load()`` returns an immutable ``HouseStyle`` for the checker
(checks never touch the database); ``replace_all`` imports a file in one transaction.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from redaksi.language.findings import Level
from redaksi.language.style.config import HouseStyle, HouseSubstitution, RuleOverride
from redaksi.store.models import HouseStyleRuleRow, HouseSubstitutionRow

SET_PREFIX = "set:"


class HouseStyleError(ValueError):
    """A house-style change was refused; the message is for the editor."""


def _set_key(name: str) -> str:
    return SET_PREFIX + name


class HouseStyleRepository:
    """Reads and changes the shared house style; every desk sees it on its next load."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def load(self) -> HouseStyle:
        """The current house style as a plain immutable value."""
        with self._sessions() as session:
            rows = session.scalars(select(HouseStyleRuleRow)).all()
            subs = session.scalars(
                select(HouseSubstitutionRow).order_by(HouseSubstitutionRow.id)
            ).all()
            overrides = []
            disabled, enabled = set(), set()
            for row in rows:
                if row.rule_id.startswith(SET_PREFIX):
                    name = row.rule_id[len(SET_PREFIX) :]
                    (enabled if row.enabled else disabled).add(name)
                else:
                    level = Level(row.level) if row.level else None
                    overrides.append(RuleOverride(row.rule_id, row.enabled, level))
            substitutions = tuple(
                HouseSubstitution(s.pattern, s.replacement, s.message or "", Level(s.level))
                for s in subs
            )
        return HouseStyle(
            rules=tuple(sorted(overrides, key=lambda r: r.rule_id)),
            disabled_sets=frozenset(disabled),
            enabled_sets=frozenset(enabled),
            substitutions=substitutions,
        )

    def set_rule(
        self,
        rule_id: str,
        enabled: bool = True,
        level: Level | None = None,
        user_id: int | None = None,
    ) -> None:
        """Switch one rule on or off and optionally change its level."""
        if not rule_id or rule_id.startswith(SET_PREFIX):
            raise HouseStyleError("Id aturan tidak sah.")
        self._upsert(rule_id, enabled, level.value if level else None, user_id)

    def set_rule_set(self, name: str, enabled: bool, user_id: int | None = None) -> None:
        """Switch a whole rule set on or off."""
        if not name:
            raise HouseStyleError("Nama set aturan kosong.")
        self._upsert(_set_key(name), enabled, None, user_id)

    def reset_rule(self, rule_id: str) -> bool:
        """Return a rule (or ``set:<name>``) to the built-in default."""
        with self._sessions.begin() as session:
            result = session.execute(
                delete(HouseStyleRuleRow).where(HouseStyleRuleRow.rule_id == rule_id)
            )
            return result.rowcount > 0

    def _upsert(self, key: str, enabled: bool, level: str | None, user_id: int | None) -> None:
        with self._sessions.begin() as session:
            row = session.get(HouseStyleRuleRow, key)
            if row is None:
                session.add(
                    HouseStyleRuleRow(rule_id=key, enabled=enabled, level=level, updated_by=user_id)
                )
            else:
                row.enabled = enabled
                row.level = level
                row.updated_by = user_id

    def add_substitution(
        self,
        pattern: str,
        replacement: str,
        message: str = "",
        level: Level = Level.WARNING,
        user_id: int | None = None,
    ) -> None:
        """Add or update the newsroom's "write ``replacement``, not ``pattern``" rule."""
        pattern, replacement = " ".join(pattern.split()), " ".join(replacement.split())
        if not pattern or not replacement:
            raise HouseStyleError("Pola dan penggantinya wajib diisi.")
        if pattern.lower() == replacement.lower():
            raise HouseStyleError("Pola dan penggantinya tidak boleh sama.")
        with self._sessions.begin() as session:
            row = session.scalars(
                select(HouseSubstitutionRow).where(HouseSubstitutionRow.pattern == pattern)
            ).first()
            if row is None:
                session.add(
                    HouseSubstitutionRow(
                        pattern=pattern,
                        replacement=replacement,
                        message=message,
                        level=level.value,
                        added_by=user_id,
                    )
                )
            else:
                row.replacement, row.message, row.level = replacement, message, level.value

    def remove_substitution(self, pattern: str) -> bool:
        """Remove a newsroom substitution; False when there was none."""
        with self._sessions.begin() as session:
            result = session.execute(
                delete(HouseSubstitutionRow).where(
                    HouseSubstitutionRow.pattern == " ".join(pattern.split())
                )
            )
            return result.rowcount > 0

    def replace_all(self, house: HouseStyle, user_id: int | None = None) -> None:
        """Make ``house`` the newsroom's house style (an import), all or nothing."""
        with self._sessions.begin() as session:
            session.execute(delete(HouseStyleRuleRow))
            session.execute(delete(HouseSubstitutionRow))
            session.flush()
            for item in house.rules:
                session.add(
                    HouseStyleRuleRow(
                        rule_id=item.rule_id,
                        enabled=item.enabled,
                        level=item.level.value if item.level else None,
                        updated_by=user_id,
                    )
                )
            for name in house.disabled_sets:
                session.add(HouseStyleRuleRow(rule_id=_set_key(name), enabled=False))
            for name in house.enabled_sets - house.disabled_sets:
                session.add(HouseStyleRuleRow(rule_id=_set_key(name), enabled=True))
            for sub in house.substitutions:
                session.add(
                    HouseSubstitutionRow(
                        pattern=sub.pattern,
                        replacement=sub.replacement,
                        message=sub.message,
                        level=sub.level.value,
                        added_by=user_id,
                    )
                )
