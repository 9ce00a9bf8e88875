"""The permission policy: one place that says who may read, edit and move which story.

Services call the ``require_*`` functions before they write; the window may call the
``can_*`` functions to grey out what would be refused.  PostgreSQL repeats the same rules
with grants, row-level security and a trigger (migration ``0003``), so a desk that skips
the application is held to them as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from redaksi.review.errors import PermissionDenied, TransitionNotAllowed
from redaksi.review.roles import Actor, Role
from redaksi.review.transitions import Move, Party, move_for, moves_from
from redaksi.story.status import Status

#: Statuses in which the author (reporter) may still change the text.
AUTHOR_EDITABLE = frozenset({Status.DRAF, Status.DIKEMBALIKAN})
#: Statuses in which any editor may change the text.
EDITOR_EDITABLE = frozenset({Status.DIAJUKAN, Status.DISUNTING})
#: Statuses every desk may read (published work is public anyway).
PUBLIC = frozenset({Status.TERBIT})
#: Statuses from which a story may be exported as publish-ready HTML.
EXPORTABLE = frozenset({Status.DISETUJUI, Status.TERBIT})


@dataclass(frozen=True)
class StoryFacts:
    """The two facts about a story that permissions depend on."""

    story_id: int | None
    author_id: int | None
    status: Status


def is_author(actor: Actor, facts: StoryFacts) -> bool:
    """Whether ``actor`` wrote the story."""
    return facts.author_id is not None and facts.author_id == actor.user_id


def can_read(actor: Actor, facts: StoryFacts) -> bool:
    """Editors and admins read everything; a reporter reads own stories and published ones."""
    if actor.role in (Role.EDITOR, Role.ADMIN):
        return True
    return is_author(actor, facts) or facts.status in PUBLIC


def can_edit(actor: Actor, facts: StoryFacts) -> bool:
    """Whether ``actor`` may change the story's text in its current status."""
    if actor.role is Role.ADMIN:
        return True
    if is_author(actor, facts) and facts.status in AUTHOR_EDITABLE:
        return True
    return actor.role is Role.EDITOR and facts.status in EDITOR_EDITABLE


def parties(actor: Actor, facts: StoryFacts) -> set[Party]:
    """The parties ``actor`` counts as for this story."""
    found: set[Party] = set()
    if is_author(actor, facts):
        found.add(Party.AUTHOR)
    if actor.role in (Role.EDITOR, Role.ADMIN):
        found.add(Party.EDITOR)
    return found


def can_move(actor: Actor, facts: StoryFacts, target: Status) -> bool:
    """Whether the graph allows ``status → target`` and ``actor`` may make that move."""
    move = move_for(facts.status, target)
    if move is None:
        return False
    return actor.role is Role.ADMIN or bool(move.parties & parties(actor, facts))


def available_moves(actor: Actor, facts: StoryFacts) -> list[Move]:
    """The moves the window offers this user for this story."""
    return [m for m in moves_from(facts.status) if can_move(actor, facts, m.target)]


def can_comment(actor: Actor, facts: StoryFacts) -> bool:
    """Anyone who may read a story may discuss it."""
    return can_read(actor, facts)


def can_export(actor: Actor, facts: StoryFacts) -> bool:
    """Editors and admins export approved or published stories."""
    return actor.role in (Role.EDITOR, Role.ADMIN) and facts.status in EXPORTABLE


def _label(facts: StoryFacts) -> str:
    return f"berita #{facts.story_id}" if facts.story_id is not None else "berita ini"


def require_read(actor: Actor, facts: StoryFacts) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may read the story."""
    if not can_read(actor, facts):
        raise PermissionDenied(f"Anda tidak berhak membuka {_label(facts)}.")


def require_edit(actor: Actor, facts: StoryFacts) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may change the story now."""
    if can_edit(actor, facts):
        return
    if actor.role is Role.REPORTER and is_author(actor, facts):
        raise PermissionDenied(
            f"{_label(facts).capitalize()} berstatus {facts.status.label} dan tidak dapat "
            "diubah penulis. Tunggu sampai dikembalikan redaktur."
        )
    raise PermissionDenied(
        f"Anda tidak berhak mengubah {_label(facts)} yang berstatus {facts.status.label}."
    )


