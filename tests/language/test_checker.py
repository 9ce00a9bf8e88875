"""The composed checker: deferred building, one finding per problem."""

from __future__ import annotations

from redaksi.language.findings import Category, Finding


def _finding(text: str, word: str) -> Finding:
    start = text.index(word)
    return Finding(
        start,
        start + len(word),
        "ID_SPELLING_RULE",
        "Kemungkinan salah ketik.",
        Category.TYPOS,
        "misspelling",
        replacements=("tersebut",),
    )


def test_deferred_checker_builds_once_on_first_check() -> None:
    import threading

    from redaksi.language.checker import Checker, DeferredChecker

    class Source:
        name = "uji"

        def check(self, text: str, scope: str = "text") -> list[Finding]:
            return [_finding(text, "tersebu")] if "tersebu" in text else []

    built: list[int] = []

    def build() -> Checker:
        built.append(1)
        return Checker([Source()])

    deferred = DeferredChecker(build)
    assert built == []
    threads = [threading.Thread(target=deferred.check, args=("Hal tersebu.",)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert built == [1]
    assert [f.rule_id for f in deferred.check("Hal tersebu.")] == ["ID_SPELLING_RULE"]
