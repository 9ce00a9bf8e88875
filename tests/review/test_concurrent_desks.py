"""Reporters and editors working at once, each signed in with their own PostgreSQL role.

Four desks (two reporters, two editors) run random work on shared stories through the
review services while row-level security and the workflow trigger are active: saves,
submissions, edits, returns with notes, approvals, publications.  The core must refuse
anything the database would refuse (a raw database error fails the test), and afterwards
every committed save is in its story, the revisions are unbroken and the audit log replays
the status history along allowed moves only.
"""

from __future__ import annotations

import os
import random
import threading
import uuid
from collections import Counter, defaultdict

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from redaksi.review.desk import open_review
from redaksi.review.errors import PermissionDenied
from redaksi.review.identity import sign_in
from redaksi.review.roles import Actor, Role
from redaksi.review.transitions import move_for
from redaksi.store.engine import normalise_url
from redaksi.store.errors import StoryNotFound, VersionConflict
from redaksi.store.models import AuditRow
from redaksi.store.store import open_store
from redaksi.store.users import ensure_user
from redaksi.story.model import Paragraph, Story
from redaksi.story.status import Status

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

OPERATIONS = 800
PASSWORD = "rahasia-sekali"


def test_reporters_and_editors_at_once(postgres_url: str) -> None:
    seed = int(os.environ.get("REDAKSI_CONCURRENCY_SEED", random.randrange(1 << 30)))
    print(f"\nseed={seed}")
    owner = open_store(postgres_url)
    review = open_review(owner)
    boss_id = ensure_user(owner.sessions, "pemilik", "Pemilik", Role.ADMIN.value)
    boss = Actor(boss_id, "pemilik", "Pemilik", Role.ADMIN)
    prefix = f"t{uuid.uuid4().hex[:8]}"
    names = {"rina": Role.REPORTER, "budi": Role.REPORTER, "eka": Role.EDITOR, "dewi": Role.EDITOR}
    urls: dict[str, str] = {}
    try:
        for who, role in names.items():
            info = review.accounts.create(boss, f"{prefix}_{who}", role, who.title(), PASSWORD)
            urls[who] = (
                make_url(normalise_url(postgres_url))
                .set(username=info.username, password=PASSWORD)
                .render_as_string(hide_password=False)
            )
        story_ids: dict[str, list[int]] = {}
        for who in ("rina", "budi"):
            author = review.accounts.get(f"{prefix}_{who}").actor()
            story_ids[who] = [
                review.stories.create(author, Story(headline=f"{who} {n}", lead="Teras.")).id
                for n in range(3)
            ]
        every_story = story_ids["rina"] + story_ids["budi"]

        claim = threading.Lock()
        claimed = 0
        saved_tokens: dict[int, list[str]] = defaultdict(list)
        moves: Counter[int] = Counter()
        outcomes: Counter[str] = Counter()
        errors: list[BaseException] = []

        def desk(who: str, number: int) -> None:
            nonlocal claimed
            rng = random.Random(seed * 17 + number)
            store = open_store(urls[who], migrate=False)
            try:
                me = sign_in(store)
                services = open_review(store)
                mine = story_ids.get(who, every_story)
                while True:
                    with claim:
                        if claimed >= OPERATIONS:
                            return
                        claimed += 1
                        token = f"{who}-{claimed}"
                    sid = rng.choice(mine)
                    try:
                        story = services.stories.open(me, sid)
                        outcome = _act(services, me, story, token, rng)
                    except (VersionConflict, PermissionDenied, StoryNotFound) as refused:
                        outcome = type(refused).__name__
                    with claim:
                        outcomes[outcome] += 1
                        if outcome == "save":
                            saved_tokens[sid].append(token)
                        elif outcome == "move":
                            moves[sid] += 1
            except BaseException as exc:
                errors.append(exc)
            finally:
                store.close()

        threads = [threading.Thread(target=desk, args=(who, n)) for n, who in enumerate(names)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
        print(dict(outcomes))
        assert outcomes["save"] > 20 and outcomes["move"] > 20

        for sid in every_story:
            final = owner.stories.load(sid)
            texts = [p.text for p in final.paragraphs]
            assert sorted(texts) == sorted(saved_tokens[sid])
            numbers = sorted(r.number for r in owner.stories.revisions(sid))
            assert numbers == list(range(1, final.version + 1))
            assert final.version == 1 + len(saved_tokens[sid]) + moves[sid]
            with owner.sessions.begin() as session:
                trail = session.scalars(
                    select(AuditRow)
                    .where(AuditRow.story_id == sid, AuditRow.action == "status")
                    .order_by(AuditRow.id)
                ).all()
            status = Status.DRAF
            for entry in trail:
                assert entry.from_status == status.value
                assert move_for(status, Status(entry.to_status)) is not None
                status = Status(entry.to_status)
            assert status is final.status and len(trail) == moves[sid]
    finally:
        owner.close()
        admin = create_engine(normalise_url(postgres_url), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            for who in names:
                c.execute(text(f'DROP ROLE IF EXISTS "{prefix}_{who}"'))
        admin.dispose()


def _act(services, me: Actor, story: Story, token: str, rng: random.Random) -> str:
    """One random piece of desk work on ``story``; returns "save", "move" or "idle"."""
    status = story.status
    if me.role is Role.REPORTER:
        if status in (Status.DRAF, Status.DIKEMBALIKAN):
            if rng.random() < 0.65:
                return _save(services, me, story, token)
            return _move(services, me, story, Status.DIAJUKAN)
        if status is Status.DIAJUKAN and rng.random() < 0.15:
            return _move(services, me, story, Status.DRAF)
        return "idle"
    choice = rng.random()
    if status is Status.DIAJUKAN:
        if choice < 0.7:
            return _move(services, me, story, Status.DISUNTING)
        return _move(services, me, story, Status.DIKEMBALIKAN, "Lengkapi sumber.")
    if status is Status.DISUNTING:
        if choice < 0.55:
            return _save(services, me, story, token)
        if choice < 0.8:
            return _move(services, me, story, Status.DIKEMBALIKAN, "Periksa angka.")
        return _move(services, me, story, Status.DISETUJUI)
    if status is Status.DISETUJUI:
        return _move(services, me, story, Status.TERBIT if choice < 0.6 else Status.DISUNTING)
    if status is Status.TERBIT and choice < 0.3:
        return _move(services, me, story, Status.DISUNTING, "Ralat")
    return "idle"


def _save(services, me: Actor, story: Story, token: str) -> str:
    story.paragraphs.append(Paragraph(token))
    services.stories.save(me, story, note=token)
    return "save"


def _move(services, me: Actor, story: Story, target: Status, note: str = "") -> str:
    services.workflow.transition(me, story.id, target, note, expected_version=story.version)
    return "move"
