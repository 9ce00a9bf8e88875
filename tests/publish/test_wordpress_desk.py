"""What the workstation's WordPress commands rest on, without Qt: site settings, the
connection test against the real WordPress, the publish state kept on the story."""

from __future__ import annotations

import socket

import pytest

from redaksi.publish.credentials import CredentialStore
from redaksi.publish.wordpress import WordPressSettings, publish_story
from redaksi.publish.wordpress_check import check_connection
from redaksi.publish.wordpress_settings import (
    SiteSettingsError,
    load_wordpress_settings,
    normalise_site_url,
    save_wordpress_settings,
    validated,
)
from redaksi.publish.wordpress_state import PublishStateKeeper, published_state
from redaksi.review.errors import PermissionDenied
from redaksi.review.permissions import (
    StoryFacts,
    require_manage_site_settings,
    require_publish_online,
    require_site_password,
)
from redaksi.review.roles import Actor, Role
from redaksi.store.settings import SettingsStore
from redaksi.story.status import Status


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("situs.example", "https://situs.example"),
        ("  https://situs.example/  ", "https://situs.example"),
        ("http://127.0.0.1:8080/blog/", "http://127.0.0.1:8080/blog"),
    ],
)
def test_site_url_is_normalised(typed: str, expected: str) -> None:
    assert normalise_site_url(typed) == expected


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "belum diisi"),
        ("ftp://situs.example", "bukan alamat situs yang sah"),
        ("https://situs.example/?p=1", "tidak boleh memuat"),
        ("https://situs example", "tidak boleh memuat"),
    ],
)
def test_bad_site_url_says_why(typed: str, reason: str) -> None:
    with pytest.raises(SiteSettingsError, match=reason):
        normalise_site_url(typed)


def test_settings_round_trip_without_a_password(store) -> None:
    settings = SettingsStore(store.sessions)
    assert load_wordpress_settings(settings) is None
    site = validated("situs.example/", " redaktur ", "Regional", "publish")
    save_wordpress_settings(settings, site)
    assert load_wordpress_settings(settings) == WordPressSettings(
        "https://situs.example", "redaktur", "Regional", "publish"
    )
    assert "password" not in str(settings.get("wordpress")).lower()
    with pytest.raises(SiteSettingsError, match="pengguna WordPress belum diisi"):
        validated("situs.example", "  ")


def test_unknown_default_status_falls_back_to_draft(store) -> None:
    settings = SettingsStore(store.sessions)
    settings.put("wordpress", {"site_url": "https://s.example", "user": "u", "default_status": "x"})
    assert load_wordpress_settings(settings).default_status == "draft"


def test_who_may_publish_and_manage_the_site() -> None:
    reporter, editor, admin = (Actor(n, f"u{n}", "", role) for n, role in enumerate(Role))
    approved = StoryFacts(1, 0, Status.DISETUJUI)
    for role in (editor, admin):
        require_publish_online(role, approved)
        require_site_password(role)
    with pytest.raises(PermissionDenied, match="Hanya redaktur"):
        require_publish_online(reporter, approved)
    with pytest.raises(PermissionDenied, match="dikirim ke situs"):
        require_publish_online(editor, StoryFacts(1, 0, Status.DISUNTING))
    with pytest.raises(PermissionDenied):
        require_site_password(reporter)
    require_manage_site_settings(admin)
    with pytest.raises(PermissionDenied, match="administrator"):
        require_manage_site_settings(editor)


def test_password_survives_a_new_credential_store(desk_keyring) -> None:
    first = CredentialStore()
    assert first.keyring_available()
    assert first.set_password("https://situs.example/", "dewi", "abcd efgh")
    assert CredentialStore().get_password("https://situs.example", "dewi") == "abcd efgh"
    assert "abcd efgh" in desk_keyring.path.read_text()
    CredentialStore().delete_password("https://situs.example", "dewi")
    assert CredentialStore().get_password("https://situs.example", "dewi") is None


