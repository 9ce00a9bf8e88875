"""Related stories for the draft being written, each with a reason an editor can check.

Two steps keep it fast on a large library.  The engine first fetches candidates that
share the draft's distinctive names, tags and terms: one very rare term, or two of the
others (a common word alone would match half the library).  They are then re-ranked by what
they really share with the draft: names weigh most, then tags, then key terms, each
weighted by rarity, plus a bonus for recent stories.  The reason names what is shared,
e.g. ``3 nama sama: SDF, Baghuz, ISIS``.

A function of a :class:`~redaksi.story.model.Story` snapshot plus the store: safe to
run in a worker thread while the reporter keeps typing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import combinations

from redaksi.links.names import name_phrases, story_names
from redaksi.links.search import SearchHit, StorySearch, Term
from redaksi.links.stemming import fold, term_surfaces, terms
from redaksi.links.term_stats import TermSnapshot, TermStatistics
from redaksi.story.model import Story
from redaksi.story.status import Status

NAME_WEIGHT = 3.0
TAG_WEIGHT = 2.0
TERM_WEIGHT = 1.0
RECENCY_WEIGHT = 1.5
RECENCY_HALF_LIFE_DAYS = 60.0
MIN_RELEVANCE = 2.0
QUERY_TERMS = 24
MIN_QUERY_TERMS = 4
KEY_TERMS = 25
CANDIDATES = 100
MIN_QUERY_IDF = 0.5
POSTINGS_BUDGET = 15_000
SINGLE_TERM_STORIES = 300
PAIRED_TERMS = 10
PAIRING_FROM = 2_000


@dataclass(frozen=True)
class Suggestion:
    """A library story worth linking, with what it shares with the draft."""

    story_id: int
    headline: str
    status: Status
    when: datetime
    score: float
    reason: str
    names: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftFeatures:
    """What a draft is about: names, tags and weighted terms with their written forms."""

    names: dict[str, str]
    phrases: list[tuple[tuple[str, ...], str]]
    tags: dict[str, str]
    term_counts: Counter[str]
    surfaces: dict[str, str]

    @classmethod
    def of(cls, story: Story) -> DraftFeatures:
        """Features of ``story`` (headline terms count double)."""
        title = f"{story.headline}\n{story.subheadline}"
        body = "\n".join([story.lead, *(p.text for p in story.paragraphs)])
        counts: Counter[str] = Counter(terms(body))
        for term in terms(title):
            counts[term] += 2
        tags = {fold(tag).strip(): tag.strip() for tag in story.tags if tag.strip()}
        names = story_names(story)
        return cls(
            names=names,
            phrases=name_phrases(story, names),
            tags=tags,
            term_counts=counts,
            surfaces=term_surfaces(f"{title}\n{body}"),
        )


def _plural(count: int, noun: str, shown: list[str]) -> str:
    return f"{count} {noun} sama: {', '.join(shown[:3])}" + ("…" if len(shown) > 3 else "")


def describe(names: list[str], tags: list[str], terms: list[str]) -> str:
    """The human reason, in Indonesian, most convincing evidence first."""
    parts = []
    if names:
        parts.append(_plural(len(names), "nama", names))
    if tags:
        parts.append(f"tag sama: {', '.join(tags[:2])}")
    if terms and len(parts) < 2:
        parts.append(_plural(len(terms), "kata kunci", terms))
    return " · ".join(parts)


class RelatedSuggester:
    """Suggests related library stories for a draft; one instance per store, thread-safe."""

    def __init__(
        self,
        search: StorySearch,
        statuses: Collection[Status] = (Status.TERBIT,),
        stats: TermStatistics | None = None,
    ) -> None:
        self._search = search
        self._statuses = tuple(statuses)
        self._stats = stats or TermStatistics(search.sessions)

    @property
    def statistics(self) -> TermStatistics:
        """The library's term rarity estimate (refresh it after a bulk import)."""
        return self._stats

    def suggest(
        self, story: Story, limit: int = 8, now: datetime | None = None
    ) -> list[Suggestion]:
        """The best ``limit`` suggestions for ``story``, never itself or a linked story."""
        features = DraftFeatures.of(story)
        stats = self._stats.current()
        idf = stats.idf
        key_terms = sorted(
            features.term_counts,
            key=lambda t: features.term_counts[t] * idf(t),
            reverse=True,
        )[:KEY_TERMS]
        groups = _candidate_groups(stats, _query_terms(stats, features, key_terms))
        if not groups:
            return []
        # Never the story itself, nor stories it already links to.
        exclude = [story.id] if story.id is not None else []
        exclude += [link.story_id for link in story.related if link.story_id is not None]
        hits = self._search.match(
            groups,
            any_of=True,
            limit=CANDIDATES,
            statuses=self._statuses,
            exclude=exclude,
            with_terms=True,
        )
        now = now or datetime.now(UTC)
        ranked = [
            s for hit in hits if (s := _score(stats, hit, features, key_terms, now)) is not None
        ]
        ranked.sort(key=lambda s: (-s.score, -s.when.timestamp(), s.story_id))
        return ranked[:limit]


