"""Review fixtures: the review services and four people on the desk, on both engines."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from redaksi.review.desk import Review, open_review
from redaksi.review.roles import Actor, Role
from redaksi.store.users import ensure_user
from redaksi.story.model import Paragraph, Story
from redaksi.story.status import Status


@dataclass(frozen=True)
class People:
    rina: Actor  # reporter, author of the stories made with ``draft``
    budi: Actor  # another reporter
    eka: Actor  # editor
    adi: Actor  # administrator


def _actor(store, username: str, name: str, role: Role) -> Actor:
    return Actor(ensure_user(store.sessions, username, name, role.value), username, name, role)


@pytest.fixture
def people(store) -> People:
    return People(
        rina=_actor(store, "rina", "Rina Wulandari", Role.REPORTER),
        budi=_actor(store, "budi", "Budi Santoso", Role.REPORTER),
        eka=_actor(store, "eka", "Eka Pratiwi", Role.EDITOR),
        adi=_actor(store, "adi", "Adi Nugroho", Role.ADMIN),
    )


@pytest.fixture
def review(store) -> Review:
    return open_review(store)


def sample(headline: str = "Banjir Rendam Ratusan Rumah di Bekasi") -> Story:
    return Story(
        headline=headline,
        lead="Banjir setinggi satu meter merendam ratusan rumah warga di Bekasi, Senin (23/3).",
        paragraphs=[
            Paragraph("Hujan deras mengguyur sejak Minggu malam."),
            Paragraph("“Air naik cepat sekali,” kata Siti, warga Jatiasih."),
        ],
        category="Metro",
    )


#: Moves (made by an admin) that bring a fresh draft to each status.
PATHS: dict[Status, list[Status]] = {
    Status.DRAF: [],
    Status.DIAJUKAN: [Status.DIAJUKAN],
    Status.DISUNTING: [Status.DIAJUKAN, Status.DISUNTING],
    Status.DIKEMBALIKAN: [Status.DIAJUKAN, Status.DIKEMBALIKAN],
    Status.DISETUJUI: [Status.DIAJUKAN, Status.DISUNTING, Status.DISETUJUI],
    Status.TERBIT: [Status.DIAJUKAN, Status.DISUNTING, Status.DISETUJUI, Status.TERBIT],
    Status.ARSIP: [Status.ARSIP],
}


@pytest.fixture
def story_in(review: Review, people: People):
    """Factory: a story by ``author`` (Rina unless given) brought to ``status`` by the admin."""

    def make(status: Status, author: Actor | None = None) -> Story:
        story = review.stories.create(author or people.rina, sample())
        for target in PATHS[status]:
            story = review.workflow.transition(people.adi, story.id, target, note="Catatan uji")
        assert story.status is status
        return story

    return make


@pytest.fixture
def new_story():
    """Factory for an unsaved sample story."""
    return sample
