"""review permissions: PostgreSQL group roles, grants, row-level security, transition guard

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-24 15:00:00

PostgreSQL only (SQLite has one local user and nothing to enforce against).  Each Redaksi
user is a database role in one of the groups ``redaksi_reporter``, ``redaksi_editor``,
``redaksi_admin``; the connected role is mapped to ``users.username = current_user``.
The table owner (who runs migrations) is not mapped and bypasses the policies.
The transition table below is a frozen copy of ``redaksi.review.transitions.MOVES``.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

GROUPS = ("redaksi_reporter", "redaksi_editor", "redaksi_admin")
ALL = ", ".join(GROUPS)

# (from, to, party): "author" = the story's author, "editor" = any editor (admins: all).
TRANSITIONS = (
    ("draf", "diajukan", "author"),
    ("dikembalikan", "diajukan", "author"),
    ("diajukan", "draf", "author"),
    ("diajukan", "disunting", "editor"),
    ("diajukan", "dikembalikan", "editor"),
    ("disunting", "dikembalikan", "editor"),
    ("disunting", "disetujui", "editor"),
    ("disetujui", "disunting", "editor"),
    ("disetujui", "terbit", "editor"),
    ("terbit", "disunting", "editor"),
    ("terbit", "arsip", "editor"),
    ("draf", "arsip", "author"),
    ("draf", "arsip", "editor"),
    ("arsip", "draf", "editor"),
)

RLS_TABLES = (
    "stories",
    "revisions",
    "comments",
    "photos",
    "related_links",
    "audit_log",
    "edit_locks",
    "personal_ignores",
    "story_search",
)

FUNCTIONS = """
CREATE OR REPLACE FUNCTION redaksi_user_id() RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT id FROM users WHERE username = current_user AND active
$$;

CREATE OR REPLACE FUNCTION redaksi_user_role() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT role FROM users WHERE username = current_user AND active
$$;

