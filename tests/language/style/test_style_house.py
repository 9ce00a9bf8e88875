"""House style in the store (SQLite and PostgreSQL) and as a YAML file."""

from __future__ import annotations

import pytest

from redaksi.language.findings import Level
from redaksi.language.style import HouseStyle, HouseSubstitution, RuleOverride, StyleSource
from redaksi.language.style.house_file import HouseFileError, dump_house_style, load_house_style
from redaksi.store.house_style import HouseStyleError, HouseStyleRepository
from redaksi.store.users import ensure_user

TEXT = "Warga dirumah saja. Inflasi naik 5%. Jokowi hadir."


def rule_ids(source: StyleSource, text: str = TEXT) -> set[str]:
    return {f.rule_id for f in source.check(text)}


def test_empty_store_gives_the_built_in_style(store) -> None:
    repo = HouseStyleRepository(store.sessions)
    assert repo.load() == HouseStyle()


def test_editor_changes_reach_the_checker(store) -> None:
    repo = HouseStyleRepository(store.sessions)
    user = ensure_user(store.sessions, "redaktur")
    repo.set_rule("ID_ANGKA_PERSEN", enabled=False, user_id=user)
    repo.set_rule("ID_DI_KE_PREPOSISI", level=Level.SUGGESTION)
    repo.set_rule_set("kapital", enabled=False)
    repo.add_substitution("Jokowi", "Presiden Joko Widodo", "Tulis nama lengkap.", user_id=user)
    house = repo.load()
    assert house.override("ID_ANGKA_PERSEN") == RuleOverride("ID_ANGKA_PERSEN", False, None)
    assert house.disabled_sets == frozenset({"kapital"})
    source = StyleSource(house)
    found = {f.rule_id: f for f in source.check(TEXT)}
    assert "ID_ANGKA_PERSEN" not in found
    assert found["ID_DI_KE_PREPOSISI"].level is Level.SUGGESTION
    assert found["ID_GAYA_RUMAH"].replacements == ("Presiden Joko Widodo",)
    repo.set_rule_set("kapital", enabled=True)
    assert repo.load().disabled_sets == frozenset()
    assert repo.reset_rule("ID_ANGKA_PERSEN")
    assert "ID_ANGKA_PERSEN" in rule_ids(StyleSource(repo.load()))


def test_substitution_update_and_removal(store) -> None:
    repo = HouseStyleRepository(store.sessions)
    repo.add_substitution("tim  nasional", "timnas")
    repo.add_substitution("tim nasional", "Timnas", level=Level.SUGGESTION)
    assert repo.load().substitutions == (
        HouseSubstitution("tim nasional", "Timnas", "", Level.SUGGESTION),
    )
    assert repo.remove_substitution("tim nasional")
    assert not repo.remove_substitution("tim nasional")
    with pytest.raises(HouseStyleError):
        repo.add_substitution("sama", "Sama")
    with pytest.raises(HouseStyleError):
        repo.add_substitution(" ", "x")


def test_export_import_round_trip_through_the_store(store) -> None:
    repo = HouseStyleRepository(store.sessions)
    repo.set_rule("ID_KAPITAL_JUDUL", enabled=False)
    repo.set_rule("ID_BAKU", level=Level.ERROR)
    repo.set_rule_set("asing", enabled=False)
    repo.add_substitution("Jokowi", "Presiden Joko Widodo")
    text = dump_house_style(repo.load())
    assert "ID_KAPITAL_JUDUL" in text and "Jokowi" in text
    imported = load_house_style(text)
    assert imported == repo.load()
    repo.replace_all(HouseStyle())
    assert repo.load() == HouseStyle()
    repo.replace_all(imported)
    assert repo.load() == imported


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2", "tidak dapat dibaca"),
        ("format: lain\n", "bukan berkas"),
        ("format: redaksi-gaya-selingkung\nversi: 9\n", "tidak didukung"),
        (
            "format: redaksi-gaya-selingkung\nversi: 1\n"
            "aturan:\n  - id: ID_X\n    tingkat: keras\n",
            "tingkat harus",
        ),
        (
            "format: redaksi-gaya-selingkung\nversi: 1\nsubstitusi:\n  - pola: a\n",
            "wajib diisi",
        ),
    ],
)
def test_bad_files_are_refused_and_change_nothing(store, text: str, message: str) -> None:
    repo = HouseStyleRepository(store.sessions)
    repo.add_substitution("Jokowi", "Presiden Joko Widodo")
    before = repo.load()
    with pytest.raises(HouseFileError, match=message):
        repo.replace_all(load_house_style(text))
    assert repo.load() == before
