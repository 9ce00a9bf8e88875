"""language-tool-python, the standard Python client, against ``redaksi serve``."""

from __future__ import annotations

import language_tool_python
import pytest


@pytest.fixture
def tool(lt_url: str):
    with language_tool_python.LanguageTool("id-ID", remote_server=lt_url) as client:
        yield client


def _by_rule(matches, rule_id: str):
    return [m for m in matches if m.rule_id == rule_id]


def test_client_accepts_indonesian_codes(lt_url: str) -> None:
    for code in ("id", "id-ID"):
        with language_tool_python.LanguageTool(code, remote_server=lt_url) as client:
            assert str(client.language) in {"id", "id-ID"}


def test_matches_have_offsets_rules_categories_and_replacements(tool) -> None:
    text = "Warga 😀🎉 bersorak. Hal tersebu sudah jadi praktek umum."
    matches = tool.check(text)
    spelling = _by_rule(matches, "ID_SPELLING_RULE")
    assert len(spelling) == 1
    typo = spelling[0]
    # The client turns LanguageTool's UTF-16 offset back into a Python index.
    assert text[typo.offset : typo.offset + typo.error_length] == "tersebu"
    assert typo.category == "TYPOS"
    assert typo.rule_issue_type == "misspelling"
    assert typo.replacements == ["tersebut"]
    assert typo.sentence == "Hal tersebu sudah jadi praktek umum."
    # Context offsets count UTF-16 units too (the emoji sit in the context).
    units = typo.context.encode("utf-16-le")
    start = 2 * typo.offset_in_context
    assert units[start : start + 2 * typo.error_length].decode("utf-16-le") == "tersebu"
    style = [m for m in matches if m.category == "STYLE" and m.replacements == ["praktik"]]
    assert len(style) == 1
    assert text[style[0].offset : style[0].offset + style[0].error_length] == "praktek"


def test_correct_applies_first_replacements(tool) -> None:
    text = "Hal tersebu terjadi 😀 dimana warga mengunakan praktek lama."
    assert tool.correct(text) == ("Hal tersebut terjadi 😀 di mana warga menggunakan praktik lama.")


def test_disable_spellchecking_drops_typos_only(tool) -> None:
    text = "Hal tersebu jadi praktek umum."
    tool.disable_spellchecking()
    matches = tool.check(text)
    assert not [m for m in matches if m.category == "TYPOS"]
    assert [m for m in matches if m.replacements == ["praktik"]]


def test_disabled_and_enabled_only_rules(tool) -> None:
    text = "Hal tersebu jadi praktek umum."
    tool.disabled_rules = {"ID_SPELLING_RULE"}
    assert not _by_rule(tool.check(text), "ID_SPELLING_RULE")
    tool.disabled_rules = set()
    tool.enabled_rules = {"ID_SPELLING_RULE"}
    tool.enabled_rules_only = True
    matches = tool.check(text)
    assert matches and {m.rule_id for m in matches} == {"ID_SPELLING_RULE"}


def test_picky_level_adds_pedantic_findings(tool) -> None:
    text = "Jakarta merupakan ibu kota."
    assert not _by_rule(tool.check(text), "ID_RINGKAS_RULE")
    tool.picky = True
    picky = _by_rule(tool.check(text), "ID_RINGKAS_RULE")
    assert [text[m.offset : m.offset + m.error_length] for m in picky] == ["merupakan"]


def test_auto_language(lt_url: str) -> None:
    with language_tool_python.LanguageTool("auto", remote_server=lt_url) as client:
        assert _by_rule(client.check("Hal tersebu terjadi."), "ID_SPELLING_RULE")
