"""Rich text to safe HTML: paragraph marks become tags, then nh3 cleans the result.

Escaping happens when the fragment is built; nh3 is the second line of defence, so a bug in
the builder still cannot let a script, an event attribute or a ``javascript:`` URL through.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from urllib.parse import urlsplit

import nh3

from redaksi.story.model import Mark, Paragraph

ALLOWED_TAGS = {"a", "em", "strong", "br"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}

# Nesting order when several marks cover the same characters: link outside, italic inside.
_ORDER = {"link": 0, "bold": 1, "italic": 2}
_TAGS = {"bold": "strong", "italic": "em"}


def safe_url(url: str | None, schemes: set[str] = URL_SCHEMES) -> str | None:
    """``url`` when its scheme is allowed (http, https, mailto by default), else ``None``."""
    if not url:
        return None
    candidate = url.strip()
    try:
        scheme = urlsplit(candidate).scheme.lower()
    except ValueError:
        return None
    if scheme not in schemes:
        return None
    if any(ch in candidate for ch in "\x00\r\n\t<>\"'` "):
        return None
    return candidate


def clean_fragment(html: str) -> str:
    """Sanitise an inline HTML fragment to Redaksi's small allowed set."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _open_tag(mark: Mark) -> str:
    if mark.kind == "link":
        href = safe_url(mark.href)
        return f'<a href="{escape(href, quote=True)}">' if href else ""
    return f"<{_TAGS[mark.kind]}>"


def _close_tag(mark: Mark) -> str:
    if mark.kind == "link":
        return "</a>" if safe_url(mark.href) else ""
    return f"</{_TAGS[mark.kind]}>"


def paragraph_html(paragraph: Paragraph) -> str:
    """Inline HTML of one paragraph: text escaped, marks as tags, line breaks as ``<br>``."""
    text = paragraph.text
    marks = [m for m in paragraph.marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    parts: list[str] = []
    for start, end in pairwise(cuts):
        active = sorted(
            (m for m in marks if m.start <= start and end <= m.end), key=lambda m: _ORDER[m.kind]
        )
        segment = escape(text[start:end], quote=False).replace("\n", "<br>")
        opened = "".join(_open_tag(m) for m in active)
        closed = "".join(_close_tag(m) for m in reversed(active))
        parts.append(f"{opened}{segment}{closed}")
    return clean_fragment("".join(parts))