def require_move(actor: Actor, facts: StoryFacts, target: Status, note: str = "") -> Move:
    """The move to ``target`` if ``actor`` may make it; raises :class:`TransitionNotAllowed`."""
    move = move_for(facts.status, target)
    if move is None:
        raise TransitionNotAllowed(
            f"Status {facts.status.label} tidak dapat diubah langsung menjadi {target.label}."
        )
    if not can_move(actor, facts, target):
        raise TransitionNotAllowed(
            f"Anda ({actor.role.label}) tidak berhak mengubah status {_label(facts)} "
            f"dari {facts.status.label} menjadi {target.label}."
        )
    if move.needs_note and not note.strip():
        raise TransitionNotAllowed(
            f"Tuliskan catatan untuk penulis sebelum {move.verb.lower()} {_label(facts)}."
        )
    return move


def require_comment(actor: Actor, facts: StoryFacts) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may comment on the story."""
    if not can_comment(actor, facts):
        raise PermissionDenied(f"Anda tidak berhak mengomentari {_label(facts)}.")


def require_resolve(actor: Actor, facts: StoryFacts, comment_author_id: int | None) -> None:
    """Comment author, story author, editors and admins may resolve or reopen a comment."""
    allowed = (
        actor.role in (Role.EDITOR, Role.ADMIN)
        or is_author(actor, facts)
        or (comment_author_id is not None and comment_author_id == actor.user_id)
    )
    if not allowed or not can_read(actor, facts):
        raise PermissionDenied("Anda tidak berhak menandai komentar ini selesai atau membukanya.")


def require_export(actor: Actor, facts: StoryFacts) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may export the story."""
    _require_release(actor, facts, "mengekspor berita", "diekspor")


def require_publish_online(actor: Actor, facts: StoryFacts) -> None:
    """Sending a story to the website follows the export rule: editors, approved stories."""
    _require_release(actor, facts, "menerbitkan berita ke situs", "dikirim ke situs")


def _require_release(actor: Actor, facts: StoryFacts, act: str, done: str) -> None:
    """Releasing a story (export, website) is for editors, and only once it is approved."""
    if actor.role not in (Role.EDITOR, Role.ADMIN):
        raise PermissionDenied(f"Hanya redaktur atau administrator yang dapat {act}.")
    if facts.status not in EXPORTABLE:
        raise PermissionDenied(
            f"{_label(facts).capitalize()} berstatus {facts.status.label}; hanya berita yang "
            f"sudah disetujui atau terbit yang dapat {done}."
        )


def require_create(actor: Actor, author_id: int | None) -> None:
    """Everyone writes new drafts; only an admin files one under someone else's name."""
    if author_id not in (None, actor.user_id) and actor.role is not Role.ADMIN:
        raise PermissionDenied("Anda hanya dapat membuat berita atas nama Anda sendiri.")


def require_admin(actor: Actor, what: str) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` is an administrator."""
    if actor.role is not Role.ADMIN:
        raise PermissionDenied(f"Hanya administrator yang dapat {what}.")


def require_manage_users(actor: Actor) -> None:
    """User accounts are the administrator's."""
    require_admin(actor, "mengelola pengguna")


def require_manage_house_style(actor: Actor) -> None:
    """House style (rules, substitutions) is the administrator's."""
    require_admin(actor, "mengubah gaya selingkung")


def require_manage_site_settings(actor: Actor) -> None:
    """The website's address and account are the administrator's, like the house style."""
    require_admin(actor, "mengubah pengaturan situs")


def require_site_password(actor: Actor) -> None:
    """Editors keep the site's password in their own desk's keyring; reporters never publish."""
    if actor.role not in (Role.EDITOR, Role.ADMIN):
        raise PermissionDenied(
            "Hanya redaktur atau administrator yang menyimpan kata sandi situs di meja ini."
        )
