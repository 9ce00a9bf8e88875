"""Findings for related links that would break or mislead: readers must never hit a 404.

A library link is a finding when its target is not published (any status but ``terbit``),
withdrawn (``arsip``), in the trash or purged; an external link when its address is not a
well-formed http(s) URL.  Links live outside the body text, so findings span ``0..0`` and
say which link they concern in ``extra["link_index"]``.
"""

from __future__ import annotations

from redaksi.language.findings import Category, Finding, Level
from redaksi.links.related import AFTER_LEAD, url_problem
from redaksi.links.stemming import fold
from redaksi.links.targets import LinkTarget, LinkTargets
from redaksi.story.model import RelatedLink, Story
from redaksi.story.status import Status

RULE_SET = "redaksi.links"


def _finding(
    index: int,
    link: RelatedLink,
    rule_id: str,
    message: str,
    level: Level = Level.ERROR,
    short: str = "",
    replacements: tuple[str, ...] = (),
) -> Finding:
    extra = {"link_index": str(index), "title": link.title}
    if link.story_id is not None:
        extra["story_id"] = str(link.story_id)
    if link.url:
        extra["url"] = link.url
    return Finding(
        start=0,
        end=0,
        rule_id=rule_id,
        message=message,
        category=Category.LINKS,
        issue_type="uncategorized",
        level=level,
        replacements=replacements,
        short_message=short,
        rule_set=RULE_SET,
        extra=extra,
    )


def _target_findings(
    index: int, link: RelatedLink, target: LinkTarget | None, story: Story
) -> list[Finding]:
    title = f"“{link.title}”"
    if link.story_id == story.id and story.id is not None:
        return [_finding(index, link, "LINK_SELF", f"Tautan {title} mengarah ke berita ini.")]
    if target is None:
        message = f"Berita tujuan tautan {title} sudah dihapus permanen."
        return [_finding(index, link, "LINK_TARGET_PURGED", message, short="Tautan putus")]
    if target.trashed:
        message = f"Berita tujuan tautan {title} ada di tempat sampah."
        return [_finding(index, link, "LINK_TARGET_TRASHED", message, short="Tautan putus")]
    if target.status is Status.ARSIP:
        message = f"Berita tujuan tautan {title} sudah ditarik (arsip)."
        return [_finding(index, link, "LINK_TARGET_WITHDRAWN", message, short="Berita ditarik")]
    if target.status is not Status.TERBIT:
        message = f"Berita tujuan tautan {title} belum terbit (status: {target.status.label})."
        return [_finding(index, link, "LINK_TARGET_UNPUBLISHED", message, short="Belum terbit")]
    if fold(link.title.strip()) != fold(target.headline.strip()):
        message = f"Judul tautan {title} berbeda dari judul berita tujuan."
        return [
            _finding(
                index,
                link,
                "LINK_TITLE_CHANGED",
                message,
                level=Level.INFO,
                replacements=(target.headline,),
            )
        ]
    return []


def check_links(story: Story, targets: LinkTargets) -> list[Finding]:
    """Every problem with ``story.related``, in link order."""
    found: list[Finding] = []
    wanted = [link.story_id for link in story.related if link.story_id is not None]
    known = targets.get(wanted)
    seen: set[str] = set()
    for index, link in enumerate(story.related):
        key = f"s{link.story_id}" if link.story_id is not None else link.url.strip().rstrip("/")
        if key in seen:
            found.append(
                _finding(
                    index,
                    link,
                    "LINK_DUPLICATE",
                    f"Tautan “{link.title}” muncul lebih dari sekali.",
                    level=Level.WARNING,
                )
            )
        seen.add(key)
        if link.story_id is not None:
            found += _target_findings(index, link, known.get(link.story_id), story)
        else:
            problem = url_problem(link.url)
            if problem:
                message = f"Tautan “{link.title}”: {problem}"
                found.append(_finding(index, link, "LINK_URL_INVALID", message, short="URL salah"))
        if not link.title.strip():
            found.append(
                _finding(index, link, "LINK_TITLE_EMPTY", "Judul tautan kosong.", Level.WARNING)
            )
        if link.placement == "inline" and not (
            link.after_paragraph is not None
            and AFTER_LEAD <= link.after_paragraph < len(story.paragraphs)
        ):
            found.append(
                _finding(
                    index,
                    link,
                    "LINK_PLACEMENT",
                    f"Paragraf untuk tautan sisipan “{link.title}” tidak ada lagi; "
                    "tautan akan tampil di akhir berita.",
                    level=Level.WARNING,
                )
            )
    return found
