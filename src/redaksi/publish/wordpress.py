"""Publish a story to WordPress through its REST API (``/wp-json/wp/v2``).

Order matters for never leaving a half-published story: every photo rendition is uploaded
first (each upload remembered as it succeeds, so a retry continues where it stopped), then
one post is created — or, when the story already carries a post id for this site, updated.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx

from redaksi.publish.article import ImageSet, LinkResolver, Source, build_article, external_link
from redaksi.publish.bundle import photo_base_name
from redaksi.publish.render import render_body
from redaksi.publish.site import SiteSettings
from redaksi.story.model import Photo, Story

PostStatus = Literal["draft", "publish"]
Progress = Callable[[str, int, int], None]
SaveState = Callable[[dict[str, Any]], None]
STATE_KEY = "wordpress"


class PublishError(Exception):
    """Publishing failed; the message says why in Indonesian and what to do."""


@dataclass(frozen=True)
class WordPressSettings:
    """Where and as whom to publish; the password lives in the keyring, not here."""

    site_url: str
    user: str
    default_category: str = ""
    default_status: PostStatus = "draft"
    timeout: float = 30.0


@dataclass
class PublishResult:
    """What WordPress returned."""

    post_id: int
    url: str
    status: str
    media_ids: dict[str, int] = field(default_factory=dict)
    created: bool = True


class WordPressClient:
    """A thin REST client that turns HTTP failures into clear Indonesian errors."""

    def __init__(self, settings: WordPressSettings, password: str) -> None:
        self._site = settings.site_url.rstrip("/")
        self._http = httpx.Client(
            base_url=f"{self._site}/wp-json/wp/v2",
            auth=(settings.user, password),
            timeout=settings.timeout,
            headers={"User-Agent": "Redaksi"},
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """One API call; returns the decoded JSON body."""
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as error:
            raise PublishError(
                f"Situs {self._site} tidak menjawab dalam batas waktu. Coba lagi nanti."
            ) from error
        except httpx.HTTPError as error:
            raise PublishError(
                f"Situs {self._site} tidak dapat dihubungi ({error.__class__.__name__})."
            ) from error
        if response.status_code in (401, 403):
            raise PublishError(
                "WordPress menolak akses: nama pengguna atau kata sandi aplikasi salah, "
                "atau pengguna tidak berhak menerbitkan."
            )
        if response.status_code >= 400:
            try:
                detail = response.json().get("message", "")
            except ValueError:
                detail = response.text[:200]
            raise PublishError(f"WordPress menjawab galat {response.status_code}: {detail}")
        try:
            return response.json()
        except ValueError as error:
            raise PublishError(f"Jawaban {self._site} bukan API WordPress.") from error

    def term_id(self, taxonomy: str, name: str) -> int:
        """Id of the tag or category ``name``, created when missing."""
        for term in self.request("GET", f"/{taxonomy}", params={"search": name, "per_page": 100}):
            if term["name"].casefold() == name.casefold():
                return int(term["id"])
        return int(self.request("POST", f"/{taxonomy}", json={"name": name})["id"])

    def upload(self, path: Path, mime: str, photo: Photo) -> dict[str, Any]:
        """Upload one file and set its caption, alt text and credit."""
        media = self.request(
            "POST",
            "/media",
            content=path.read_bytes(),
            headers={
                "Content-Type": mime,
                "Content-Disposition": f'attachment; filename="{path.name}"',
            },
        )
        caption = f"{photo.caption} {photo.credit}".strip()
        return self.request(
            "POST",
            f"/media/{media['id']}",
            json={
                "caption": caption,
                "alt_text": photo.alt_text,
                "description": f"Kredit: {photo.credit}" if photo.credit else "",
                "title": photo.caption[:120] or path.stem,
            },
        )


def publish_story(
    story: Story,
    settings: WordPressSettings,
    password: str,
    photo_bytes: Callable[[str], bytes] | None = None,
    status: PostStatus | None = None,
    site: SiteSettings | None = None,
    resolve_link: LinkResolver = external_link,
    progress: Progress | None = None,
    save_state: SaveState | None = None,
) -> PublishResult:
    """Publish ``story``; its ``extra["wordpress"]`` is updated in place with ids and URL.

    ``save_state`` is called after every successful upload with the state to persist, so a
    publish interrupted half-way resumes without uploading the same file twice.
    """
    site = site or SiteSettings()
    status = status or settings.default_status
    state = _state_for(story, settings.site_url)
    client = WordPressClient(settings, password)
    try:
        images = _upload_photos(client, story, state, photo_bytes, progress, save_state)
        view = build_article(story, site, images, resolve_link)
        payload: dict[str, Any] = {
            "title": story.headline,
            "content": render_body(view, site.template_path, with_lead_image=False),
            "excerpt": story.lead,
            "status": status,
            "slug": story.slug,
            "tags": [client.term_id("tags", tag) for tag in story.tags],
        }
        category = story.category or settings.default_category
        if category:
            payload["categories"] = [client.term_id("categories", category)]
        lead = view.lead_image
        if lead is not None:
            payload["featured_media"] = state["media"][_media_key(lead.photo, lead.largest.src)]
        _report(progress, "Mengirim tulisan", 1, 1)
        post_id = state.get("post_id")
        if post_id:
            post = client.request("POST", f"/posts/{post_id}", json=payload)
        else:
            post = client.request("POST", "/posts", json=payload)
        state.update({"post_id": int(post["id"]), "url": post["link"], "status": post["status"]})
        story.extra[STATE_KEY] = state
        if save_state:
            save_state(state)
        return PublishResult(
            int(post["id"]), post["link"], post["status"], dict(state["media"]), not post_id
        )
    finally:
        client.close()


def _state_for(story: Story, site_url: str) -> dict[str, Any]:
    state = dict(story.extra.get(STATE_KEY) or {})
    if state.get("site") != site_url.rstrip("/"):
        state = {"site": site_url.rstrip("/")}
    state.setdefault("media", {})
    state["media"] = dict(state["media"])
    return state


def _media_key(photo: Photo, src: str) -> str:
    return f"{photo.sha256}:{Path(src).name}"


def _report(progress: Progress | None, what: str, done: int, total: int) -> None:
    if progress:
        progress(what, done, total)


def _upload_photos(
    client: WordPressClient,
    story: Story,
    state: dict[str, Any],
    photo_bytes: Callable[[str], bytes] | None,
    progress: Progress | None,
    save_state: SaveState | None,
) -> list[ImageSet]:
    photos = [p for p in story.photos if p.sha256]
    if not photos:
        return []
    if photo_bytes is None:
        raise PublishError("Foto tidak dapat dibaca dari basis data.")
    from redaksi.media.renditions import make_renditions

    images: list[ImageSet] = []
    urls: dict[str, str] = state.setdefault("urls", {})
    with tempfile.TemporaryDirectory(prefix="redaksi-wp-") as tmp:
        made = [
            (
                photo,
                make_renditions(
                    photo_bytes(photo.sha256 or ""),
                    photo_base_name(story.slug, n),
                    Path(tmp),
                    credit=photo.credit,
                    photographer=photo.photographer,
                ),
            )
            for n, photo in enumerate(photos, start=1)
        ]
        total = sum(len(renditions) for _, renditions in made)
        done = 0
        for photo, renditions in made:
            sources = []
            for rendition in renditions:
                key = _media_key(photo, rendition.path.name)
                if key not in state["media"]:
                    media = client.upload(rendition.path, rendition.mime, photo)
                    state["media"][key] = int(media["id"])
                    urls[key] = media["source_url"]
                    if save_state:
                        save_state(state)
                done += 1
                _report(progress, "Mengunggah foto", done, total)
                sources.append(Source(urls[key], rendition.width, rendition.height, rendition.mime))
            images.append(ImageSet(photo, tuple(sources)))
    return images
