"""Photos stored in the database and attached to stories, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from redaksi.media.errors import CorruptImage, FileTooLarge, UnreadableFile, WrongExtension
from redaksi.media.library import PhotoLibrary, read_photo_file
from redaksi.media.opening import MAX_FILE_BYTES
from redaksi.media.thumbnails import THUMBNAIL_EDGE
from redaksi.paths import cache_dir
from redaksi.store.errors import VersionConflict
from redaksi.store.models import PhotoBlobRow
from redaksi.store.photo_blobs import PhotoBlobNotFound
from redaksi.story.model import Story
from tests.photo_factory import agency_jpeg, jpeg_bytes, png_bytes


def _blob_count(store) -> int:
    with store.sessions.begin() as session:
        return session.scalar(select(func.count()).select_from(PhotoBlobRow)) or 0


def _story(store) -> Story:
    return store.stories.create(Story(headline="Banjir Rendam Kampung Melayu"))


def test_import_stores_once_and_prefills(store) -> None:
    library = PhotoLibrary(store)
    data = agency_jpeg()
    photo = library.import_bytes(data, "antara-banjir.jpg")
    again = library.import_bytes(data, "salinan.jpg")
    assert photo.sha256 == again.sha256 and _blob_count(store) == 1
    assert library.data(photo.sha256) == data
    assert (photo.width, photo.height, photo.mime) == (1200, 800, "image/jpeg")
    assert photo.filename == "antara-banjir.jpg"
    assert photo.credit == "FOTO: ANTARA FOTO/Hafidz Mubarak"
    assert photo.caption.startswith("BANJIR – Warga")
    thumb = library.thumbnails.cached(photo.sha256)
    assert thumb is not None and thumb.is_relative_to(cache_dir())
    with Image.open(thumb) as image:
        assert max(image.size) == THUMBNAIL_EDGE and image.format == "JPEG"


def test_refused_photo_stores_nothing(store) -> None:
    library = PhotoLibrary(store)
    data = agency_jpeg()
    with pytest.raises(CorruptImage):
        library.import_bytes(data[: len(data) // 2], "potong.jpg")
    with pytest.raises(WrongExtension):
        library.import_bytes(png_bytes(), "foto.jpg")
    assert _blob_count(store) == 0
    assert not (cache_dir() / "thumbnails").exists() or not any(
        (cache_dir() / "thumbnails").rglob("*.jpg")
    )


def test_editor_flow_round_trip(store) -> None:
    library = PhotoLibrary(store)
    story = _story(store)
    story.photos.append(library.import_bytes(agency_jpeg(), "a.jpg"))
    story.photos.append(library.import_bytes(png_bytes(), "b.png"))
    saved = store.stories.save(story)
    loaded = store.stories.load(saved.id)
    assert [p.filename for p in loaded.photos] == ["a.jpg", "b.png"]
    assert library.data(loaded.photos[1].sha256) == png_bytes()
    assert loaded.photos[0].metadata["camera_model"] == "Canon EOS R5"


def test_attach_is_one_transaction_with_a_revision(store) -> None:
    library = PhotoLibrary(store)
    story = _story(store)
    first = library.attach(story.id, agency_jpeg(), "a.jpg", expected_version=story.version)
    assert first.version == story.version + 1
    assert len(first.photos) == 1 and first.photos[0].is_lead and first.photos[0].id
    second = library.attach(story.id, jpeg_bytes((640, 480)), "b.jpg")
    assert [p.is_lead for p in second.photos] == [True, False]
    assert store.stories.revisions(story.id)[0].note == "Foto ditambahkan"
    assert store.stories.load(story.id).photos == second.photos


def test_attach_with_stale_version_changes_nothing(store) -> None:
    library = PhotoLibrary(store)
    story = _story(store)
    library.attach(story.id, agency_jpeg(), "a.jpg")
    with pytest.raises(VersionConflict):
        library.attach(story.id, png_bytes(), "b.png", expected_version=story.version)
    assert _blob_count(store) == 1
    with pytest.raises(CorruptImage):
        library.attach(story.id, agency_jpeg()[:3000], "c.jpg")
    current = store.stories.load(story.id)
    assert current.version == story.version + 1 and len(current.photos) == 1


def test_reorder_lead_and_remove(store) -> None:
    library = PhotoLibrary(store)
    story = _story(store)
    for size in ((300, 200), (400, 300), (500, 400)):
        story = library.attach(story.id, jpeg_bytes(size), f"{size[0]}.jpg")
    ids = [p.id for p in story.photos]
    story = library.reorder(story.id, [ids[2], ids[0], ids[1]])
    assert [p.filename for p in story.photos] == ["500.jpg", "300.jpg", "400.jpg"]
    assert story.photos[1].is_lead  # the lead stays with its photo, not its place
    story = library.set_lead(story.id, ids[2])
    assert [p.is_lead for p in story.photos] == [True, False, False]
    story = library.remove(story.id, ids[2])
    assert [p.filename for p in story.photos] == ["300.jpg", "400.jpg"]
    assert story.photos[0].is_lead
    with pytest.raises(ValueError):
        library.reorder(story.id, [ids[0]])
    assert store.stories.load(story.id).version == story.version


def test_thumbnail_regenerates_from_the_database(store, tmp_path: Path) -> None:
    from redaksi.media.thumbnails import ThumbnailCache

    library = PhotoLibrary(store, ThumbnailCache(tmp_path / "desk-a"))
    photo = library.import_bytes(agency_jpeg(), "a.jpg")
    other_desk = PhotoLibrary(store, ThumbnailCache(tmp_path / "desk-b"))
    path = other_desk.thumbnail(photo.sha256, 120)
    assert path.is_relative_to(tmp_path / "desk-b")
    with Image.open(path) as image:
        assert image.size == (120, 80)
    with pytest.raises(PhotoBlobNotFound):
        other_desk.thumbnail("0" * 64)


def test_files_too_large_or_unreadable(tmp_path: Path) -> None:
    huge = tmp_path / "besar.jpg"
    with huge.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used, never read
    with pytest.raises(FileTooLarge):
        read_photo_file(huge)
    with pytest.raises(UnreadableFile, match="tidak dapat dibaca"):
        read_photo_file(tmp_path / "hilang.jpg")


def test_two_desks_storing_the_same_photo_at_once(store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from redaksi.store.photo_blobs import PhotoBlobStore

    data = agency_jpeg()
    desks = [PhotoBlobStore(store.sessions) for _ in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        hashes = list(pool.map(lambda desk: desk.put(data), desks))
    assert len(set(hashes)) == 1 and _blob_count(store) == 1
    assert desks[0].get(hashes[0]) == data and desks[0].usage(hashes[0]) == 0
