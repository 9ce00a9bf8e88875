"""Machine-readable metadata: schema.org ``NewsArticle`` JSON-LD for search engines."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from redaksi.publish.article import ArticleView


def news_article(view: ArticleView) -> dict[str, Any]:
    """The JSON-LD object of the article."""
    story = view.story
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": view.canonical_url},
        "headline": story.headline[:110],
        "description": view.description,
        "datePublished": view.published_iso,
        "dateModified": view.modified_iso,
        "inLanguage": "id-ID",
        "author": [{"@type": "Person", "name": name} for name in _authors(story.byline)],
        "publisher": {"@type": "Organization", "name": view.site.name},
        "keywords": ", ".join(story.tags),
    }
    if story.category:
        data["articleSection"] = story.category
    if story.dateline.place:
        data["dateline"] = story.dateline.place
    if view.site.publisher_logo:
        data["publisher"]["logo"] = {"@type": "ImageObject", "url": view.site.publisher_logo}
    if view.images:
        data["image"] = [absolute(view, image.largest.src) for image in view.images]
    return data


def absolute(view: ArticleView, src: str) -> str:
    """A bundle-relative file as an absolute URL next to the canonical page."""
    return f"{view.canonical_url.rstrip('/')}/{src}"


def _authors(byline: str) -> list[str]:
    names = [n.strip() for n in byline.replace(" dan ", ",").split(",")]
    return [n for n in names if n] or ["Redaksi"]


def json_ld(view: ArticleView) -> Markup:
    """JSON-LD safe inside ``<script>``: ``<``, ``>`` and ``&`` escaped as JSON unicode."""
    text = json.dumps(news_article(view), ensure_ascii=False, indent=2)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)
