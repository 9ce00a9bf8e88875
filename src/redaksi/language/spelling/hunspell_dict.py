"""A thread-safe, cached Hunspell dictionary that never crashes on foreign characters.

The ``id_ID`` files are ISO-8859-1: chunspell raises ``UnicodeEncodeError`` for ``ō`` or a
non-Latin name.  Such a word is simply not in the dictionary.  Lookups are memoised because
news text repeats its words and the editor re-checks paragraphs on every keystroke.
"""

from __future__ import annotations

import codecs
import re
import threading

import hunspell

from redaksi.language.spelling.dictionaries import DictionaryFiles

_CACHE_LIMIT = 500_000
_SET = re.compile(rb"^\s*SET\s+(\S+)", re.MULTILINE)


def dictionary_encoding(files: DictionaryFiles) -> str:
    """The ``SET`` encoding declared in the affix file (Hunspell's default is ISO-8859-1)."""
    head = files.aff.read_bytes()[:4096]
    match = _SET.search(head)
    name = match.group(1).decode("ascii", "replace") if match else "ISO8859-1"
    try:
        return codecs.lookup(name.replace("ISO8859", "ISO-8859")).name
    except LookupError:
        return "latin-1"


class HunspellDictionary:
    """One loaded Hunspell dictionary with memoised, encoding-safe ``spell``."""

    def __init__(self, files: DictionaryFiles) -> None:
        self.files = files
        self.encoding = dictionary_encoding(files)
        self._lock = threading.Lock()
        self._hunspell = hunspell.Hunspell(files.language, hunspell_data_dir=str(files.folder))
        self._known: dict[str, bool] = {}

    def encodable(self, word: str) -> bool:
        """True when ``word`` can be given to this dictionary at all."""
        try:
            word.encode(self.encoding)
        except UnicodeEncodeError:
            return False
        return True

    def spell(self, word: str) -> bool:
        """True when Hunspell accepts ``word``; False for words it cannot even encode."""
        known = self._known.get(word)
        if known is None:
            known = self.encodable(word) and self._spell(word)
            if len(self._known) > _CACHE_LIMIT:
                self._known.clear()
            self._known[word] = known
        return known

    def _spell(self, word: str) -> bool:
        with self._lock:
            return bool(self._hunspell.spell(word))

    def suggest(self, word: str) -> tuple[str, ...]:
        """Hunspell's own suggestions (slow: tens of milliseconds); empty if not encodable."""
        if not self.encodable(word):
            return ()
        with self._lock:
            return tuple(self._hunspell.suggest(word))
