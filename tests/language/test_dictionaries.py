from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from redaksi.language.spelling.dictionaries import (
    ENV_DIR,
    DictionaryNotFound,
    candidate_dirs,
    find_dictionary,
)
from redaksi.language.spelling.hunspell_dict import HunspellDictionary


def test_packaged_dictionary_is_a_fallback() -> None:
    files = find_dictionary("id_ID")
    assert files.folder in candidate_dirs()
    assert files.dic.name == "id_ID.dic"


def test_environment_folder_wins_and_words_outside_latin1_are_simply_unknown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = find_dictionary("id_ID")
    shutil.copy(original.dic, tmp_path / "id_ID.dic")
    shutil.copy(original.aff, tmp_path / "id_ID.aff")
    monkeypatch.setenv(ENV_DIR, str(tmp_path))
    files = find_dictionary("id_ID")
    assert files.folder == tmp_path
    dictionary = HunspellDictionary(files)
    assert dictionary.spell("rumah")
    assert not dictionary.spell("Tōkyō")
    assert not dictionary.spell("Москва")
    assert dictionary.suggest("Tōkyō") == ()
    assert "tersebut" in dictionary.suggest("tersebu")


def test_missing_language_raises_an_indonesian_error() -> None:
    with pytest.raises(DictionaryNotFound, match="tidak ditemukan"):
        find_dictionary("xx_XX")
