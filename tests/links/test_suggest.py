"""Related-story suggestions: relevant, explained, never the story itself."""

from __future__ import annotations

from statistics import mean

import links_corpus

from redaksi.links.search import StorySearch
from redaksi.links.suggest import RelatedSuggester, describe
from redaksi.story.model import Paragraph, Story
from redaksi.story.status import Status


def _suggester(store) -> RelatedSuggester:
    return RelatedSuggester(StorySearch.for_store(store))


def test_precision_at_5_on_the_labelled_set(store, labelled_library) -> None:
    suggester = _suggester(store)
    precisions = []
    for event in labelled_library:
        found = [s.story_id for s in suggester.suggest(event.draft, limit=5)]
        precisions.append(links_corpus.precision_at(found, event.related_ids))
    assert mean(precisions) >= 0.9, precisions


def test_reason_names_what_is_shared(store, labelled_library) -> None:
    event = labelled_library[0]  # Palu: Rahmat Situmorang, Wulan Tanjung, likuefaksi
    best = _suggester(store).suggest(event.draft, limit=1)[0]
    assert best.story_id in event.related_ids
    assert best.reason.startswith(f"{len(best.names)} nama sama: ")
    assert any("Situmorang" in name or "Tanjung" in name for name in best.names)
    assert ", ".join(best.names[:3]) in best.reason


def test_excludes_the_story_itself_and_unpublished_stories(store) -> None:
    text = "Tim SAR Basarnas mencari korban longsor di Desa Cibeber, kata Yuda Prawira."
    saved = store.stories.create(Story(headline="Longsor Cibeber", lead=text, status=Status.TERBIT))
    draft = store.stories.create(
        Story(headline="Longsor Cibeber susulan", lead=text, status=Status.DRAF)
    )
    published = store.stories.create(
        Story(headline="Korban longsor Cibeber", lead=text, status=Status.TERBIT)
    )
    found = [s.story_id for s in _suggester(store).suggest(saved)]
    assert found == [published.id]
    assert draft.id not in found


def test_unrelated_draft_gets_no_suggestions(store) -> None:
    store.stories.create(
        Story(
            headline="Harga cabai naik", lead="Pedagang Pasar Johar mengeluh.", status=Status.TERBIT
        )
    )
    draft = Story(headline="Timnas menang", paragraphs=[Paragraph("Gol dicetak Egy Maulana.")])
    assert _suggester(store).suggest(draft) == []


def test_whole_names_in_the_reason(store) -> None:
    lead = "Polisi memeriksa Yuda Prawira di Cibeber, kata Kapolres Agus Wirawan."
    store.stories.create(Story(headline="Pemeriksaan", lead=lead, status=Status.TERBIT))
    draft = Story(headline="Lanjutan", lead=f"Hari ini {lead}")
    (only,) = _suggester(store).suggest(draft)
    assert set(only.names) == {"Yuda Prawira", "Agus Wirawan", "Cibeber"}
    assert only.reason.startswith("3 nama sama: ")


def test_describe_in_indonesian() -> None:
    assert describe(["SDF", "Baghuz", "ISIS"], [], []) == "3 nama sama: SDF, Baghuz, ISIS"
    assert describe([], ["Suriah"], ["pertempuran"]) == (
        "tag sama: Suriah · 1 kata kunci sama: pertempuran"
    )
    assert describe(["A", "B", "C", "D"], [], []).endswith("C…")


def test_new_stories_count_at_once_in_a_small_library(store) -> None:
    suggester = _suggester(store)
    draft = Story(headline="Longsor", lead="Tim SAR mencari korban di Cibeber, kata Yuda Prawira.")
    store.stories.create(Story(headline="Harga cabai", lead="Pasar Johar.", status=Status.TERBIT))
    assert suggester.suggest(draft) == []
    fresh = store.stories.create(
        Story(headline="Korban longsor", lead=draft.lead, status=Status.TERBIT)
    )
    assert [s.story_id for s in suggester.suggest(draft)] == [fresh.id]