CREATE OR REPLACE FUNCTION redaksi_can_read(author integer, st text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(CASE redaksi_user_role()
        WHEN 'admin' THEN true
        WHEN 'editor' THEN true
        WHEN 'reporter' THEN author = redaksi_user_id() OR st = 'terbit'
        ELSE false END, false)
$$;

CREATE OR REPLACE FUNCTION redaksi_can_edit(author integer, st text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(CASE redaksi_user_role()
        WHEN 'admin' THEN true
        WHEN 'editor' THEN st IN ('diajukan', 'disunting')
            OR (author = redaksi_user_id() AND st IN ('draf', 'dikembalikan'))
        WHEN 'reporter' THEN author = redaksi_user_id() AND st IN ('draf', 'dikembalikan')
        ELSE false END, false)
$$;

CREATE OR REPLACE FUNCTION redaksi_guard_story() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    who text := redaksi_user_role();
    me integer := redaksi_user_id();
    own boolean;
    allowed boolean;
BEGIN
    IF who IS NULL OR who = 'admin' THEN
        RETURN NEW;
    END IF;
    IF NEW.author_id IS DISTINCT FROM OLD.author_id THEN
        RAISE EXCEPTION 'Hanya administrator yang dapat mengganti penulis berita.'
            USING ERRCODE = '42501';
    END IF;
    IF NEW.status = OLD.status THEN
        IF NOT redaksi_can_edit(OLD.author_id, OLD.status) THEN
            RAISE EXCEPTION 'Anda tidak berhak mengubah berita #% yang berstatus %.',
                OLD.id, OLD.status USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    own := me IS NOT NULL AND OLD.author_id = me;
    SELECT bool_or((t.party = 'author' AND own) OR (t.party = 'editor' AND who = 'editor'))
      INTO allowed
      FROM (VALUES %(transitions)s) AS t(source, target, party)
     WHERE t.source = OLD.status AND t.target = NEW.status;
    IF NOT coalesce(allowed, false) THEN
        RAISE EXCEPTION 'Anda tidak berhak mengubah status berita #% dari % menjadi %.',
            OLD.id, OLD.status, NEW.status USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
"""

CREATE_GROUPS = """
DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['redaksi_reporter', 'redaksi_editor', 'redaksi_admin'] LOOP
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', name);
            END IF;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;  -- another database of this cluster created it at the same moment
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'Peran grup % belum ada dan akun ini tidak boleh membuatnya. '
                    'Minta admin basis data membuat peran redaksi_reporter, redaksi_editor '
                    'dan redaksi_admin (NOLOGIN), lalu ulangi migrasi.', name;
        END;
    END LOOP;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO redaksi_reporter, redaksi_editor, '
                   'redaksi_admin', current_schema());
END
$$;
"""


def _grants() -> list[str]:
    g, admin = ALL, "redaksi_admin"
    return [
        f"GRANT SELECT ON alembic_version, users, settings, dictionary_words, "
        f"house_style_rules, house_substitutions, photo_blobs TO {g}",
        f"GRANT SELECT, INSERT, UPDATE ON stories TO {g}",
        f"GRANT DELETE ON stories TO {admin}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON photos, related_links, edit_locks TO {g}",
        f"GRANT SELECT, INSERT ON revisions, audit_log, photo_blobs, dictionary_words TO {g}",
        f"GRANT SELECT, INSERT ON comments TO {g}",
        f"GRANT UPDATE (resolved, resolved_by, resolved_at) ON comments TO {g}",
        f"GRANT SELECT, INSERT, DELETE ON personal_ignores TO {g}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON story_search TO {g}",
        f"GRANT INSERT, UPDATE ON users TO {admin}",
        f"GRANT INSERT, UPDATE, DELETE ON settings, house_style_rules, house_substitutions, "
        f"dictionary_words TO {admin}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {g}",
    ]


VISIBLE = "EXISTS (SELECT 1 FROM stories s WHERE s.id = {t}.story_id)"
EDITABLE = (
    "EXISTS (SELECT 1 FROM stories s WHERE s.id = {t}.story_id "
    "AND redaksi_can_edit(s.author_id, s.status))"
)


def _policies() -> list[str]:
    me = "redaksi_user_id()"
    role = "redaksi_user_role()"
    policies = [
        # stories: read per role; insert own drafts; update guarded by the trigger too.
        "CREATE POLICY redaksi_read ON stories FOR SELECT "
        "USING (redaksi_can_read(author_id, status))",
        f"CREATE POLICY redaksi_insert ON stories FOR INSERT WITH CHECK ({role} = 'admin' "
        f"OR (author_id = {me} AND status = 'draf'))",
        "CREATE POLICY redaksi_update ON stories FOR UPDATE "
        "USING (redaksi_can_read(author_id, status)) "
        "WITH CHECK (redaksi_can_read(author_id, status))",
        f"CREATE POLICY redaksi_delete ON stories FOR DELETE USING ({role} = 'admin')",
        # revisions: readable with the story; only the revision of the current version.
        "CREATE POLICY redaksi_read ON revisions FOR SELECT USING ("
        + VISIBLE.format(t="revisions")
        + ")",
        f"CREATE POLICY redaksi_insert ON revisions FOR INSERT WITH CHECK (author_id = {me} "
        "AND EXISTS (SELECT 1 FROM stories s WHERE s.id = revisions.story_id "
        "AND s.version = revisions.number))",
        # comments: with the story; resolving by comment author, story author or editors.
        "CREATE POLICY redaksi_read ON comments FOR SELECT USING ("
        + VISIBLE.format(t="comments")
        + ")",
        f"CREATE POLICY redaksi_insert ON comments FOR INSERT WITH CHECK (author_id = {me} "
        "AND NOT resolved AND " + VISIBLE.format(t="comments") + ")",
        f"CREATE POLICY redaksi_resolve ON comments FOR UPDATE USING ("
        f"{role} IN ('editor', 'admin') OR author_id = {me} OR EXISTS (SELECT 1 FROM "
        f"stories s WHERE s.id = comments.story_id AND s.author_id = {me})) "
        f"WITH CHECK (resolved_by IS NULL OR resolved_by = {me})",
        # audit log: with the story; entries are written in one's own name.
        "CREATE POLICY redaksi_read ON audit_log FOR SELECT USING ("
        f"{role} = 'admin' OR " + VISIBLE.format(t="audit_log") + ")",
        f"CREATE POLICY redaksi_insert ON audit_log FOR INSERT WITH CHECK (user_id = {me} "
        f"AND (({role} = 'admin' AND story_id IS NULL) OR " + VISIBLE.format(t="audit_log") + "))",
        # edit locks: seen with the story; taken only in one's own name.
        "CREATE POLICY redaksi_read ON edit_locks FOR SELECT USING ("
        + VISIBLE.format(t="edit_locks")
        + ")",
        f"CREATE POLICY redaksi_insert ON edit_locks FOR INSERT WITH CHECK (user_id = {me} "
        "AND " + EDITABLE.format(t="edit_locks") + ")",
        "CREATE POLICY redaksi_update ON edit_locks FOR UPDATE USING ("
        + VISIBLE.format(t="edit_locks")
        + f") WITH CHECK (user_id = {me} AND "
        + EDITABLE.format(t="edit_locks")
        + ")",
        f"CREATE POLICY redaksi_delete ON edit_locks FOR DELETE USING (user_id = {me} "
        f"OR {role} = 'admin')",
        f"CREATE POLICY redaksi_own ON personal_ignores FOR ALL USING (user_id = {me}) "
        f"WITH CHECK (user_id = {me})",
    ]
    # The search index copies story text: readable only with the story; written by whoever
    # saves a story they can see (the index follows every save and status change).
    policies += [
        "CREATE POLICY redaksi_read ON story_search FOR SELECT USING ("
        + VISIBLE.format(t="story_search")
        + ")",
        "CREATE POLICY redaksi_write ON story_search FOR ALL USING ("
        + VISIBLE.format(t="story_search")
        + ") WITH CHECK ("
        + VISIBLE.format(t="story_search")
        + ")",
    ]
    for table in ("photos", "related_links"):
        policies += [
            f"CREATE POLICY redaksi_read ON {table} FOR SELECT USING ("
            + VISIBLE.format(t=table)
            + ")",
            f"CREATE POLICY redaksi_write ON {table} FOR INSERT WITH CHECK ("
            + EDITABLE.format(t=table)
            + ")",
            f"CREATE POLICY redaksi_update ON {table} FOR UPDATE USING ("
            + EDITABLE.format(t=table)
            + ") WITH CHECK ("
            + EDITABLE.format(t=table)
            + ")",
            f"CREATE POLICY redaksi_delete ON {table} FOR DELETE USING ("
            + EDITABLE.format(t=table)
            + ")",
        ]
    return policies


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(CREATE_GROUPS)
    values = ", ".join(f"('{a}', '{b}', '{p}')" for a, b, p in TRANSITIONS)
    op.execute(FUNCTIONS.replace("%(transitions)s", values))
    op.execute(
        "CREATE TRIGGER redaksi_guard_story BEFORE UPDATE ON stories "
        "FOR EACH ROW EXECUTE FUNCTION redaksi_guard_story()"
    )
    for statement in _grants():
        op.execute(statement)
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for statement in _policies():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in RLS_TABLES:
        op.execute(
            f"DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname FROM pg_policies "
            f"WHERE tablename = '{table}' AND policyname LIKE 'redaksi_%' LOOP "
            f"EXECUTE format('DROP POLICY %I ON {table}', p.policyname); END LOOP; END $$"
        )
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP TRIGGER IF EXISTS redaksi_guard_story ON stories")
    for function in (
        "redaksi_guard_story()",
        "redaksi_can_edit(integer, text)",
        "redaksi_can_read(integer, text)",
        "redaksi_user_role()",
        "redaksi_user_id()",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {ALL}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {ALL}")
    # The group roles are cluster-wide and may serve other databases: they stay.
