"""Check every checkable field of a story, and re-check only the paragraphs that changed.

Fields are identified by stable keys (``headline``, ``body:3``, ``photo:0:caption``) so the
editor can put each field's findings on the right widget.  Offsets are relative to the
field's own text.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from redaksi.language.checker import Checker
from redaksi.language.findings import Finding
from redaksi.story.model import Story

CACHE_SIZE = 4096


@dataclass(frozen=True)
class FieldText:
    """One checkable piece of a story: its key, check scope and text."""

    key: str
    scope: str
    text: str


def checkable_fields(story: Story) -> Iterator[FieldText]:
    """Headline, subheadline, dateline, lead, body paragraphs, photo captions and alt text."""
    yield FieldText("headline", "headline", story.headline)
    yield FieldText("subheadline", "subheadline", story.subheadline)
    yield FieldText("dateline", "dateline", story.dateline.place)
    yield FieldText("lead", "lead", story.lead)
    for index, paragraph in enumerate(story.paragraphs):
        yield FieldText(f"body:{index}", "body", paragraph.text)
    for index, photo in enumerate(story.photos):
        yield FieldText(f"photo:{index}:caption", "caption", photo.caption)
        yield FieldText(f"photo:{index}:alt_text", "alt_text", photo.alt_text)


class ParagraphChecker:
    """A checker with a cache keyed by (scope, paragraph text).

    Typing changes one paragraph; every other paragraph's findings come from the cache, so a
    re-check costs one paragraph's check.  Build a new one when the checker changes (a word
    was added to the newsroom dictionary).  Safe to share between threads.
    """

    def __init__(self, checker: Checker, cache_size: int = CACHE_SIZE) -> None:
        self.checker = checker
        self._cache: OrderedDict[tuple[str, str], tuple[Finding, ...]] = OrderedDict()
        self._size = cache_size
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def check(self, text: str, scope: str = "text") -> tuple[Finding, ...]:
        """Findings for one paragraph, from the cache when its text is unchanged."""
        key = (scope, text)
        with self._lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                self.hits += 1
                return found
        found = tuple(self.checker.check(text, scope)) if text.strip() else ()
        with self._lock:
            self.misses += 1
            self._cache[key] = found
            if len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return found

    def check_paragraphs(
        self, texts: Sequence[str], scope: str = "body"
    ) -> list[tuple[Finding, ...]]:
        """Findings per paragraph; only paragraphs not seen before are checked."""
        return [self.check(text, scope) for text in texts]

    def check_story(self, story: Story) -> dict[str, tuple[Finding, ...]]:
        """Findings per field key (see :func:`checkable_fields`); empty fields omitted."""
        return {
            field.key: self.check(field.text, field.scope)
            for field in checkable_fields(story)
            if field.text.strip()
        }


def check_story(checker: Checker, story: Story) -> dict[str, tuple[Finding, ...]]:
    """Findings for every checkable field of ``story`` (no cache kept)."""
    return ParagraphChecker(checker).check_story(story)
