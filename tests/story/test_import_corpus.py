"""The corpus: drafts in the styles of Indonesian outlets, each with its expected structure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redaksi.story.importing import import_file, verify_accounting
from redaksi.story.importing.summary import import_summary

CORPUS = Path(__file__).parent / "corpus"
# Written after the recogniser, expectations typed by hand before the first run.
HOLDOUT = Path(__file__).parent / "holdout"
DRAFTS = sorted(
    p
    for folder in (CORPUS, HOLDOUT)
    for p in folder.iterdir()
    if p.suffix in {".txt", ".md", ".html"} and p.stem != "README"
)


def _expected(draft: Path) -> dict:
    return json.loads(draft.with_suffix(".json").read_text(encoding="utf-8"))


def test_corpus_is_large_enough() -> None:
    assert len([d for d in DRAFTS if d.parent == CORPUS]) >= 25
    assert all(d.with_suffix(".json").exists() for d in DRAFTS)


@pytest.mark.parametrize("draft", DRAFTS, ids=[d.stem for d in DRAFTS])
def test_draft_is_recognised_as_expected(draft: Path) -> None:
    result = import_file(draft)
    assert import_summary(result) == _expected(draft)
    assert verify_accounting(result.source, result.story, result.report) == []


def test_corpus_covers_every_pattern() -> None:
    """Guards the corpus itself: removing a draft must not silently drop a pattern."""
    expected = [_expected(d) for d in DRAFTS]
    outlets = {e["dateline"]["outlet"] for e in expected}
    places = {e["dateline"]["place"] for e in expected}
    assert {"KOMPAS.com", "TEMPO.CO", "ANTARA", "MATA ANGIN"} <= outlets
    assert {"JAKARTA", "Jakarta", "Denpasar"} <= places
    credits = {p["credit"] for e in expected for p in e["photos"]}
    assert "Twitter Mustafa Bali" in credits
    assert any(c.startswith("ANTARA FOTO/") for c in credits)
    assert any(c.startswith("KOMPAS.com/") for c in credits)  # (FOTO: ...)
    related = [r for e in expected for r in e["related"]]
    assert any(r["url"] for r in related) and any(not r["url"] for r in related)
    assert any(r["position"] == -1 for r in related) and any(r["position"] > 0 for r in related)
    assert {"(*)"} <= {e["end_mark"] for e in expected}
    keys = {k for e in expected for k in e["credits"]}
    assert {"pewarta", "editor"} <= keys
    dropped = {d["text"] for e in expected for d in e["dropped"]}
    assert {
        "Be the first to comment",
        "Leave a Reply",
        "Your email address will not be published.",
        "*",
    } <= dropped
    assert any(e["subheadline"] for e in expected)
    assert any(e["tags"] for e in expected)
    assert any(e["headline"].isupper() for e in expected)
    assert any("\n" in p for e in expected for p in e["paragraphs"])


def test_messy_paste_keeps_the_reporters_words() -> None:
    result = import_file(CORPUS / "01-tempelan-web-suriah.txt")
    body = "\n".join(p.text for p in result.story.paragraphs)
    for word in ("tersebu", "Irac", "”Pada", "100%"):
        assert word in body
    assert result.story.lead.startswith("Islamic State (ISIS)")
    assert result.story.dateline.outlet == "MATA ANGIN"
