"""Export with real photos: picture/srcset renditions, alt text, credit, no GPS leaks."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from PIL import Image

from redaksi.cli import main
from redaksi.media.library import PhotoLibrary
from redaksi.publish.bundle import export_bundle
from redaksi.publish.site import SiteSettings
from redaksi.resources import resource
from redaksi.store.seed import sample_story
from redaksi.store.store import open_store
from tests.photo_factory import agency_jpeg
from tests.publish.test_export import needs_vnu
from tests.publish.vnu import validate


@needs_vnu
def test_photos_become_picture_with_renditions_and_no_gps(sqlite_url: str, tmp_path: Path) -> None:
    store = open_store(sqlite_url)
    library = PhotoLibrary(store)
    story = sample_story()
    for n in range(2):
        photo = library.import_bytes(agency_jpeg((2400, 1600)), f"foto-{n}.jpg")
        photo.caption = f"POMPA – Pompa baru nomor {n + 1} di Tanjung Mas."
        photo.credit = "FOTO: ANTARA/Dewi"
        photo.alt_text = f"Pompa air biru nomor {n + 1} di tepi kanal"
        photo.is_lead = n == 0
        story.photos.append(photo)
    result = export_bundle(story, tmp_path / "b", SiteSettings(), library.data)
    assert validate(result.index) == []
    soup = BeautifulSoup(result.index.read_text(encoding="utf-8"), "html.parser")
    figures = soup.find_all("figure")
    assert len(figures) == 2
    img = figures[0].find("img")
    assert img["alt"] == "Pompa air biru nomor 1 di tepi kanal"
    assert "1600w" in img["srcset"] and "640w" in img["srcset"]
    assert figures[0].find("source")["type"] == "image/webp"
    assert "FOTO: ANTARA/Dewi" in figures[0].find("figcaption").get_text()
    og_image = soup.find("meta", property="og:image")["content"]
    assert og_image.endswith("-1-1600.jpg"), "the lead photo is the social card"
    ld = json.loads(soup.find("script", type="application/ld+json").string)
    assert len(ld["image"]) == 2
    for path in result.files:
        if path.suffix in (".jpg", ".webp"):
            with Image.open(path) as image:
                assert 34853 not in image.getexif()  # GPSInfo
                assert image.width <= 1600
    data = json.loads((result.folder / "story.json").read_text(encoding="utf-8"))
    assert data["photos"][0]["renditions"][0]["width"] == 1600
    assert "metadata" not in data["photos"][0]
    store.close()


@needs_vnu
def test_messy_pasted_draft_exports_clean(tmp_path: Path, sqlite_url: str, capsys) -> None:
    draft = resource("sample", "draf-tempelan.txt")
    out = tmp_path / "paket"
    code = main(["--database", sqlite_url, "export", str(draft), "--out", str(out)])
    err = capsys.readouterr().err
    if code == 1:  # not ready: the pasted caption has no alt text, the related line no URL
        assert "belum siap" in err and "Ribuan Warga Sipil" in err
        code = main(
            [
                "--database",
                sqlite_url,
                "export",
                str(draft),
                "--out",
                str(out),
                "--paksa",
                "--alasan",
                "uji ekspor naskah tempelan",
            ]
        )
    assert code == 0, err
    html = (out / "index.html").read_text(encoding="utf-8")
    assert validate(out / "index.html") == []
    for debris in ("Be the first to comment", "Leave a Reply", "Lihat Juga :"):
        assert debris not in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("h1").get_text().strip()
    assert soup.find("span", class_="dateline") is not None
    # A related line without an address cannot become a link: never a dead <a>.
    assert all(a.get("href") for a in soup.find_all("a"))
