"""Publishing to a real WordPress on loopback: create, read back, update, no duplicates."""

from __future__ import annotations

import pytest

from redaksi.publish.credentials import CredentialStore
from redaksi.publish.wordpress import PublishError, WordPressSettings, publish_story
from redaksi.store.seed import sample_story


def _settings(site, **overrides) -> WordPressSettings:
    values = {"site_url": site.url, "user": site.user, "default_status": "publish"}
    values.update(overrides)
    return WordPressSettings(**values)


def test_publish_then_update_same_post(wordpress) -> None:
    story = sample_story()
    first = publish_story(story, _settings(wordpress), wordpress.application_password)
    assert first.created and first.status == "publish"
    assert story.extra["wordpress"]["post_id"] == first.post_id
    with wordpress.api() as api:
        post = api.get(f"/posts/{first.post_id}", params={"context": "edit"}).json()
        assert post["title"]["raw"] == story.headline
        assert post["excerpt"]["raw"] == story.lead
        assert "SEMARANG, Redaksi –" in post["content"]["raw"]
        tags = {
            t["name"]
            for t in api.get("/tags", params={"include": ",".join(map(str, post["tags"]))}).json()
        }
        assert tags == set(story.tags)
        category = api.get(f"/categories/{post['categories'][0]}").json()
        assert category["name"] == "Regional"

    story.headline = "Semarang Tambah 12 Pompa, Rob Surut dalam 12 Jam"
    second = publish_story(story, _settings(wordpress), wordpress.application_password)
    assert not second.created and second.post_id == first.post_id
    with wordpress.api() as api:
        posts = api.get("/posts", params={"search": "Semarang", "status": "publish"}).json()
        assert [p["id"] for p in posts] == [first.post_id]
        assert posts[0]["title"]["rendered"].startswith("Semarang Tambah 12 Pompa, Rob Surut")


def test_draft_status_is_respected(wordpress) -> None:
    story = sample_story()
    story.slug = "draf-uji"
    result = publish_story(
        story, _settings(wordpress, default_status="draft"), wordpress.application_password
    )
    assert result.status == "draft"


def test_wrong_password_is_a_clear_error(wordpress) -> None:
    with pytest.raises(PublishError, match="kata sandi aplikasi salah"):
        publish_story(sample_story(), _settings(wordpress), "salah salah salah salah")


def test_site_down_is_a_clear_error() -> None:
    settings = WordPressSettings(site_url="http://127.0.0.1:9", user="x", timeout=3)
    with pytest.raises(PublishError, match="tidak dapat dihubungi"):
        publish_story(sample_story(), settings, "x")


def test_credentials_never_touch_the_database(store) -> None:
    credentials = CredentialStore()
    credentials.set_password("https://situs.example", "dewi", "abcd efgh")
    assert credentials.get_password("https://situs.example/", "dewi") == "abcd efgh"
    from sqlalchemy import text

    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM settings")).scalar() == 0
