"""A newsroom LanguageTool that is down: checks go on, the status bar says so."""

from __future__ import annotations

from redaksi.language.checker import DeferredChecker
from redaksi.language.defaults import build_checker
from redaksi.language.remote import RemoteLanguageToolSource, whole_text
from tests.gui.conftest import make_window
from tests.server.lt_server import free_port


def test_dead_newsroom_server_shows_a_notice(qtbot, gui_store, tmp_path) -> None:
    remote = RemoteLanguageToolSource(
        f"http://127.0.0.1:{free_port()}", "en-US", regions=whole_text
    )
    checker = DeferredChecker(lambda: build_checker(extra_sources=[remote]))
    window = make_window(qtbot, gui_store, checker, tmp_path)
    findings = checker.check("Hal tersebu terjadi.", "body")
    assert [f.replacements[0] for f in findings if f.is_spelling] == ["tersebut"]
    window.update_source_notice()
    assert "tidak dapat dihubungi" in window.source_label.text()
    window.dirty = False
