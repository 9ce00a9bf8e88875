from redaksi.editing.ignores import FindingIgnores
from redaksi.language.findings import Category, Finding, Level

TEXT = "Praktek itu tersebu luas."
SPELLING = Finding(12, 19, "SPELL", "Salah ketik", Category.TYPOS, "misspelling", Level.ERROR)
STYLE = Finding(0, 7, "BAKU", "Tidak baku", Category.STYLE, "style", Level.WARNING)


def test_ignored_word_hides_only_spelling_findings():
    ignores = FindingIgnores().with_word("tersebu").with_word("Praktek")
    assert ignores.filter([SPELLING, STYLE], TEXT) == [STYLE]


def test_rule_hit_hides_that_rule_on_that_text():
    ignores = FindingIgnores().with_rule_hit("BAKU", "Praktek")
    assert ignores.filter([SPELLING, STYLE], TEXT) == [SPELLING]
    assert ignores.keeps(STYLE, "praktek di sini") is True
