from redaksi.gui.settings import Preferences, SettingsStore, WindowState


def test_only_changed_preferences_are_written(qapp, tmp_path):
    store = SettingsStore(tmp_path)
    prefs = Preferences(autosave_seconds=5.0, checks_enabled=False)
    store.save_preferences(prefs)
    text = (tmp_path / "preferences.ini").read_text()
    assert "autosave_seconds" in text and "checks_enabled" in text
    assert "words_per_minute" not in text
    loaded = SettingsStore(tmp_path).load_preferences()
    assert loaded == prefs


def test_window_state_is_kept_apart(qapp, tmp_path):
    store = SettingsStore(tmp_path)
    state = WindowState()
    for name in ("a.txt", "b.txt", "a.txt"):
        state.remember_file(name)
    state.last_story_id = 4
    store.save_window_state(state)
    assert (
        not (tmp_path / "preferences.ini").exists()
        or "recent" not in (tmp_path / "preferences.ini").read_text()
    )
    loaded = SettingsStore(tmp_path).load_window_state()
    assert loaded.recent_files == ["a.txt", "b.txt"]
    assert loaded.last_story_id == 4


def test_bad_values_fall_back_to_defaults(qapp, tmp_path):
    (tmp_path / "preferences.ini").write_text("[General]\nwords_per_minute=banyak\n")
    assert SettingsStore(tmp_path).load_preferences().words_per_minute == 200
