"""One object with everything the related-stories panel asks of a store.

Every method opens its own session, so the panel can call them from worker threads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redaksi.links.related import library_link
from redaksi.links.search import SearchHit, StorySearch
from redaksi.links.suggest import RelatedSuggester, Suggestion
from redaksi.links.targets import LinkTargets
from redaksi.links.validation import check_links

if TYPE_CHECKING:
    from redaksi.language.findings import Finding
    from redaksi.store.store import Store
    from redaksi.story.model import Placement, RelatedLink, Story


class RelatedStories:
    """Search, suggestions, link targets and link checks over one store."""

    def __init__(self, search: StorySearch) -> None:
        self.search_engine = search
        self.suggester = RelatedSuggester(search)
        self.targets = LinkTargets(search.sessions)

    @classmethod
    def for_store(cls, store: Store) -> RelatedStories:
        """The service over ``store``."""
        return cls(StorySearch.for_store(store))

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Live library stories matching ``query``."""
        return self.search_engine.search(query, limit=limit)

    def suggest(self, story: Story, limit: int = 8) -> list[Suggestion]:
        """Related published stories for the draft ``story``."""
        return self.suggester.suggest(story, limit=limit)

    def library_link(
        self, story_id: int, placement: Placement = "end", after_paragraph: int | None = None
    ) -> RelatedLink:
        """A link to a library story with its current headline."""
        return library_link(self.targets, story_id, placement, after_paragraph)

    def check(self, story: Story) -> list[Finding]:
        """Findings for the story's related links."""
        return check_links(story, self.targets)
