"""Library "Baca juga" links get the target's canonical address in an export."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from redaksi.links.targets import LinkTargets
from redaksi.publish.bundle import export_bundle
from redaksi.publish.library_links import library_resolver
from redaksi.publish.site import SiteSettings
from redaksi.story.model import Paragraph, RelatedLink, Story
from redaksi.story.status import Status

SITE = SiteSettings(base_url="https://warta.example.id")


def test_library_links_resolve_to_published_targets_only(store, tmp_path: Path) -> None:
    def create(headline: str, status: Status) -> Story:
        return store.stories.create(Story(headline=headline, status=status))

    published = create("Pompa baru dipasang di Tanjung Mas", Status.TERBIT)
    draft = create("Anggaran pompa belum disetujui", Status.DRAF)
    trashed = create("Tanggul lama jebol", Status.TERBIT)
    store.stories.delete(trashed.id)
    story = Story(
        headline="Semarang tambah pompa",
        slug="semarang-tambah-pompa",
        paragraphs=[Paragraph("Satu."), Paragraph("Dua."), Paragraph("Tiga.")],
        related=[
            RelatedLink("Pompa baru", story_id=published.id, placement="inline", after_paragraph=1),
            RelatedLink("Anggaran", story_id=draft.id, placement="inline", after_paragraph=0),
            RelatedLink("Tanggul", story_id=trashed.id),
            RelatedLink("Peta rob", url="https://contoh.id/peta"),
            RelatedLink("Hilang", story_id=999_999),
        ],
    )
    resolve = library_resolver(LinkTargets(store.sessions), SITE, story)
    views = [resolve(link) for link in story.related]
    assert views[0] is not None
    assert views[0].url == f"https://warta.example.id/berita/{published.slug}"
    assert views[0].title == "Pompa baru"
    assert views[1] is None and views[2] is None and views[4] is None
    assert views[3] is not None and views[3].url == "https://contoh.id/peta"
    html = export_bundle(story, tmp_path / "out", SITE, resolve_link=resolve).index
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    asides = soup.select("aside.baca-juga a")
    assert [a["href"] for a in asides] == [views[0].url]
    paragraph = asides[0].find_parent("aside").find_previous_sibling("p")
    assert paragraph is not None and paragraph.get_text() == "Dua."
