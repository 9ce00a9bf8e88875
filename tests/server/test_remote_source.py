"""The remote finding source: a newsroom's LanguageTool through language-tool-python.

``redaksi serve`` itself plays the newsroom's LanguageTool server here.
"""

from __future__ import annotations

import pytest

from redaksi.language.checker import Checker
from redaksi.language.findings import Category, Level
from redaksi.language.remote import (
    RemoteLanguageToolSource,
    RemoteState,
    RemoteStatus,
    english_quotes,
    reads_as_english,
    whole_text,
)
from redaksi.language.remote_settings import (
    RemoteLanguageToolSettings,
    load_remote_settings,
    remote_source,
    save_remote_settings,
)
from tests.server.lt_server import free_port, running_server, server_config
from tests.server.substitution_source import SubstitutionSource


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_findings_come_back_in_code_points(lt_url: str) -> None:
    source = RemoteLanguageToolSource(lt_url, "id-ID", regions=whole_text)
    text = "Warga 🎉😀 bersorak.\nHal tersebu jadi praktek umum."
    findings = source.check(text)
    spans = {text[f.start : f.end]: f for f in findings}
    typo = spans["tersebu"]
    assert typo.rule_id == "ID_SPELLING_RULE"
    assert typo.category is Category.TYPOS and typo.is_spelling
    assert typo.level is Level.ERROR
    assert typo.replacements == ("tersebut",)
    assert typo.source == "languagetool" and typo.extra["server"] == lt_url
    assert spans["praktek"].category is Category.STYLE
    assert source.state.status is RemoteStatus.READY


def test_only_the_chosen_regions_are_sent(lt_url: str) -> None:
    text = (
        "Hal tersebu 😀 terjadi. Menteri berkata, “We will not do tersebu this way, "
        "and the 🎉 ministry is clear,” di Jakarta. Praktek lama."
    )
    assert english_quotes(text) == [(text.index("We"), text.index("” di"))]
    source = RemoteLanguageToolSource(lt_url, "id-ID")  # English quotes by default
    findings = source.check(text)
    assert [(text[f.start : f.end], f.start) for f in findings] == [
        ("tersebu", text.index("tersebu this"))
    ]


def test_english_detection_is_conservative() -> None:
    assert reads_as_english("We will not back down, and this is our promise")
    assert not reads_as_english("Kami tidak akan mundur dan ini janji kami")
    assert not reads_as_english("OK")
    text = 'Ia berkata "saya tidak tahu" lalu "I do not know what that is" sambil pergi.'
    assert [text[a:b] for a, b in english_quotes(text)] == ["I do not know what that is"]
    assert english_quotes("Tanpa kutipan sama sekali.") == []


def test_dead_server_gives_no_findings_and_a_notice() -> None:
    states: list[RemoteState] = []
    clock = Clock()
    port = free_port()
    source = RemoteLanguageToolSource(
        f"http://127.0.0.1:{port}",
        "id-ID",
        regions=whole_text,
        retry_after=30,
        clock=clock,
        on_state=states.append,
    )
    assert source.check("Hal tersebu terjadi.") == []
    assert source.state.status is RemoteStatus.UNAVAILABLE
    assert "tidak dapat dihubungi" in source.state.notice
    assert [s.status for s in states] == [RemoteStatus.UNAVAILABLE]

    # The server comes up, but the source waits out its back-off before asking again.
    with running_server(lambda: Checker([SubstitutionSource()]), server_config(port=port), None):
        assert source.check("Hal tersebu terjadi.") == []
        clock.now += 31
        found = source.check("Hal tersebu terjadi.")
        assert [f.rule_id for f in found] == ["ID_SPELLING_RULE"]
        assert source.state.status is RemoteStatus.READY
    assert [s.status for s in states] == [RemoteStatus.UNAVAILABLE, RemoteStatus.READY]

    # It goes away again mid-session: still no exception, a notice again.
    clock.now += 1
    assert source.check("Hal tersebu terjadi.") == []
    assert source.state.status is RemoteStatus.UNAVAILABLE


def test_refused_text_is_reported_without_backing_off(lt_url: str) -> None:
    source = RemoteLanguageToolSource(lt_url, "id-ID", regions=whole_text, retry_after=3600)
    assert source.check("tersebu " * 1000) == []  # over the test server's limit
    assert source.state.status is RemoteStatus.REJECTED
    assert "menolak" in source.state.notice and "5000" in source.state.notice
    assert [f.rule_id for f in source.check("Hal tersebu.")] == ["ID_SPELLING_RULE"]
    assert source.state.status is RemoteStatus.READY


def test_unsupported_language_is_reported(lt_url: str) -> None:
    source = RemoteLanguageToolSource(lt_url, "de-DE", regions=whole_text)
    assert source.check("Das ist ein Test.") == []
    assert source.state.status is RemoteStatus.UNSUPPORTED
    assert "de-DE" in source.state.notice


def test_checker_merges_remote_and_own_findings(lt_url: str) -> None:
    text = 'Rapat kemarn usai. Ia berkata "we will fix tersebu this week" kemarin.'
    local = SubstitutionSource(accepted=frozenset({"tersebu"}))
    down = RemoteLanguageToolSource(f"http://127.0.0.1:{free_port()}", "id-ID")
    assert [(f.start, f.source) for f in Checker([local, down]).check(text)] == [
        (text.index("kemarn"), "redaksi")
    ]
    up = RemoteLanguageToolSource(lt_url, "id-ID")
    assert [(f.start, f.source) for f in Checker([local, up]).check(text)] == [
        (text.index("kemarn"), "redaksi"),
        (text.index("tersebu"), "languagetool"),
    ]


def test_settings_round_trip(store) -> None:
    assert load_remote_settings(store.sessions) == RemoteLanguageToolSettings()
    assert remote_source(load_remote_settings(store.sessions)) is None
    saved = save_remote_settings(
        store.sessions, RemoteLanguageToolSettings(" http://lt.kantor:8081 ", "en-GB")
    )
    assert saved == RemoteLanguageToolSettings("http://lt.kantor:8081", "en-GB")
    assert load_remote_settings(store.sessions) == saved
    source = remote_source(saved)
    assert source is not None and source.url == "http://lt.kantor:8081"
    with pytest.raises(ValueError, match="bukan alamat"):
        save_remote_settings(store.sessions, RemoteLanguageToolSettings("lt.kantor", "en-US"))
    assert load_remote_settings(store.sessions) == saved
    save_remote_settings(store.sessions, RemoteLanguageToolSettings("", "en-US"))
    assert not load_remote_settings(store.sessions).enabled
