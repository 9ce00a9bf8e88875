"""The photo desk's service: validate, store and attach photos; hand bytes and thumbnails back.

Two ways to add a photo, both leaving nothing behind when the photo is refused:

* :meth:`PhotoLibrary.import_bytes` checks and stores the bytes and returns a prefilled
  :class:`~redaksi.story.model.Photo` for a story being edited; the editor's normal save
  writes the entry.  (A stored blob nobody uses is harmless: it is content-addressed.)
* :meth:`PhotoLibrary.attach` adds blob and entry to a saved story in one transaction,
  with the same version check as ``StoryRepository.save``, for imports and the CLI.
  :meth:`reorder`, :meth:`set_lead` and :meth:`remove` work the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from sqlalchemy.orm import Session

from redaksi.media import photo_list
from redaksi.media.errors import FileTooLarge, UnreadableFile
from redaksi.media.metadata import PhotoMetadata, prefill, read_metadata
from redaksi.media.opening import MAX_FILE_BYTES, decode, open_image, probe
from redaksi.media.thumbnails import THUMBNAIL_EDGE, ThumbnailCache
from redaksi.store.photo_blobs import PhotoBlobStore, put_blob, sha256_of
from redaksi.store.store import Store
from redaksi.story.model import Photo, Story


@dataclass
class PreparedPhoto:
    """A checked photo not yet stored: its entry, metadata, bytes and a small decode."""

    photo: Photo
    metadata: PhotoMetadata
    data: bytes
    preview: Image.Image


def prepare(data: bytes, filename: str = "") -> PreparedPhoto:
    """Check ``data`` completely and build a prefilled entry; stores nothing.

    The decode at thumbnail scale reads every byte of the compressed data, so truncated and
    corrupt files are caught here, before anything is written.
    """
    header = open_image(data, filename, verify=True)
    metadata = read_metadata(header)
    shape = probe(data, filename)
    preview = decode(data, filename, at_least=(THUMBNAIL_EDGE, THUMBNAIL_EDGE))
    photo = Photo(
        sha256=sha256_of(data),
        filename=Path(filename).name if filename else "",
        mime=shape.format.mime,
        width=shape.width,
        height=shape.height,
    )
    prefill(photo, metadata)
    return PreparedPhoto(photo, metadata, data, preview)


def read_photo_file(path: Path) -> bytes:
    """The file's bytes, refusing oversize files before reading them."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileTooLarge(size, MAX_FILE_BYTES)
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(path.name, error.strerror or str(error)) from error


class PhotoLibrary:
    """Photos of one store: bytes in the database, thumbnails in the local cache."""

    def __init__(self, store: Store, thumbnails: ThumbnailCache | None = None) -> None:
        self.store = store
        self.blobs = PhotoBlobStore(store.sessions)
        self.thumbnails = thumbnails or ThumbnailCache()

    # -- adding ---------------------------------------------------------------------------

    def import_bytes(self, data: bytes, filename: str = "") -> Photo:
        """Check, store and thumbnail a photo; the entry is for the caller's story."""
        prepared = prepare(data, filename)
        sha = self.blobs.put(data)
        self.thumbnails.store(sha, prepared.preview)
        return prepared.photo

    def import_file(self, path: Path) -> Photo:
        """:meth:`import_bytes` for a file on disk."""
        return self.import_bytes(read_photo_file(path), path.name)

    def attach(
        self,
        story_id: int,
        data: bytes,
        filename: str = "",
        expected_version: int | None = None,
        user_id: int | None = None,
    ) -> Story:
        """Add a photo to a saved story: blob, entry and new version in one transaction."""
        prepared = prepare(data, filename)

        def add(story: Story, session_put: Callable[[bytes], str]) -> None:
            session_put(prepared.data)
            story.photos.append(prepared.photo)
            photo_list.normalise_lead(story.photos)

        saved = self._modify(story_id, expected_version, user_id, "Foto ditambahkan", add)
        self.thumbnails.store(prepared.photo.sha256 or "", prepared.preview)
        return saved

    # -- arranging ------------------------------------------------------------------------

    def reorder(
        self,
        story_id: int,
        photo_ids: list[int],
        expected_version: int | None = None,
        user_id: int | None = None,
    ) -> Story:
        """Put the story's photos in the order of ``photo_ids`` (all of them)."""

        def apply(story: Story, _put: Callable[[bytes], str]) -> None:
            index = {p.id: i for i, p in enumerate(story.photos)}
            if set(photo_ids) != set(index) or len(photo_ids) != len(index):
                raise ValueError(f"photo ids {photo_ids} are not the story's photos")
            story.photos = photo_list.reorder(story.photos, [index[i] for i in photo_ids])

        return self._modify(story_id, expected_version, user_id, "Urutan foto diubah", apply)

    def set_lead(
        self,
        story_id: int,
        photo_id: int,
        expected_version: int | None = None,
        user_id: int | None = None,
    ) -> Story:
        """Make one photo the story's lead photo."""

        def apply(story: Story, _put: Callable[[bytes], str]) -> None:
            photo_list.set_lead(story.photos, _index_of(story, photo_id))

        return self._modify(story_id, expected_version, user_id, "Foto utama diganti", apply)

    def remove(
        self,
        story_id: int,
        photo_id: int,
        expected_version: int | None = None,
        user_id: int | None = None,
    ) -> Story:
        """Take a photo out of the story (its bytes stay for older revisions)."""

        def apply(story: Story, _put: Callable[[bytes], str]) -> None:
            del story.photos[_index_of(story, photo_id)]
            photo_list.normalise_lead(story.photos)

        return self._modify(story_id, expected_version, user_id, "Foto dihapus", apply)

    # -- reading --------------------------------------------------------------------------

    def data(self, sha256: str) -> bytes:
        """The original bytes (raises ``PhotoBlobNotFound``)."""
        return self.blobs.get(sha256)

    def thumbnail(self, sha256: str, edge: int = THUMBNAIL_EDGE) -> Path:
        """A cached JPEG thumbnail, made from the stored bytes on first use."""
        cached = self.thumbnails.cached(sha256, edge)
        if cached is not None:
            return cached
        return self.thumbnails.get(sha256, self.data(sha256), edge)

    # -- one transaction per change -------------------------------------------------------

    def _modify(
        self,
        story_id: int,
        expected_version: int | None,
        user_id: int | None,
        note: str,
        change: Callable[[Story, Callable[[bytes], str]], None],
    ) -> Story:
        """One repository transaction: version check, blob, revision and search index."""

        def apply(story: Story, session: Session) -> None:
            change(story, lambda data: put_blob(session, data))

        return self.store.stories.modify(story_id, apply, expected_version, user_id, note)


def _index_of(story: Story, photo_id: int) -> int:
    for index, photo in enumerate(story.photos):
        if photo.id == photo_id:
            return index
    raise ValueError(f"photo {photo_id} is not in story {story.id}")