def _query_terms(stats: TermSnapshot, features: DraftFeatures, key_terms: list[str]) -> list[str]:
    """The draft's most distinctive names, terms and tag words, rarest first.

    Rare terms keep the candidate query selective (fast) and specific: terms are
    taken rarest first until the stories they would match exceed a budget; when a
    draft has few rare words, the least common of the rest stand in.
    """
    pool: dict[str, float] = {}
    for name in features.names:
        pool[name] = stats.name_idf(name)
    for term in key_terms + [t for tag in features.tags for t in terms(tag)]:
        pool.setdefault(term, stats.idf(term))
    ranked = sorted((term for term in pool if not stats.absent(term)), key=lambda t: -pool[t])
    chosen: list[str] = []
    postings = 0.0
    for term in ranked:
        expected = stats.expected_stories(term)
        rare_enough = pool[term] >= MIN_QUERY_IDF and postings + expected <= POSTINGS_BUDGET
        if len(chosen) >= QUERY_TERMS or not (rare_enough or len(chosen) < MIN_QUERY_TERMS):
            break
        chosen.append(term)
        postings += expected
    return chosen


def _candidate_groups(stats: TermSnapshot, chosen: list[str]) -> list[tuple[Term, ...]]:
    """Which stories to fetch: any sharing one very rare term, or two of the others.

    Requiring two shared terms unless one is very rare keeps the candidate set small
    on a large library (PostgreSQL reads every matching row to rank it) while still
    finding every story that could pass the relevance threshold.
    """
    rare = [t for t in chosen if stats.expected_stories(t) <= SINGLE_TERM_STORIES]
    rest = [t for t in chosen if t not in rare][:PAIRED_TERMS]
    groups = [(Term(t),) for t in rare]
    if len(rest) == 1 or (len(rest) > 1 and stats.library < PAIRING_FROM):
        groups += [(Term(t),) for t in rest]
    else:
        groups += [(Term(a), Term(b)) for a, b in combinations(rest, 2)]
    return groups


def _shown_names(stats: TermSnapshot, features: DraftFeatures, shared: list[str]) -> list[str]:
    """Shared names for the reason: whole names where possible, rarest first."""
    left = set(shared)
    items: list[tuple[float, str]] = []
    for keys, display in features.phrases:
        if set(keys) <= left:
            left -= set(keys)
            items.append((max(stats.name_idf(k) for k in keys), display))
    for key in shared:
        if key in left:
            items.append((stats.name_idf(key), features.names[key]))
    items.sort(key=lambda item: -item[0])
    return [display for _rarity, display in items]


def _score(
    stats: TermSnapshot,
    hit: SearchHit,
    features: DraftFeatures,
    key_terms: list[str],
    now: datetime,
) -> Suggestion | None:
    assert hit.terms is not None
    their_names = set(hit.terms.names.split())
    their_terms = set(hit.terms.title.split()) | set(hit.terms.body.split())
    their_tags = {fold(tag).strip() for tag in hit.terms.tags}
    names = [key for key in features.names if key in their_names]
    tags = [key for key in features.tags if key in their_tags]
    shared_terms = [t for t in key_terms if t in their_terms and t not in features.names]
    relevance = (
        sum(NAME_WEIGHT * stats.name_idf(n) for n in names)
        + TAG_WEIGHT * len(tags)
        + sum(TERM_WEIGHT * stats.idf(t) for t in shared_terms)
    )
    if relevance < MIN_RELEVANCE:
        return None
    when = hit.published_at or hit.updated_at
    age_days = max((now - when).total_seconds() / 86400.0, 0.0)
    recency = RECENCY_WEIGHT * math.pow(0.5, age_days / RECENCY_HALF_LIFE_DAYS)
    shown_names = _shown_names(stats, features, names)
    shown_tags = [features.tags[t] for t in tags]
    shown_terms = [features.surfaces.get(t, t) for t in shared_terms]
    return Suggestion(
        story_id=hit.story_id,
        headline=hit.headline,
        status=hit.status,
        when=when,
        score=relevance + recency,
        reason=describe(shown_names, shown_tags, shown_terms),
        names=tuple(shown_names),
        tags=tuple(shown_tags),
        terms=tuple(shown_terms),
    )
