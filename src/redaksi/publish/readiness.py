"""Is a story ready to publish?  Export refuses a story with problems unless overridden.

The problems are the ones a desk editor checks before pressing publish: open error-level
findings, a photo lacking credit or alt text, a broken related link, a missing dateline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from redaksi.language.findings import Finding, Level
from redaksi.publish.sanitize import safe_url
from redaksi.story.model import RelatedLink, Story

LinkProblem = Callable[[RelatedLink], str | None]


@dataclass(frozen=True)
class Problem:
    """One reason the story is not ready, in words an editor understands."""

    code: str
    message: str


class NotReady(Exception):
    """Export refused: the story has problems and no override was given."""

    def __init__(self, problems: list[Problem]) -> None:
        lines = "\n".join(f"- {p.message}" for p in problems)
        super().__init__(f"Berita belum siap diterbitkan:\n{lines}")
        self.problems = problems


def external_link_problem(link: RelatedLink) -> str | None:
    """A link with neither a library story nor an http(s) URL is broken."""
    if link.story_id is not None:
        return None
    if not safe_url(link.url, {"http", "https"}):
        return f"Tautan terkait “{link.title or link.url}” tidak sah (harus http atau https)."
    return None


def readiness_problems(
    story: Story,
    findings: Iterable[Finding] = (),
    link_problem: LinkProblem = external_link_problem,
) -> list[Problem]:
    """Every reason ``story`` is not ready; an empty list means it may be exported."""
    problems: list[Problem] = []
    if not story.headline.strip():
        problems.append(Problem("headline", "Judul berita kosong."))
    if not story.dateline:
        problems.append(Problem("dateline", "Berita belum memiliki dateline (tempat dan media)."))
    errors = [f for f in findings if f.level is Level.ERROR]
    if errors:
        sample = ", ".join(sorted({f.message for f in errors})[:3])
        problems.append(
            Problem("findings", f"Masih ada {len(errors)} temuan tingkat galat: {sample}")
        )
    for number, photo in enumerate(story.photos, start=1):
        if not photo.credit.strip():
            problems.append(Problem("photo-credit", f"Foto {number} belum memiliki kredit."))
        if not photo.alt_text.strip():
            problems.append(
                Problem("photo-alt", f"Foto {number} belum memiliki teks alternatif (alt).")
            )
    for link in story.related:
        message = link_problem(link)
        if message:
            problems.append(Problem("link", message))
    return problems
