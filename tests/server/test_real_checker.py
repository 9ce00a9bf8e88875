"""language-tool-python against ``redaksi serve`` running Redaksi's real Indonesian checker."""

from __future__ import annotations

import language_tool_python

from redaksi.server.compose import newsroom_checker
from redaksi.store.dictionary import NewsroomDictionary
from redaksi.store.store import open_store
from tests.server.lt_server import running_server, server_config


def test_real_spelling_through_language_tool_python(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    NewsroomDictionary(store.sessions).add("Baghuz", "name")
    text = "Warga 😀 di Baghuz mengatakan hal tersebu kepada wartawan."
    try:
        with (
            running_server(lambda: newsroom_checker(store), server_config(), store=store) as url,
            language_tool_python.LanguageTool("id-ID", remote_server=url) as tool,
        ):
            matches = tool.check(text)
            typo = next(m for m in matches if m.rule_id == "ID_SPELLING_RULE")
            assert text[typo.offset : typo.offset + typo.error_length] == "tersebu"
            assert typo.replacements[0] == "tersebut"
            assert typo.category == "TYPOS"
            assert not [
                m for m in matches if "Baghuz" in text[m.offset : m.offset + m.error_length]
            ]
            assert "tersebut kepada" in tool.correct(text)
    finally:
        store.close()
