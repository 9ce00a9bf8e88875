"""Addresses for "Baca juga" links to library stories, for the exported article.

A library link stores the target's id, not an address: the address is the site's
canonical URL of the target's slug, worked out at export time so a renamed slug is
followed.  Only targets readers can open (published, not in the trash) get one; the link
checks report the others before export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redaksi.publish.article import LinkResolver, LinkView, external_link

if TYPE_CHECKING:
    from redaksi.links.targets import LinkTargets
    from redaksi.publish.site import SiteSettings
    from redaksi.story.model import RelatedLink, Story


def library_resolver(targets: LinkTargets, site: SiteSettings, story: Story) -> LinkResolver:
    """A resolver for ``story``'s links: one query for all its library targets."""
    known = targets.get(link.story_id for link in story.related if link.story_id is not None)

    def resolve(link: RelatedLink) -> LinkView | None:
        if link.story_id is None:
            return external_link(link)
        target = known.get(link.story_id)
        if target is None or not target.linkable or not target.slug:
            return None
        url = site.canonical_url(target.slug)
        return LinkView(link.title or target.headline, url, link.after_paragraph)

    return resolve
