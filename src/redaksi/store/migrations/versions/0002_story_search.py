"""story search index (FTS5 on SQLite, tsvector + GIN on PostgreSQL)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 14:50:00

``story_search`` holds each story's folded, stemmed terms; the repository's search hook
writes it in the same transaction as the story.  Existing stories are indexed here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = ("title", "body", "names", "tags")

SQLITE_DDL = (
    """
    CREATE VIRTUAL TABLE story_fts USING fts5(
        title, body, names, tags,
        content='story_search', content_rowid='story_id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER story_search_ai AFTER INSERT ON story_search BEGIN
        INSERT INTO story_fts(rowid, title, body, names, tags)
        VALUES (new.story_id, new.title, new.body, new.names, new.tags);
    END
    """,
    """
    CREATE TRIGGER story_search_ad AFTER DELETE ON story_search BEGIN
        INSERT INTO story_fts(story_fts, rowid, title, body, names, tags)
        VALUES ('delete', old.story_id, old.title, old.body, old.names, old.tags);
    END
    """,
    """
    CREATE TRIGGER story_search_au AFTER UPDATE ON story_search BEGIN
        INSERT INTO story_fts(story_fts, rowid, title, body, names, tags)
        VALUES ('delete', old.story_id, old.title, old.body, old.names, old.tags);
        INSERT INTO story_fts(rowid, title, body, names, tags)
        VALUES (new.story_id, new.title, new.body, new.names, new.tags);
    END
    """,
    "INSERT INTO story_fts(story_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 3.0, 3.0)')",
)

POSTGRES_DDL = (
    """
    ALTER TABLE story_search ADD COLUMN document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A')
        || setweight(to_tsvector('simple', names), 'A')
        || setweight(to_tsvector('simple', tags), 'B')
        || setweight(to_tsvector('simple', body), 'D')
    ) STORED
    """,
    "CREATE INDEX ix_story_search_document ON story_search USING gin (document)",
    """
    ALTER TABLE story_search ADD COLUMN focus tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', title || ' ' || names || ' ' || tags)
    ) STORED
    """,
    "CREATE INDEX ix_story_search_focus ON story_search USING gin (focus)",
)


def upgrade() -> None:
    op.create_table(
        "story_search",
        sa.Column("story_id", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Text(), nullable=False) for name in COLUMNS),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id"),
    )
    bind = op.get_bind()
    ddl = {"sqlite": SQLITE_DDL, "postgresql": POSTGRES_DDL}.get(bind.dialect.name, ())
    for statement in ddl:
        op.execute(statement)
    _index_existing_stories(bind)


def _index_existing_stories(bind: sa.engine.Connection) -> None:
    from redaksi.links.document import search_document
    from redaksi.story.model import Dateline, Paragraph, Story

    stories = sa.table(
        "stories",
        sa.column("id", sa.Integer),
        sa.column("headline", sa.Text),
        sa.column("subheadline", sa.Text),
        sa.column("lead", sa.Text),
        sa.column("dateline_place", sa.Text),
        sa.column("paragraphs", sa.JSON),
        sa.column("tags", sa.JSON),
    )
    search = sa.table("story_search", sa.column("story_id"), *(sa.column(c) for c in COLUMNS))
    rows = []
    for row in bind.execute(sa.select(stories)):
        story = Story(
            headline=row.headline,
            subheadline=row.subheadline,
            lead=row.lead,
            dateline=Dateline(place=row.dateline_place),
            paragraphs=[Paragraph(p.get("text", "")) for p in row.paragraphs or []],
            tags=list(row.tags or []),
        )
        document = search_document(story)
        rows.append({"story_id": row.id, **{c: getattr(document, c) for c in COLUMNS}})
    if rows:
        bind.execute(search.insert(), rows)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("story_search_ai", "story_search_ad", "story_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS story_fts")
    op.drop_table("story_search")