def test_connection_ok_wrong_password_and_down(wordpress) -> None:
    site = WordPressSettings(wordpress.url, wordpress.user)
    ok = check_connection(site, wordpress.application_password)
    assert ok.ok and "Tersambung sebagai" in ok.message
    wrong = check_connection(site, "salah salah salah salah")
    assert not wrong.ok and "kata sandi aplikasi salah" in wrong.message
    missing = check_connection(site, "")
    assert not missing.ok and "belum diisi" in missing.message


def test_connection_to_a_site_that_is_down() -> None:
    with socket.socket() as sock:  # a port that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    report = check_connection(WordPressSettings(f"http://127.0.0.1:{port}", "x"), "x")
    assert not report.ok and "tidak dapat dihubungi" in report.message


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_state_writes_are_coalesced_and_keep_other_desks_words(store) -> None:
    from redaksi.store.seed import sample_story

    saved = store.stories.create(sample_story())
    clock = Clock()
    seen = []
    keeper = PublishStateKeeper(
        store.stories, saved.id, interval=1.0, on_saved=seen.append, clock=clock
    )
    keeper({"site": "s", "media": {"a": 1}})  # first write goes through at once
    keeper({"site": "s", "media": {"a": 1, "b": 2}})  # within the interval: held back
    assert keeper.writes == 1
    other = store.stories.load(saved.id)  # another desk saves words meanwhile
    other.headline = "Judul dari meja lain"
    store.stories.save(other)
    clock.now += 1.5
    state = {"site": "s", "media": {"a": 1, "b": 2, "c": 3}}
    keeper(state)
    state["media"]["d"] = 4  # the core goes on mutating its dict: the write is a copy
    assert keeper.flush("selesai") is None  # nothing pending
    final = store.stories.load(saved.id)
    assert final.headline == "Judul dari meja lain"
    assert published_state(final)["media"] == {"a": 1, "b": 2, "c": 3}
    assert [s.version for s in seen] == [2, 4]
    assert keeper.writes == 2


def test_flush_writes_what_was_held_back(store) -> None:
    from redaksi.store.seed import sample_story

    saved = store.stories.create(sample_story())
    clock = Clock()
    keeper = PublishStateKeeper(store.stories, saved.id, interval=60, clock=clock)
    keeper({"media": {"a": 1}})
    keeper({"media": {"a": 1, "b": 2}})
    written = keeper.flush("WordPress: pengiriman terhenti")
    assert published_state(written)["media"] == {"a": 1, "b": 2}
    assert published_state(store.stories.load(saved.id)) == {"media": {"a": 1, "b": 2}}


def test_the_post_result_waits_for_the_final_note(store) -> None:
    from redaksi.store.seed import sample_story

    saved = store.stories.create(sample_story())
    keeper = PublishStateKeeper(store.stories, saved.id, interval=0, initial={"media": {"a": 1}})
    keeper({"media": {"a": 1, "b": 2}})  # an upload: written at once (interval 0)
    keeper({"media": {"a": 1, "b": 2}, "post_id": 7, "url": "https://s.example/p"})
    assert keeper.writes == 1  # the post's result is not an upload
    keeper.flush("Dikirim ke WordPress (draft): https://s.example/p")
    assert published_state(store.stories.load(saved.id))["post_id"] == 7
    notes = [r.note for r in store.stories.revisions(saved.id)]
    assert notes[:2] == [
        "Dikirim ke WordPress (draft): https://s.example/p",
        "WordPress: foto diunggah",
    ]


def test_publish_through_the_keeper_records_post_on_the_story(wordpress, sqlite_url) -> None:
    from redaksi.store.seed import sample_story
    from redaksi.store.store import open_store

    store = open_store(sqlite_url)
    story = store.stories.create(sample_story())
    story.slug = "lewat-penjaga-status"
    keeper = PublishStateKeeper(store.stories, story.id)
    settings = WordPressSettings(wordpress.url, wordpress.user)
    result = publish_story(story, settings, wordpress.application_password, save_state=keeper)
    keeper.flush("selesai")
    stored = published_state(store.stories.load(story.id))
    assert stored["post_id"] == result.post_id and stored["url"] == result.url
    assert stored["status"] == "draft"
    store.close()
