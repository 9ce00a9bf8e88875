"""Many desks saving the same stories at once on the real PostgreSQL: nothing is lost.

Five desks (threads), each with its own engine and connections, make 1,000 saves in random
interleavings over a few stories.  Each save appends one uniquely named paragraph on top
of what the desk loaded; on a version conflict the desk reloads and re-applies its change,
as the window does.  Afterwards every committed paragraph is in its story exactly once,
and the revisions form an unbroken chain where each adds exactly one paragraph.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter

import pytest

from redaksi.review.desk import open_review
from redaksi.review.roles import Actor, Role
from redaksi.store.errors import VersionConflict
from redaksi.store.store import open_store
from redaksi.store.users import ensure_user
from redaksi.story.model import Paragraph, Story
from redaksi.story.status import Status

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SAVES = 1000
DESKS = 5
STORIES = 5


def test_interleaved_saves_lose_nothing(postgres_url: str) -> None:
    seed = int(os.environ.get("REDAKSI_CONCURRENCY_SEED", random.randrange(1 << 30)))
    print(f"\nseed={seed}")
    setup = open_store(postgres_url)
    review = open_review(setup)
    editor = Actor(ensure_user(setup.sessions, "eka", "Eka", "editor"), "eka", "Eka", Role.EDITOR)
    admin = Actor(ensure_user(setup.sessions, "adi", "Adi", "admin"), "adi", "Adi", Role.ADMIN)
    ids = []
    for n in range(STORIES):
        story = review.stories.create(admin, Story(headline=f"Berita {n}", lead="Teras."))
        review.workflow.transition(admin, story.id, Status.DIAJUKAN)
        ids.append(review.workflow.transition(admin, story.id, Status.DISUNTING).id)

    claim = threading.Lock()
    claimed = 0
    committed: dict[int, list[str]] = {sid: [] for sid in ids}
    conflicts = Counter()
    errors: list[BaseException] = []

    def desk(number: int) -> None:
        nonlocal claimed
        rng = random.Random(seed * 31 + number)
        store = open_store(postgres_url, migrate=False)
        guarded = open_review(store).stories
        stale: dict[int, Story] = {}
        try:
            while True:
                with claim:
                    if claimed >= SAVES:
                        return
                    claimed += 1
                    token = f"d{number}-s{claimed}"
                sid = rng.choice(ids)
                # sometimes work on a copy loaded a while ago (a slow desk), else load fresh
                story = stale.get(sid) if rng.random() < 0.3 else None
                story = story or store.stories.load(sid)
                while True:
                    story.paragraphs.append(Paragraph(token))
                    time.sleep(rng.random() * 0.002)
                    try:
                        if number % 2:
                            saved = guarded.save(editor, story, note=token)
                        else:
                            saved = store.stories.save(story, editor.user_id, note=token)
                    except VersionConflict:
                        conflicts[number] += 1
                        story = store.stories.load(sid)
                        continue
                    with claim:
                        committed[sid].append(token)
                    stale[sid] = store.stories.load(sid) if rng.random() < 0.5 else saved
                    break
        except BaseException as exc:  # surfaced in the main thread
            errors.append(exc)
        finally:
            store.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=desk, args=(n,)) for n in range(DESKS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    assert not errors, errors

    total = sum(len(tokens) for tokens in committed.values())
    print(
        f"saves={total} desks={DESKS} stories={STORIES} conflicts={sum(conflicts.values())} "
        f"seconds={elapsed:.1f} saves_per_second={total / elapsed:.0f}"
    )
    assert total == SAVES
    assert sum(conflicts.values()) > 0, "the interleaving never produced a conflict"
    for sid in ids:
        final = setup.stories.load(sid)
        texts = [p.text for p in final.paragraphs]
        # no lost update: every committed change is there, exactly once
        assert sorted(texts) == sorted(committed[sid])
        assert len(set(texts)) == len(texts)
        assert final.version == 3 + len(committed[sid])
        # every revision accounted for: 1..version, each adds exactly its own paragraph
        revisions = sorted(setup.stories.revisions(sid), key=lambda r: r.number)
        assert [r.number for r in revisions] == list(range(1, final.version + 1))
        previous: list[str] = []
        for info in revisions[3:]:
            snapshot = setup.stories.revision_snapshot(sid, info.number)
            current = [p["text"] for p in snapshot["paragraphs"]]
            assert current[:-1] == previous and current[-1] == info.note
            previous = current
        assert previous == texts
    setup.close()
