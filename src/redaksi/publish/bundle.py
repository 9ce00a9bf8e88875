"""Write the export bundle: ``index.html``, the stylesheet, photo renditions, ``story.json``.

The bundle is assembled in a staging folder next to the target and moved into place only
when complete, so a failed export never leaves half a bundle behind.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redaksi.publish.article import ImageSet, LinkResolver, Source, build_article, external_link
from redaksi.publish.render import STYLESHEET, render_article, stylesheet_text
from redaksi.publish.site import SiteSettings
from redaksi.story.model import Story
from redaksi.story.serialize import story_to_dict
from redaksi.story.slug import slugify

PHOTO_DIR = "foto"
PhotoBytes = Callable[[str], bytes]


@dataclass(frozen=True)
class ExportResult:
    """Where the bundle went and how big it is."""

    folder: Path
    index: Path
    files: tuple[Path, ...]
    zip_path: Path | None

    @property
    def total_bytes(self) -> int:
        """Size of every file in the bundle."""
        return sum(path.stat().st_size for path in self.files)


def _renditions(story: Story, staging: Path, photo_bytes: PhotoBytes | None) -> list[ImageSet]:
    images: list[ImageSet] = []
    photos = [p for p in story.photos if p.sha256]
    if not photos:
        return images
    if photo_bytes is None:
        raise ValueError("Ekspor foto memerlukan akses ke berkas foto.")
    from redaksi.media.renditions import make_renditions

    target = staging / PHOTO_DIR
    target.mkdir(parents=True, exist_ok=True)
    for number, photo in enumerate(photos, start=1):
        made = make_renditions(
            photo_bytes(photo.sha256 or ""),
            photo_base_name(story.slug, number),
            target,
            credit=photo.credit,
            photographer=photo.photographer,
        )
        sources = tuple(
            Source(f"{PHOTO_DIR}/{r.path.name}", r.width, r.height, r.mime) for r in made
        )
        images.append(ImageSet(photo, sources))
    return images


def photo_base_name(slug: str, number: int, limit: int = 48) -> str:
    """``<slug>-<n>`` with the slug cut at a word so the photo number always survives."""
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return f"{slug}-{number}"


def structured_story(story: Story, canonical_url: str, images: Sequence[ImageSet]) -> dict:
    """``story.json``: the story for a CMS, without desk-internal fields."""
    data: dict[str, Any] = story_to_dict(story)
    for private in ("ignored_words", "extra", "author_id", "version"):
        data.pop(private, None)
    data["canonical_url"] = canonical_url
    by_photo = {id(image.photo): image for image in images}
    for raw, photo in zip(data["photos"], story.photos, strict=True):
        raw.pop("metadata", None)
        image = by_photo.get(id(photo))
        raw["renditions"] = (
            [
                {"src": s.src, "width": s.width, "height": s.height, "mime": s.mime}
                for s in image.sources
            ]
            if image
            else []
        )
    return data


def export_bundle(
    story: Story,
    out_dir: Path,
    site: SiteSettings | None = None,
    photo_bytes: PhotoBytes | None = None,
    resolve_link: LinkResolver = external_link,
    make_zip: bool = False,
) -> ExportResult:
    """Export ``story`` into ``out_dir`` (created or refreshed) and optionally zip it."""
    site = site or SiteSettings()
    if not story.slug:
        story.slug = slugify(story.headline)
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".redaksi-ekspor-", dir=out_dir.parent))
    try:
        images = _renditions(story, staging, photo_bytes)
        view = build_article(story, site, images, resolve_link)
        (staging / "index.html").write_text(
            render_article(view, site.template_path), encoding="utf-8"
        )
        (staging / STYLESHEET).write_text(stylesheet_text(site.template_path), encoding="utf-8")
        (staging / "story.json").write_text(
            json.dumps(
                structured_story(story, view.canonical_url, images), ensure_ascii=False, indent=2
            ),
            encoding="utf-8",
        )
        if out_dir.exists():
            shutil.rmtree(out_dir)
        staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    files = tuple(sorted(p for p in out_dir.rglob("*") if p.is_file()))
    zip_path = _zip(out_dir, files) if make_zip else None
    return ExportResult(out_dir, out_dir / "index.html", files, zip_path)


def _zip(folder: Path, files: Sequence[Path]) -> Path:
    target = folder.with_suffix(".zip")
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, path.relative_to(folder).as_posix())
    return target
