"""What every check produces: a finding over a span of the checked text.

Offsets are Python string indices (code points) into the text that was checked; the
LanguageTool-shaped output converts them to UTF-16 code units (see ``ltjson``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class Level(StrEnum):
    """How serious a finding is; the editor colours them red, blue and grey."""

    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"
    INFO = "info"


class Category(StrEnum):
    """LanguageTool's category ids, as its clients expect them."""

    TYPOS = "TYPOS"
    GRAMMAR = "GRAMMAR"
    STYLE = "STYLE"
    PUNCTUATION = "PUNCTUATION"
    CASING = "CASING"
    TYPOGRAPHY = "TYPOGRAPHY"
    REDUNDANCY = "REDUNDANCY"
    NAMES = "PROPER_NOUNS"
    TERMS = "UNKNOWN_TERMS"
    STRUCTURE = "NEWS_STRUCTURE"
    LINKS = "LINKS"


CATEGORY_NAMES = {
    Category.TYPOS: "Kemungkinan salah ketik",
    Category.GRAMMAR: "Tata bahasa",
    Category.STYLE: "Gaya bahasa",
    Category.PUNCTUATION: "Tanda baca",
    Category.CASING: "Huruf kapital",
    Category.TYPOGRAPHY: "Tipografi",
    Category.REDUNDANCY: "Kata mubazir",
    Category.NAMES: "Nama diri",
    Category.TERMS: "Istilah belum dikenal",
    Category.STRUCTURE: "Struktur berita",
    Category.LINKS: "Tautan",
}


@dataclass(frozen=True)
class Finding:
    """One problem found in a text, with what to do about it.

    ``issue_type`` uses LanguageTool's vocabulary (misspelling, grammar, style,
    typographical, duplication, whitespace, uncategorized, locale-violation).
    """

    start: int
    end: int
    rule_id: str
    message: str
    category: Category
    issue_type: str = "uncategorized"
    level: Level = Level.WARNING
    replacements: tuple[str, ...] = ()
    short_message: str = ""
    description: str = ""
    rule_set: str = ""
    norm: str = ""
    source: str = "redaksi"
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def length(self) -> int:
        """Span length in code points."""
        return self.end - self.start

    def shifted(self, offset: int) -> Finding:
        """The same finding moved by ``offset`` (a paragraph's place in a larger text)."""
        return replace(self, start=self.start + offset, end=self.end + offset)

    @property
    def is_spelling(self) -> bool:
        """True for misspellings (red wavy underline, dictionary actions)."""
        return self.issue_type == "misspelling"
