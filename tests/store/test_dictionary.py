from __future__ import annotations

from redaksi.store.dictionary import NewsroomDictionary, PersonalIgnores
from redaksi.store.users import ensure_user


def test_newsroom_dictionary_is_shared_and_attributed(store) -> None:
    user = ensure_user(store.sessions, "rini", "Rini K.", "editor")
    desk_a = NewsroomDictionary(store.sessions)
    desk_b = NewsroomDictionary(store.sessions)
    assert desk_a.add("Baghuz", "name", user)
    assert not desk_a.add("Baghuz", "name", user)
    assert desk_a.add("cuitannya")
    assert desk_b.words() == {"Baghuz", "cuitannya"}
    assert desk_b.words("name") == {"Baghuz"}
    entry = next(e for e in desk_b.entries() if e.word == "Baghuz")
    assert entry.added_by == "Rini K." and entry.added_at.tzinfo is not None
    assert desk_b.remove("Baghuz") and not desk_b.remove("Baghuz")
    assert desk_a.words() == {"cuitannya"}


def test_personal_ignores_belong_to_one_user(store) -> None:
    a = ensure_user(store.sessions, "a")
    b = ensure_user(store.sessions, "b")
    PersonalIgnores(store.sessions, a).add("wkwk")
    PersonalIgnores(store.sessions, a).add("wkwk")
    assert PersonalIgnores(store.sessions, a).words() == {"wkwk"}
    assert PersonalIgnores(store.sessions, b).words() == frozenset()
