"""Full-text search over the library on either engine, with one query language.

A query is a list of clauses that must all match; each clause is a set of alternatives
(terms, optionally prefixes).  :func:`parse_query` turns what the desk types into that
form: every word is one clause (its stem, and for the word being typed also its prefix).
SQLite renders it as an FTS5 ``MATCH`` expression ranked by ``bm25``; PostgreSQL as a
``tsquery`` over the generated ``document`` column ranked by ``ts_rank``.  Terms are
folded and stemmed in Python (:mod:`redaksi.links.stemming`), so they contain only letters
and digits and never need escaping.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Select, TextClause, column, func, literal_column, select, table, text

from redaksi.links.stemming import is_whole_word, stop_words, terms, words
from redaksi.store.models import StoryRow, StorySearchRow
from redaksi.story.status import Status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from redaksi.store.store import Store


@dataclass(frozen=True)
class Term:
    """One index term; ``prefix`` also matches longer terms that start with it."""

    text: str
    prefix: bool = False


Clause = tuple[Term, ...]


@dataclass(frozen=True)
class SearchHit:
    """A matching story, best first; ``score`` grows with relevance on both engines."""

    story_id: int
    headline: str
    status: Status
    updated_at: datetime
    published_at: datetime | None
    score: float
    terms: SearchDocumentTerms | None = None


@dataclass(frozen=True)
class SearchDocumentTerms:
    """A hit's stored index columns, for re-ranking without another round trip."""

    title: str
    body: str
    names: str
    tags: tuple[str, ...] = field(default=())


def parse_query(query: str) -> list[Clause]:
    """Clauses for what the desk typed: all words must match, a fragment as a prefix too.

    >>> parse_query("pembangunan jemb")
    [(Term(text='bangun', prefix=False),), (Term(text='jemb', prefix=False), \
Term(text='jemb', prefix=True))]
    """
    clauses: list[Clause] = []
    typed = list(words(query))
    typing_last = bool(query) and not query[-1].isspace()
    stops = stop_words()
    for index, word in enumerate(typed):
        stems = list(dict.fromkeys(terms(word)))
        alternatives = [Term(stem) for stem in stems]
        is_last = index == len(typed) - 1
        typing = is_last and typing_last and word.isalnum() and len(word) >= 2
        if typing and word not in stops and not is_whole_word(word):
            # A fragment still being typed ("Bagh") also matches as a prefix; a whole
            # word does not, which keeps common words from matching half the library.
            alternatives.append(Term(word, prefix=True))
        if alternatives:
            clauses.append(tuple(dict.fromkeys(alternatives)))
    return clauses


def _fts5_expression(clauses: Sequence[Clause], any_of: bool = False) -> str:
    def render(term: Term) -> str:
        return f'"{term.text}"' + ("*" if term.prefix else "")

    outer, inner = (" OR ", " AND ") if any_of else (" AND ", " OR ")
    return outer.join("(" + inner.join(render(t) for t in clause) + ")" for clause in clauses)


def _tsquery_expression(clauses: Sequence[Clause], any_of: bool = False) -> str:
    def render(term: Term) -> str:
        return f"'{term.text}'" + (":*" if term.prefix else "")

    outer, inner = (" | ", " & ") if any_of else (" & ", " | ")
    return outer.join("(" + inner.join(render(t) for t in clause) + ")" for clause in clauses)


_FTS = table("story_fts", column("rowid"), column("rank"))


def _fts5_match(clauses: Sequence[Clause], any_of: bool, columns: str = "") -> TextClause:
    expression = _fts5_expression(clauses, any_of)
    if columns:
        # Every word anywhere, and at least one of them in the given columns.
        anywhere = [term for clause in clauses for term in clause]
        expression = f"({expression}) AND {{{columns}}} : ({_fts5_expression([anywhere])})"
    return text("story_fts MATCH :expression").bindparams(expression=expression)


# Matches here make a story about the query rather than one that mentions it.
_FOCUS_COLUMNS = "title names tags"


