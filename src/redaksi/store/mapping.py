"""Copy between the story model and its database rows (both directions)."""

from __future__ import annotations

from dataclasses import asdict

from redaksi.store.models import PhotoRow, RelatedLinkRow, StoryRow
from redaksi.story.model import Dateline, Mark, Paragraph, Photo, RelatedLink, Story
from redaksi.story.status import Status


def story_from_row(row: StoryRow) -> Story:
    """Build the model from a loaded row and its photos and links."""
    return Story(
        id=row.id,
        uuid=row.uuid,
        slug=row.slug,
        headline=row.headline,
        subheadline=row.subheadline,
        dateline=Dateline(place=row.dateline_place, outlet=row.dateline_outlet),
        lead=row.lead,
        paragraphs=[
            Paragraph(
                text=p["text"],
                kind=p.get("kind", "p"),
                marks=[Mark(**m) for m in p.get("marks", [])],
            )
            for p in row.paragraphs
        ],
        byline=row.byline,
        category=row.category,
        tags=list(row.tags),
        status=Status(row.status),
        end_mark=row.end_mark,
        credits=dict(row.credits),
        ignored_words=list(row.ignored_words),
        extra=dict(row.extra),
        author_id=row.author_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        published_at=row.published_at,
        version=row.version,
        photos=[
            Photo(
                id=p.id,
                caption=p.caption,
                credit=p.credit,
                alt_text=p.alt_text,
                photographer=p.photographer,
                taken_at=p.taken_at,
                place=p.place,
                is_lead=p.is_lead,
                sha256=p.sha256,
                filename=p.filename,
                mime=p.mime,
                width=p.width,
                height=p.height,
                metadata=dict(p.photo_metadata),
            )
            for p in row.photos
        ],
        related=[
            RelatedLink(
                id=link.id,
                title=link.title,
                url=link.url,
                story_id=link.target_story_id,
                placement=link.placement,  # type: ignore[arg-type]
                after_paragraph=link.after_paragraph,
            )
            for link in row.related_links
        ],
    )


def fill_row(row: StoryRow, story: Story) -> None:
    """Copy editable fields of ``story`` onto ``row`` (ids, version and times excepted)."""
    row.uuid = story.uuid
    row.slug = story.slug
    row.headline = story.headline
    row.subheadline = story.subheadline
    row.dateline_place = story.dateline.place
    row.dateline_outlet = story.dateline.outlet
    row.lead = story.lead
    row.paragraphs = [asdict(p) for p in story.paragraphs]
    row.byline = story.byline
    row.category = story.category
    row.tags = list(story.tags)
    row.status = story.status.value
    row.end_mark = story.end_mark
    row.credits = dict(story.credits)
    row.ignored_words = list(story.ignored_words)
    row.extra = dict(story.extra)
    row.author_id = story.author_id
    row.published_at = story.published_at
    _sync_photos(row, story.photos)
    _sync_links(row, story.related)


def _sync_photos(row: StoryRow, photos: list[Photo]) -> None:
    existing = {p.id: p for p in row.photos}
    rows: list[PhotoRow] = []
    for position, photo in enumerate(photos):
        target = existing.get(photo.id) if photo.id is not None else None
        target = target or PhotoRow()
        target.position = position
        target.is_lead = photo.is_lead
        target.sha256 = photo.sha256
        target.filename = photo.filename
        target.mime = photo.mime
        target.width = photo.width
        target.height = photo.height
        target.caption = photo.caption
        target.credit = photo.credit
        target.alt_text = photo.alt_text
        target.photographer = photo.photographer
        target.taken_at = photo.taken_at
        target.place = photo.place
        target.photo_metadata = dict(photo.metadata)
        rows.append(target)
    row.photos = rows


def _sync_links(row: StoryRow, links: list[RelatedLink]) -> None:
    existing = {link.id: link for link in row.related_links}
    rows: list[RelatedLinkRow] = []
    for position, link in enumerate(links):
        target = existing.get(link.id) if link.id is not None else None
        target = target or RelatedLinkRow()
        target.position = position
        target.title = link.title
        target.url = link.url
        target.target_story_id = link.story_id
        target.placement = link.placement
        target.after_paragraph = link.after_paragraph
        rows.append(target)
    row.related_links = rows
