"""Search and related-story suggestions on a generated library of Indonesian stories.

Usage: ``PYTHONPATH=src python benchmarks/bench_links.py [--stories 100000] [--postgres URL]``

Builds the library with bulk inserts (the index columns computed by the same code the
repository hook runs), then measures on SQLite and, when a PostgreSQL URL is given (or
``REDAKSI_TEST_POSTGRES_URL`` is set), on a throw-away PostgreSQL database that is dropped
afterwards.  Baseline: the library list's substring search (``LIKE``) for the same
queries, measured in the same run.  Relevance: precision@5 on the labelled events.
Targets (SQLite): search median <= 50 ms, suggestions median <= 150 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import links_corpus
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from redaksi.links.document import search_document
from redaksi.links.search import StorySearch, Term
from redaksi.links.suggest import DraftFeatures, RelatedSuggester
from redaksi.store.engine import normalise_url
from redaksi.store.models import StoryRow, StorySearchRow
from redaksi.store.store import open_store
from redaksi.story.model import Story
from redaksi.story.status import Status

SEARCHES = (
    "pembangunan jembatan",
    "membangun",
    "banjir",
    "korupsi KPK",
    "harga cabai",
    "Situmorang",
    "vaksin balita",
    "pemilu Kupang",
    "gempa Ambon",
    "pengungsi",
    "Timnas final",
    "zonasi sekolah Yogyakarta",
    "tersangka suap",
    "likuefaksi",
    "inflasi beras Medan",
    "Siregar",
    "bendungan Samarinda",
    "stunting",
    "pelabuhan",
    "Bawaslu sengketa",
)
RUNS = 5
CHUNK = 2000


def _row(story_id: int, story: Story) -> dict:
    return {
        "id": story_id,
        "uuid": story.uuid or uuid.uuid4().hex,
        "slug": f"berita-{story_id}",
        "headline": story.headline,
        "subheadline": story.subheadline,
        "dateline_place": story.dateline.place,
        "dateline_outlet": story.dateline.outlet,
        "lead": story.lead,
        "paragraphs": [{"text": p.text, "kind": p.kind, "marks": []} for p in story.paragraphs],
        "byline": story.byline,
        "category": story.category,
        "tags": list(story.tags),
        "status": story.status.value,
        "end_mark": "",
        "credits": {},
        "ignored_words": [],
        "extra": {},
        "author_id": None,
        "created_at": story.created_at,
        "updated_at": story.updated_at,
        "published_at": story.published_at,
        "deleted_at": story.updated_at if story_id % 97 == 0 else None,
        "version": 1,
    }


def generate(count: int) -> tuple[list[dict], list[dict], list[links_corpus.LabelledEvent]]:
    """Story rows, index rows and the labelled events (with their ids) for ``count``."""
    rng = random.Random(2026)
    events = links_corpus.labelled_events()
    labelled = [s for e in events for s in e.related + e.distractors]
    archive_count = count - len(labelled)
    stories: list[Story] = [links_corpus.random_story(rng) for _ in range(archive_count)]
    positions = sorted(rng.sample(range(count), len(labelled)))
    for position, story in zip(positions, labelled, strict=True):
        stories.insert(position, story)
    by_identity = {id(story): index + 1 for index, story in enumerate(stories)}
    for event in events:
        event.related_ids = [by_identity[id(s)] for s in event.related]
    labelled_ids = {id(story) for story in labelled}
    rows, documents = [], []
    for index, story in enumerate(stories, start=1):
        row = _row(index, story)
        if id(story) in labelled_ids:
            row["deleted_at"] = None  # the labelled stories stay live
        rows.append(row)
        document = search_document(story)
        documents.append(
            {
                "story_id": index,
                "title": document.title,
                "body": document.body,
                "names": document.names,
                "tags": document.tags,
            }
        )
    return rows, documents, events


def load(url: str, rows: list[dict], documents: list[dict]) -> float:
    store = open_store(url)
    started = time.perf_counter()
    with store.engine.begin() as connection:
        for start in range(0, len(rows), CHUNK):
            connection.execute(insert(StoryRow.__table__), rows[start : start + CHUNK])
            connection.execute(insert(StorySearchRow.__table__), documents[start : start + CHUNK])
        if store.dialect == "postgresql":
            connection.execute(
                text("SELECT setval('stories_id_seq', (SELECT max(id) FROM stories))")
            )
    with store.engine.connect() as connection:
        if store.dialect == "postgresql":
            connection.execute(text("ANALYZE"))
        else:
            connection.execute(text("ANALYZE"))
        connection.commit()
    store.close()
    return time.perf_counter() - started


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _timed(function, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def engine_only(search: StorySearch, draft: Story) -> list:
    """Relevance baseline: the engine's own ranking of the draft's frequent terms."""
    counts = DraftFeatures.of(draft).term_counts
    alternatives = tuple(Term(term) for term, _count in counts.most_common(12))
    return search.match([alternatives], limit=5, statuses={Status.TERBIT})


def measure(url: str, events: list[links_corpus.LabelledEvent], label: str) -> dict:
    store = open_store(url)
    search = StorySearch.for_store(store)
    suggester = RelatedSuggester(search)
    try:
        search_times, baseline_times, hits = [], [], []
        for query in SEARCHES:
            search.search(query)  # warm the page cache and stemmer
            per_query = []
            for _ in range(RUNS):
                elapsed, found = _timed(search.search, query, limit=20)
                per_query.append(elapsed)
            search_times.append(statistics.median(per_query))
            hits.append(len(found))
            baseline_times.append(_timed(store.stories.list, search=query.split()[0], limit=20)[0])
        cold, _ = _timed(suggester.suggest, events[0].draft)
        rng = random.Random(5)
        drafts = [e.draft for e in events] + [links_corpus.random_story(rng) for _ in range(20)]
        suggest_times = []
        for draft in drafts:
            per_draft = [_timed(suggester.suggest, draft)[0] for _ in range(3)]
            suggest_times.append(statistics.median(per_draft))
        precisions = []
        for event in events:
            found = [s.story_id for s in suggester.suggest(event.draft, limit=5)]
            precisions.append(links_corpus.precision_at(found, event.related_ids))
        baseline_precisions = []
        for event in events:
            found = [hit.story_id for hit in engine_only(search, event.draft)]
            baseline_precisions.append(links_corpus.precision_at(found, event.related_ids))
        example = suggester.suggest(events[0].draft, limit=1)
    finally:
        store.close()
    result = {
        "search_ms": _median_ms(search_times),
        "search_p90_ms": statistics.quantiles(search_times, n=10)[-1] * 1000,
        "baseline_ms": _median_ms(baseline_times),
        "suggest_ms": _median_ms(suggest_times),
        "suggest_p90_ms": statistics.quantiles(suggest_times, n=10)[-1] * 1000,
        "suggest_cold_ms": cold * 1000,
        "precision_at_5": statistics.mean(precisions),
        "baseline_precision_at_5": statistics.mean(baseline_precisions),
        "median_hits": statistics.median(hits),
    }
    print(f"\n[{label}]")
    print(
        f"  search      median {result['search_ms']:7.1f} ms"
        f"   p90 {result['search_p90_ms']:7.1f} ms"
        f"   ({len(SEARCHES)} queries x {RUNS} runs)"
    )
    print(
        f"  baseline    median {result['baseline_ms']:7.1f} ms"
        "   (library LIKE list: no stems, no ranking, stops at 20 newest)"
        f"   ratio {result['baseline_ms'] / result['search_ms']:.1f}x"
    )
    print(
        f"  suggest     median {result['suggest_ms']:7.1f} ms"
        f"   p90 {result['suggest_p90_ms']:7.1f} ms"
        f"   cold (term sample) {result['suggest_cold_ms']:.0f} ms   ({len(drafts)} drafts)"
    )
    print(
        f"  precision@5 {result['precision_at_5']:.2f}   per event "
        + " ".join(f"{p:.1f}" for p in precisions)
    )
    print(
        f"  baseline    precision@5 {result['baseline_precision_at_5']:.2f}"
        "   (engine ranking alone: OR of the draft's 12 most frequent terms)"
    )
    if example:
        print(f"  example     {example[0].headline!r}: {example[0].reason}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--postgres", default=os.environ.get("REDAKSI_TEST_POSTGRES_URL", ""))
    args = parser.parse_args()

    started = time.perf_counter()
    cpu = time.process_time()
    rows, documents, events = generate(args.stories)
    generated = time.perf_counter() - started
    print(
        f"generated {len(rows):,} stories with index terms in {generated:.1f} s"
        f" ({time.process_time() - cpu:.1f} s CPU; the machine is shared)"
    )

    results = {}
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        seconds = load(url, rows, documents)
        size = (Path(folder) / "bench.sqlite3").stat().st_size / 1e6
        print(f"sqlite: loaded in {seconds:.1f} s ({size:.0f} MB)")
        results["sqlite"] = measure(url, events, "SQLite FTS5")

    if args.postgres:
        admin = normalise_url(args.postgres)
        name = f"redaksi_bench_{uuid.uuid4().hex[:8]}"
        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = make_url(admin).set(database=name).render_as_string(hide_password=False)
            seconds = load(url, rows, documents)
            print(f"\npostgresql: loaded in {seconds:.1f} s")
            results["postgresql"] = measure(url, events, "PostgreSQL tsvector + GIN")
        finally:
            with engine.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            engine.dispose()

    sqlite = results["sqlite"]
    ok = sqlite["search_ms"] <= 50 and sqlite["suggest_ms"] <= 150
    print(
        f"\nSQLite targets (search <= 50 ms, suggest <= 150 ms): {'MET' if ok else 'MISSED'}"
        f"; total {time.perf_counter() - started:.0f} s"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
