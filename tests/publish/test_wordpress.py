"""Publishing to a real WordPress on loopback: create, read back, update, no duplicates."""

from __future__ import annotations

import json

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
        found = api.get(
            "/posts", params={"search": "Semarang", "status": "publish", "per_page": 100}
        ).json()
        # The site is shared by the session's tests: look only at posts with this new title
        # (a duplicate would carry it too, and the first post would keep the old one).
        posts = [
            p
            for p in found
            if p["title"]["rendered"].startswith("Semarang Tambah 12 Pompa, Rob Surut")
        ]
        assert [p["id"] for p in posts] == [first.post_id]


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


def _story_with_photos(sqlite_url: str):
    from redaksi.media.library import PhotoLibrary
    from redaksi.store.store import open_store
    from tests.photo_factory import agency_jpeg

    store = open_store(sqlite_url)
    library = PhotoLibrary(store)
    story = sample_story()
    story.slug = "pompa-dengan-foto"
    for n in range(2):
        photo = library.import_bytes(agency_jpeg((1800, 1200)), f"foto-{n}.jpg")
        photo.caption = f"POMPA – Pompa nomor {n + 1}."
        photo.credit = "FOTO: ANTARA/Dewi"
        photo.alt_text = f"Pompa air nomor {n + 1}"
        photo.is_lead = n == 1
        story.photos.append(photo)
    return store, library, story


def test_photos_uploaded_with_caption_alt_and_featured(wordpress, sqlite_url) -> None:
    store, library, story = _story_with_photos(sqlite_url)
    settings = _settings(wordpress)
    result = publish_story(story, settings, wordpress.application_password, library.data)
    with wordpress.api() as api:
        post = api.get(f"/posts/{result.post_id}", params={"context": "edit"}).json()
        featured = api.get(f"/media/{post['featured_media']}", params={"context": "edit"}).json()
        assert featured["alt_text"] == "Pompa air nomor 2"
        assert "FOTO: ANTARA/Dewi" in featured["caption"]["raw"]
        assert featured["media_details"]["width"] == 1600
        assert "<picture>" in post["content"]["raw"] and "Pompa nomor 1" in post["content"]["raw"]
        media_before = {m["id"] for m in api.get("/media", params={"per_page": 100}).json()}
        assert set(result.media_ids.values()) <= media_before
    again = publish_story(story, settings, wordpress.application_password, library.data)
    assert again.post_id == result.post_id and not again.created
    with wordpress.api() as api:
        media_after = {m["id"] for m in api.get("/media", params={"per_page": 100}).json()}
        assert media_after == media_before  # nothing uploaded twice
    store.close()


def test_interrupted_upload_resumes_without_duplicates_or_orphans(wordpress, sqlite_url) -> None:
    store, library, story = _story_with_photos(sqlite_url)
    story.slug = "pompa-terputus"
    story.headline = "Unggahan Terputus di Tengah Jalan"
    saved: list[dict] = []

    class Interrupted(Exception):
        pass

    def crash_after_three(state: dict) -> None:
        saved.append(json.loads(json.dumps(state)))
        if len(state["media"]) == 3:
            raise Interrupted

    with pytest.raises(Interrupted):
        publish_story(
            story,
            _settings(wordpress),
            wordpress.application_password,
            library.data,
            save_state=crash_after_three,
        )
    with wordpress.api() as api:
        assert api.get("/posts", params={"search": "Unggahan Terputus"}).json() == []
    story.extra["wordpress"] = saved[-1]  # what the desk had persisted
    uploads: list[int] = []
    result = publish_story(
        story,
        _settings(wordpress),
        wordpress.application_password,
        library.data,
        save_state=lambda state: uploads.append(len(state["media"])),
    )
    total = len(result.media_ids)
    assert uploads[0] == 4 and total == 12  # 2 photos x 3 widths x 2 formats; 3 were done
    with wordpress.api() as api:
        posts = api.get("/posts", params={"search": "Unggahan Terputus"}).json()
        assert [p["id"] for p in posts] == [result.post_id]
    store.close()
