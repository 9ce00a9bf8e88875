"""Compile rule sets once for a house style and scan paragraphs in one pass per rule set.

Single-word substitutions of every set live in one dictionary looked up word by word (an
O(words) pass however many thousand pairs there are).  Python's ``re`` tries every branch of
an alternation at every position, so joining patterns into one regex saves nothing; instead
each pattern carries the literals it cannot match without (see ``needles``) and runs only
over a paragraph that contains one of them, which skips most patterns for most paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from redaksi.language.findings import Category, Finding
from redaksi.language.style.analysis import RootAnalyzer
from redaksi.language.style.casing import match_case
from redaksi.language.style.config import HOUSE_RULE_ID, HOUSE_SET, HouseStyle
from redaksi.language.style.generators import generated_pairs
from redaksi.language.style.inflection import forms
from redaksi.language.style.needles import needles, word_needles
from redaksi.language.style.rule import Rule, RuleSet
from redaksi.language.style.units import WORD, sentence_spans, word_count

SOURCE_NAME = "gaya"
TOKEN = re.compile(r"[^\W_]+")
# Scopes the checker may pass that map onto a rule part.
PART_ALIASES = {"text": "body"}
_HOUSE_NORM = "Gaya selingkung redaksi"


@dataclass(frozen=True)
class _Entry:
    rule: Rule
    replacement: str


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    gaps: tuple[str, ...]
    entry: _Entry


def _phrase(wrong: str, entry: _Entry) -> _Phrase:
    """A multi-word key split into lower-case words and the separators between them."""
    key = wrong.lower()
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(key)]
    words = tuple(key[s:e] for s, e in spans)
    gaps = tuple(_gap(key[spans[i][1] : spans[i + 1][0]]) for i in range(len(spans) - 1))
    return _Phrase(words, gaps, entry)


def _gap(separator: str) -> str:
    return " " if separator.isspace() else separator


@dataclass(frozen=True)
class _Branch:
    rule: Rule
    own: re.Pattern[str]
    template: str | None
    literal: dict[str, str] | None
    exception: re.Pattern[str] | None
    needles: tuple[str, ...] | None
    needle_re: re.Pattern[str] | None
    words: frozenset[str] | None
    repeat: bool


def _literal_key(text: str) -> str:
    return " ".join(text.lower().split())


def _active_rules(rule_sets: Iterable[RuleSet], house: HouseStyle) -> list[Rule]:
    rules: list[Rule] = []
    for rule_set in rule_sets:
        if not house.set_enabled(rule_set.name):
            continue
        for rule in rule_set.rules:
            override = house.override(rule.id)
            enabled = override.enabled if override else rule.enabled
            if not enabled:
                continue
            if override and override.level:
                rule = rule.with_level(override.level)
            rules.append(rule)
    if house.set_enabled(HOUSE_SET):
        for sub in house.substitutions:
            rules.append(
                Rule(
                    id=HOUSE_RULE_ID,
                    set=HOUSE_SET,
                    kind="substitution",
                    message=sub.message
                    or "Gaya selingkung: tulis “{replacement}”, bukan “{match}”.",
                    level=sub.level,
                    category=Category.STYLE,
                    issue_type="style",
                    norm=_HOUSE_NORM,
                    swap=((sub.pattern, sub.replacement),),
                    inflect="none",
                )
            )
    return rules


def _swap_pairs(rule: Rule) -> tuple[tuple[str, str], ...]:
    """Every (wrong, right) pair of a substitution rule, inflected forms included."""
    return _expanded(rule.swap, rule.generate, rule.inflect, rule.ignorecase)


@cache
def _expanded(
    swap: tuple[tuple[str, str], ...],
    generate: tuple[tuple[str, object], ...],
    inflect: str,
    ignorecase: bool,
) -> tuple[tuple[str, str], ...]:
    """The pairs, computed once per process however often house styles recompile."""
    pairs: dict[str, str] = {}
    base = list(swap)
    if generate:
        base.extend(generated_pairs(generate))
    protected = {right.lower() for _, right in base}
    for wrong, right in base:
        for w, r in forms(wrong, right, inflect):
            key = w if not ignorecase else w.lower()
            if key.lower() in protected and (w, r) != (wrong, right):
                continue
            pairs.setdefault(key, r)
    return tuple(pairs.items())


def _branch(
    rule: Rule, pattern: str, template: str | None, literal: dict[str, str] | None = None
) -> _Branch:
    """One compiled pattern of ``rule`` with the literals that must be present for a match."""
    flags = re.IGNORECASE if rule.ignorecase else 0
    found = needles(pattern, flags)
    hint = tuple(rule.needles) or (tuple(sorted(found)) if found else None)
    if rule.kind == "repetition" or ("(?P=" in pattern and not rule.needles):
        hint = None
    needle_re = None
    if hint and len(hint) > 4:
        needle_re = re.compile("|".join(map(re.escape, sorted(hint, key=len, reverse=True))))
    return _Branch(
        rule=rule,
        own=re.compile(pattern, flags),
        template=template,
        literal=literal,
        exception=rule.exception_pattern(),
        needles=hint,
        needle_re=needle_re,
        words=word_needles(pattern, flags),
        repeat=hint is None and "(?P=" in pattern,
    )


def _repeating(lowers: list[str]) -> list[int]:
    """Indexes of words that repeat the word before them (anak anak, tolong menolong).

    Patterns with a back-reference only ever match from such a place, so they are tried
    there alone instead of at every position of the paragraph.
    """
    candidates = [
        index
        for index, (previous, word) in enumerate(pairwise(lowers), 1)
        if word[0] == previous[0] or word[-2:] == previous[-2:]
    ]
    return [
        index
        for index in candidates
        if (word := lowers[index]) == (previous := lowers[index - 1])
        or (len(previous) > 3 and word.endswith(previous[1:]))
        or (len(word) > 2 and previous.endswith(word))
    ]


class CompiledStyle:
    """Every active rule of a house style, compiled; immutable and safe to share."""

    def __init__(
        self,
        rule_sets: Sequence[RuleSet],
        house: HouseStyle,
        analyzer: RootAnalyzer | None = None,
    ) -> None:
        self.house = house
        self.analyzer = analyzer
        self.rules = _active_rules(rule_sets, house)
        self._lexicon: dict[str, _Entry] = {}
        self._exact: dict[str, _Entry] = {}
        self._roots: dict[str, _Entry] = {}
        self._standard: set[str] = set()
        self._branches: list[_Branch] = []
        self._phrases: dict[str, list[_Phrase]] = {}
        self._metrics: list[Rule] = []
        self._conditionals: list[tuple[Rule, re.Pattern[str], re.Pattern[str]]] = []
        self._headline: list[tuple[Rule, frozenset[str]]] = []
        self.required: list[Rule] = []
        for rule in self.rules:
            self._compile(rule)
        for phrases in self._phrases.values():
            phrases.sort(key=lambda p: len(p.words), reverse=True)
        self._analysis_cache: dict[str, tuple[str, ...]] = {}

    # -- compiling -------------------------------------------------------------------

    def _compile(self, rule: Rule) -> None:
        kind = rule.kind
        if kind == "substitution" or (kind == "capitalization" and rule.swap):
            self._add_swaps(rule)
            for pattern, template in rule.patterns:
                self._branches.append(_branch(rule, pattern, template))
        elif kind in ("existence", "capitalization") and rule.style != "headline":
            for pattern, template in rule.patterns:
                self._branches.append(_branch(rule, pattern, template))
        elif kind == "capitalization":
            self._headline.append((rule, frozenset(p.lower() for p, _ in rule.patterns)))
        elif kind == "repetition":
            alternatives = "|".join(p for p, _ in rule.patterns)
            pattern = rf"\b(?P<rep>{alternatives})\s+(?P=rep)\b"
            self._branches.append(_branch(rule, pattern, r"\g<rep>"))
        elif kind == "occurrence":
            self._metrics.append(rule)
        elif kind == "conditional":
            flags = re.IGNORECASE if rule.ignorecase else 0
            self._conditionals.append(
                (rule, re.compile(rule.first, flags), re.compile(rule.second, flags))
            )
        elif kind == "required":
            self.required.append(rule)

    def _add_swaps(self, rule: Rule) -> None:
        multi: dict[str, str] = {}
        for wrong, right in _swap_pairs(rule):
            self._standard.update(right.lower().split())
            if TOKEN.fullmatch(wrong):
                target = self._lexicon if rule.ignorecase else self._exact
                target.setdefault(wrong, _Entry(rule, right))
            elif rule.ignorecase and len(TOKEN.findall(wrong)) > 1:
                phrase = _phrase(wrong, _Entry(rule, right))
                self._phrases.setdefault(phrase.words[0], []).append(phrase)
            else:
                multi[_literal_key(wrong)] = right
        if rule.inflect == "full":
            for wrong, right in rule.swap:
                if TOKEN.fullmatch(wrong):
                    self._roots.setdefault(wrong.lower(), _Entry(rule, right))
        if multi:
            alternatives = sorted(multi, key=len, reverse=True)
            body = "|".join(r"\s+".join(map(re.escape, key.split())) for key in alternatives)
            pattern = rf"(?<![\w-])(?:{body})(?![\w-])"
            self._branches.append(_branch(rule, pattern, None, literal=multi))

    # -- scanning --------------------------------------------------------------------

    def scan(self, text: str, scope: str = "body") -> list[Finding]:
        """Findings of every active rule in one paragraph ``text`` of story part ``scope``."""
        part = PART_ALIASES.get(scope, scope)
        found: list[Finding] = []
        repeats, words = self._scan_words(text, part, found)
        lower = text.lower()
        for branch in self._branches:
            if part not in branch.rule.scope:
                continue
            if branch.words is not None:
                if branch.words.isdisjoint(words):
                    continue
            elif branch.needle_re is not None:
                if branch.needle_re.search(lower) is None:
                    continue
            elif branch.needles is not None and not any(n in lower for n in branch.needles):
                continue
            exception = branch.exception
            if branch.repeat:
                matches: Iterable[re.Match[str] | None] = (
                    branch.own.match(text, pos) for pos in repeats
                )
            else:
                matches = branch.own.finditer(text)
            for match in matches:
                if match is None:
                    continue
                if exception is None or not exception.fullmatch(text, match.start(), match.end()):
                    self._branch_hit(branch, match, found)
        sentences: list[tuple[int, int]] | None = None
        for rule in self._metrics:
            if part in rule.scope:
                if sentences is None:
                    sentences = sentence_spans(text)
                self._measure(rule, text, sentences, found)
        for rule, first, second in self._conditionals:
            if part in rule.scope and not second.search(text):
                for match in first.finditer(text):
                    found.append(self._finding(rule, match.start(), match.end(), match.group(), ""))
        for rule, words in self._headline:
            if part in rule.scope:
                self._headline_caps(rule, words, text, found)
        return found

    def _scan_words(self, text: str, part: str, found: list[Finding]) -> tuple[list[int], set[str]]:
        """Dictionary and phrase substitutions; returns where words repeat and the word set.

        Set intersections (in C) find the few words that need attention; only then does the
        loop over token positions run.
        """
        lower_text = text.lower()
        if len(lower_text) == len(text):
            lowers = TOKEN.findall(lower_text)
        else:
            lowers = [word.lower() for word in TOKEN.findall(text)]
        words = set(lowers)
        hits = words & self._lexicon.keys()
        starters = words & self._phrases.keys()
        originals = TOKEN.findall(text) if self._exact else []
        exact = set(originals) & self._exact.keys() if originals else set()
        repeating = _repeating(lowers)
        analyzer = self.analyzer
        if not (hits or starters or exact or repeating or analyzer is not None):
            return [], words
        tokens = list(TOKEN.finditer(text))
        repeats = [tokens[index - 1].start() for index in repeating]
        if analyzer is not None:
            indexes: Iterable[int] = range(len(tokens))
        else:
            interesting = hits | starters
            indexes = sorted(
                {i for i, lower in enumerate(lowers) if lower in interesting}
                | {i for i, word in enumerate(originals) if word in exact}
            )
        for index in indexes:
            match = tokens[index]
            lower = lowers[index]
            if lower in starters:
                self._scan_phrases(self._phrases[lower], tokens, lowers, index, text, part, found)
            word = match.group()
            if lower in hits:
                entry = self._lexicon[lower]
            elif word in exact:
                entry = self._exact[word]
            else:
                if analyzer is not None and len(lower) > 5 and lower not in self._standard:
                    self._analysed(word, match.start(), part, found)
                continue
            if part in entry.rule.scope:
                if entry.rule.skip_names and _looks_like_name(text, match.start(), part):
                    continue
                replacement = entry.replacement
                if entry.rule.ignorecase:
                    replacement = match_case(word, replacement)
                found.append(
                    self._finding(entry.rule, match.start(), match.end(), word, replacement)
                )
        return repeats, words

    def _scan_phrases(
        self,
        candidates: list[_Phrase],
        tokens: list[re.Match[str]],
        lowers: list[str],
        index: int,
        text: str,
        part: str,
        found: list[Finding],
    ) -> None:
        """Multi-word substitutions starting at token ``index`` (longest first)."""
        start = tokens[index].start()
        if start and text[start - 1] == "-":
            return
        for phrase in candidates:
            last = index + len(phrase.words) - 1
            if last >= len(tokens) or tuple(lowers[index : last + 1]) != phrase.words:
                continue
            if any(
                _gap(text[tokens[i].end() : tokens[i + 1].start()]) != phrase.gaps[i - index]
                for i in range(index, last)
            ):
                continue
            end = tokens[last].end()
            if text[end : end + 1] == "-":
                continue
            rule = phrase.entry.rule
            if part not in rule.scope:
                return
            if rule.skip_names and _looks_like_name(text, start, part):
                return
            matched = text[start:end]
            replacement = match_case(matched, phrase.entry.replacement)
            found.append(self._finding(rule, start, end, matched, replacement))
            return

    def _analysed(self, word: str, start: int, part: str, found: list[Finding]) -> None:
        lower = word.lower()
        roots = self._analysis_cache.get(lower)
        if roots is None:
            assert self.analyzer is not None
            roots = tuple(
                r for r in self.analyzer(lower, self._roots.__contains__) if r in self._roots
            )
            if len(self._analysis_cache) > 50_000:
                self._analysis_cache.clear()
            self._analysis_cache[lower] = roots
        for root in roots:
            entry = self._roots[root]
            if part not in entry.rule.scope:
                continue
            replacement = ""
            if root in lower:
                replacement = match_case(word, lower.replace(root, entry.replacement, 1))
            found.append(self._finding(entry.rule, start, start + len(word), word, replacement))
            return

    def _branch_hit(self, branch: _Branch, match: re.Match[str], found: list[Finding]) -> None:
        text = match.string
        start, end = match.start(), match.end()
        matched = match.group()
        rule = branch.rule
        if rule.skip_names and _looks_like_name(text, start, "body"):
            return
        if branch.literal is not None:
            replacement = branch.literal.get(_literal_key(matched), "")
            if rule.ignorecase:
                replacement = match_case(matched, replacement)
        elif branch.template is not None:
            replacement = match.expand(branch.template)
            if rule.transform:
                replacement = _transform(replacement, rule.transform)
            elif rule.ignorecase and replacement and matched[:1].isupper():
                replacement = replacement[:1].upper() + replacement[1:]
        else:
            replacement = ""
        found.append(self._finding(rule, start, end, matched, replacement))

    def _measure(
        self, rule: Rule, text: str, sentences: list[tuple[int, int]], found: list[Finding]
    ) -> None:
        spans = sentences if rule.unit == "sentence" else [(0, len(text.rstrip()))]
        if not spans or spans[0][1] <= spans[0][0]:
            return
        counter = WORD if rule.token == r"[^\W_]+" else re.compile(rule.token)
        for start, end in spans:
            if rule.unit == "paragraph_sentences":
                count = len(sentences)
            elif counter is WORD:
                count = word_count(text, start, end)
            else:
                count = sum(1 for _ in counter.finditer(text, start, end))
            if count > rule.maximum:
                message = rule.message.format(count=count, max=rule.maximum)
                finding = self._finding(rule, start, end, "", "")
                found.append(replace(finding, message=message))

    def _headline_caps(
        self, rule: Rule, function_words: frozenset[str], text: str, found: list[Finding]
    ) -> None:
        for index, match in enumerate(WORD.finditer(text)):
            word = match.group()
            if not word[0].isalpha() or (len(word) > 1 and word.isupper()):
                continue
            lower = word.lower()
            if index and lower in function_words and word[0].isupper() and lower != word:
                found.append(self._finding(rule, match.start(), match.end(), word, lower))
            elif lower not in function_words and word[0].islower():
                title = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
                if title != word:
                    found.append(self._finding(rule, match.start(), match.end(), word, title))

    def _finding(self, rule: Rule, start: int, end: int, matched: str, replacement: str) -> Finding:
        message = "" if rule.kind == "occurrence" else rule.render(matched, replacement)
        return Finding(
            start=start,
            end=end,
            rule_id=rule.id,
            message=message,
            category=rule.category,
            issue_type=rule.issue_type,
            level=rule.level,
            replacements=(replacement,) if replacement else (),
            short_message=rule.short,
            description=rule.description,
            rule_set=rule.set,
            norm=rule.norm.format(match=matched, replacement=replacement),
            source=SOURCE_NAME,
        )


_OPENERS = frozenset(".!?:;\"“”'‘’(\n-–—")


def _looks_like_name(text: str, start: int, part: str) -> bool:
    """A capitalised word inside a sentence (not a headline) is probably a proper name."""
    if part in ("headline", "subheadline") or not text[start : start + 1].isupper():
        return False
    index = start - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index >= 0 and text[index] not in _OPENERS


def _transform(text: str, how: str) -> str:
    """Apply a rule's ``transform`` to an expanded replacement."""
    if how == "capitalize":
        return text[:1].upper() + text[1:]
    if how == "capitalize_last":
        head, _, last = text.rpartition(" ")
        return f"{head} {last[:1].upper()}{last[1:]}" if head else last[:1].upper() + last[1:]
    if how == "lower":
        return text.lower()
    return text