class StorySearch:
    """Search one store's library; safe to use from a worker thread (one session per call)."""

    def __init__(self, sessions: sessionmaker[Session], dialect: str) -> None:
        self._sessions = sessions
        self._dialect = dialect

    @classmethod
    def for_store(cls, store: Store) -> StorySearch:
        """The search over ``store``."""
        return cls(store.sessions, store.dialect)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory searches run on."""
        return self._sessions

    def search(
        self,
        query: str,
        limit: int = 20,
        statuses: Collection[Status] | None = None,
        exclude: Collection[int] = (),
    ) -> list[SearchHit]:
        """Live stories matching every word of ``query``, most relevant first.

        On SQLite, when at least ``limit`` stories have one of the words in headline,
        names or tags, only those are ranked (ranking a common word's thousands of body
        matches would cost more than it is worth); PostgreSQL ranks every match.
        """
        clauses = parse_query(query)
        if not clauses:
            return []
        return self.match(clauses, limit=limit, statuses=statuses, exclude=exclude)

    def match(
        self,
        clauses: Sequence[Clause],
        limit: int = 20,
        statuses: Collection[Status] | None = None,
        exclude: Collection[int] = (),
        with_terms: bool = False,
        any_of: bool = False,
    ) -> list[SearchHit]:
        """Live stories matching ``clauses``, best ``limit`` first.

        Every clause must match (a clause matches when one of its terms does); with
        ``any_of`` it is the other way round: one clause must match, all of its terms.
        """
        if not clauses or not all(clauses):
            return []
        columns = [
            StoryRow.id,
            StoryRow.headline,
            StoryRow.status,
            StoryRow.updated_at,
            StoryRow.published_at,
        ]
        if with_terms:
            columns += [
                StorySearchRow.title,
                StorySearchRow.body,
                StorySearchRow.names,
                StoryRow.tags,
            ]
        if self._dialect not in ("sqlite", "postgresql"):
            raise NotImplementedError(f"full-text search is not available on {self._dialect}")
        # A common word matches thousands of bodies, and ranking them all is what costs:
        # when enough stories have a query word in headline, names or tags, rank those.
        rows = []
        if not any_of:
            rows = self._rows(columns, clauses, any_of, limit, statuses, exclude, focus=True)
        if len(rows) < limit:
            rows = self._rows(columns, clauses, any_of, limit, statuses, exclude, focus=False)
        return [_hit(row, with_terms) for row in rows]

    def _rows(
        self,
        columns: list,
        clauses: Sequence[Clause],
        any_of: bool,
        limit: int,
        statuses: Collection[Status] | None,
        exclude: Collection[int],
        focus: bool,
    ) -> list:
        if self._dialect == "postgresql":
            query = self._postgres(columns, clauses, any_of, focus)
            return self._run(query, limit, statuses, exclude)
        columns_filter = _FOCUS_COLUMNS if focus else ""
        return self._sqlite_rows(columns, clauses, any_of, limit, statuses, exclude, columns_filter)

    def _sqlite_rows(
        self,
        columns: list,
        clauses: Sequence[Clause],
        any_of: bool,
        limit: int,
        statuses: Collection[Status] | None,
        exclude: Collection[int],
        focus: str = "",
    ) -> list:
        # Rank inside FTS5 first, then join: joining every match before sorting costs
        # twice as much.  Over-fetch to leave room for the filters, retry if short.
        pool = limit * 2 + len(exclude) + 20
        while True:
            query = self._sqlite(columns, clauses, any_of, pool, focus)
            rows = self._run(query, limit, statuses, exclude)
            if len(rows) >= limit or pool >= self._sqlite_count(clauses, any_of, focus):
                return rows
            pool *= 8

    def _run(
        self,
        query: Select,
        limit: int,
        statuses: Collection[Status] | None,
        exclude: Collection[int],
    ) -> list:
        query = query.where(StoryRow.deleted_at.is_(None))
        if statuses:
            query = query.where(StoryRow.status.in_([Status(s).value for s in statuses]))
        if exclude:
            query = query.where(StoryRow.id.not_in(list(exclude)))
        with self._sessions() as session:
            return list(session.execute(query.limit(limit)).all())

    def _sqlite_count(self, clauses: Sequence[Clause], any_of: bool, focus: str) -> int:
        match = _fts5_match(clauses, any_of, focus)
        query = select(func.count()).select_from(_FTS).where(match)
        with self._sessions() as session:
            return int(session.scalar(query) or 0)

    def _sqlite(
        self, columns: list, clauses: Sequence[Clause], any_of: bool, pool: int, focus: str
    ) -> Select:
        top = (
            select(_FTS.c.rowid.label("story_id"), _FTS.c.rank.label("rank"))
            .select_from(_FTS)
            .where(_fts5_match(clauses, any_of, focus))
            .order_by(_FTS.c.rank)
            .limit(pool)
            .subquery("top")
        )
        query = (
            select(*columns, (-top.c.rank).label("score"))
            .select_from(top)
            .join(StoryRow, StoryRow.id == top.c.story_id)
            .order_by(top.c.rank, StoryRow.updated_at.desc())
        )
        if StorySearchRow.title in columns:
            query = query.join(StorySearchRow, StorySearchRow.story_id == StoryRow.id)
        return query

    def _postgres(
        self, columns: list, clauses: Sequence[Clause], any_of: bool, focus: bool
    ) -> Select:
        simple = literal_column("'simple'::regconfig")
        tsquery = func.to_tsquery(simple, _tsquery_expression(clauses, any_of))
        document = literal_column("story_search.document")
        score = func.ts_rank(document, tsquery).label("score")
        query = (
            select(*columns, score)
            .select_from(StorySearchRow)
            .join(StoryRow, StoryRow.id == StorySearchRow.story_id)
            .where(document.op("@@")(tsquery))
            .order_by(score.desc(), StoryRow.updated_at.desc())
        )
        if focus:
            # The small "focus" vector (headline, names, tags) has its own GIN index,
            # so PostgreSQL reads and ranks only rows that pass both indexes.
            anywhere = [term for clause in clauses for term in clause]
            any_word = func.to_tsquery(simple, _tsquery_expression([anywhere]))
            query = query.where(literal_column("story_search.focus").op("@@")(any_word))
        return query


def _hit(row: object, with_terms: bool) -> SearchHit:
    values = tuple(row)  # type: ignore[arg-type]
    document = None
    if with_terms:
        document = SearchDocumentTerms(
            title=values[5], body=values[6], names=values[7], tags=tuple(values[8] or ())
        )
    return SearchHit(
        story_id=values[0],
        headline=values[1],
        status=Status(values[2]),
        updated_at=values[3],
        published_at=values[4],
        score=float(values[-1] or 0.0),
        terms=document,
    )
