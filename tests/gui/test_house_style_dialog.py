"""The house-style dialog writes what the editor chose, and the next check follows it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from redaksi.gui.house_style_dialog import HouseStyleDialog
from redaksi.language.defaults import build_checker
from redaksi.store.house_style import HouseStyleRepository


def test_switches_levels_and_substitutions_are_stored(qtbot, gui_store, tmp_path) -> None:
    dialog = HouseStyleDialog(gui_store, gui_store.user_id)
    qtbot.addWidget(dialog)
    sets = {
        dialog.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1): dialog.tree.topLevelItem(
            i
        )
        for i in range(dialog.tree.topLevelItemCount())
    }
    sets["asing"].setCheckState(0, Qt.CheckState.Unchecked)
    baku = sets["baku"].child(0)
    rule_id = baku.data(0, Qt.ItemDataRole.UserRole)
    combo = dialog._levels[rule_id]
    combo.setCurrentIndex(combo.findData("suggestion"))
    dialog.pattern.setText("Pemkot")
    dialog.replacement.setText("Pemerintah Kota")
    dialog.add_substitution()
    dialog.save()
    house = HouseStyleRepository(gui_store.sessions).load()
    assert "asing" in house.disabled_sets
    assert house.override(rule_id).level.value == "suggestion"
    assert [(s.pattern, s.replacement) for s in house.substitutions] == [
        ("Pemkot", "Pemerintah Kota")
    ]
    text = "Pemkot mengunggah berkas secara online."
    found = build_checker(house=house).check(text, "body")
    fixes = {text[f.start : f.end]: f.replacements for f in found}
    assert fixes["Pemkot"][0] == "Pemerintah Kota"
    assert not [f for f in found if f.rule_set == "asing"]  # that set is switched off
    assert [f for f in build_checker().check(text, "body") if f.rule_set == "asing"]


def test_cancel_changes_nothing(qtbot, gui_store) -> None:
    dialog = HouseStyleDialog(gui_store, gui_store.user_id)
    qtbot.addWidget(dialog)
    dialog.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    dialog.reject()
    assert HouseStyleRepository(gui_store.sessions).load().disabled_sets == frozenset()
