"""Findings from a newsroom's own LanguageTool server, through language-tool-python.

LanguageTool has no Indonesian, but a newsroom may run it for the languages it does have,
for example English quotes inside an Indonesian story. This source sends those regions to
that server and turns its matches into ``Finding``s. When the server is down it returns
nothing, records a notice the workstation can show, and waits before trying again: a
missing server must never break or slow down Redaksi's own checks.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from redaksi.language.findings import Category, Finding, Level

log = logging.getLogger(__name__)

Regions = Callable[[str], list[tuple[int, int]]]

# language-tool-python's Match converts offsets through class-level state shared by every
# client, so matches are built one check at a time.
_MATCH_LOCK = threading.Lock()

_CATEGORIES = {
    "TYPOS": Category.TYPOS,
    "GRAMMAR": Category.GRAMMAR,
    "STYLE": Category.STYLE,
    "PUNCTUATION": Category.PUNCTUATION,
    "CASING": Category.CASING,
    "TYPOGRAPHY": Category.TYPOGRAPHY,
    "REDUNDANCY": Category.REDUNDANCY,
    "REPETITIONS": Category.REDUNDANCY,
    "REPETITIONS_STYLE": Category.REDUNDANCY,
    "PLAIN_ENGLISH": Category.STYLE,
    "CREATIVE_WRITING": Category.STYLE,
    "PROPER_NOUNS": Category.NAMES,
}
_LEVELS = {
    "misspelling": Level.ERROR,
    "grammar": Level.WARNING,
    "style": Level.SUGGESTION,
    "typographical": Level.SUGGESTION,
    "whitespace": Level.SUGGESTION,
}
MAX_REPLACEMENTS = 5


class RemoteStatus(StrEnum):
    """Where the newsroom's LanguageTool stands, for the workstation's status bar."""

    READY = "ready"
    UNAVAILABLE = "unavailable"
    REJECTED = "rejected"
    UNSUPPORTED = "unsupported"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class RemoteState:
    """The last thing learnt about the server, with a notice in Indonesian."""

    status: RemoteStatus
    notice: str
    at: float


def whole_text(text: str) -> list[tuple[int, int]]:
    """Check all of ``text`` (for a server that knows the story's own language)."""
    return [(0, len(text))] if text.strip() else []


_QUOTE = re.compile(r"“([^”]{1,3000})”|\"([^\"\n]{1,3000})\"")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# fmt: off
_ENGLISH = frozenset(
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from",
        "by", "is", "are", "was", "were", "be", "been", "am", "it", "this", "that", "these",
        "those", "we", "you", "they", "he", "she", "i", "my", "our", "your", "their", "not", "no",
        "will", "would", "can", "could", "should", "have", "has", "had", "do", "does", "did",
        "don't", "can't", "won't", "it's", "there", "what", "which", "who",
    }
)
_INDONESIAN = frozenset(
    {
        "yang", "dan", "di", "ke", "dari", "ini", "itu", "tidak", "akan", "kami", "kita", "saya",
        "untuk", "dengan", "ada", "adalah", "pada", "juga", "sudah", "bisa", "karena", "harus",
        "dalam", "atau", "oleh", "sebagai", "mereka", "dia", "ia", "tersebut",
    }
)
# fmt: on


def reads_as_english(passage: str) -> bool:
    """A cheap, conservative guess: enough English function words, few Indonesian ones."""
    words = [w.lower().replace("’", "'") for w in _WORDS.findall(passage)]
    if len(words) < 3:
        return False
    english = sum(w in _ENGLISH for w in words)
    indonesian = sum(w in _INDONESIAN for w in words)
    return english >= 2 and english > 2 * indonesian and english * 5 >= len(words)


def english_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages that read as English (the inside of the quotes)."""
    spans = []
    for match in _QUOTE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if reads_as_english(match.group(group)):
            spans.append((match.start(group), match.end(group)))
    return spans


def _end_of_units(text: str, start: int, units: int) -> int:
    """The code-point index ``units`` UTF-16 units after ``start``."""
    index = start
    while units > 0 and index < len(text):
        units -= 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    return index


def _client_class() -> type[Any]:
    from language_tool_python import LanguageTool

    class NewsroomLanguageTool(LanguageTool):
        """language-tool-python with a timeout fit for an interactive editor."""

        _TIMEOUT = 10  # type: ignore[assignment]

    return NewsroomLanguageTool


class RemoteLanguageToolSource:
    """A ``FindingSource`` backed by a LanguageTool server at ``url``.

    ``regions`` chooses what to send (English quotes by default); ``on_state`` is told
    whenever the server's status changes (the GUI turns it into a signal).
    """

    name = "languagetool"

    def __init__(
        self,
        url: str,
        language: str = "en-US",
        *,
        regions: Regions = english_quotes,
        retry_after: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        on_state: Callable[[RemoteState], None] | None = None,
    ) -> None:
        self.url = url
        self.language = language
        self.regions = regions
        self.retry_after = retry_after
        self._clock = clock
        self._on_state = on_state
        self._lock = threading.Lock()
        self._client: Any = None
        self._retry_at = 0.0
        self._state = RemoteState(RemoteStatus.UNKNOWN, "", clock())

    @property
    def state(self) -> RemoteState:
        """The server's last known status and notice."""
        return self._state

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        """The server's findings in the chosen regions of ``text``; none when it is down."""
        spans = [(a, b) for a, b in self.regions(text) if 0 <= a < b <= len(text)]
        if not spans:
            return []
        with self._lock:
            if self._clock() < self._retry_at:
                return []
            try:
                client = self._connect()
                findings = []
                with _MATCH_LOCK:
                    for start, end in spans:
                        part = text[start:end]
                        for match in client.check(part):
                            finding = self._finding(match, part)
                            if finding is not None:
                                findings.append(finding.shifted(start))
            except Exception as error:
                self._failed(error)
                return []
            self._set(RemoteStatus.READY, f"LanguageTool redaksi ({self.language}) aktif.")
            return findings

    def close(self) -> None:
        """Forget the connection (the next check reconnects)."""
        with self._lock:
            self._client = None

    def _connect(self) -> Any:
        if self._client is None:
            self._client = _client_class()(self.language, remote_server=self.url)
        return self._client

    def _failed(self, error: Exception) -> None:
        reason = str(error).strip()
        if reason.startswith("Error:"):
            # The server answered but refused this text (too long, bad parameter): the next
            # text may well pass, so no back-off.
            self._set(
                RemoteStatus.REJECTED,
                f"Server LanguageTool redaksi menolak pemeriksaan: {reason[6:].strip()[:200]}",
            )
            log.info("LanguageTool di %s menolak teks: %s", self.url, reason[:200])
            return
        self._retry_at = self._clock() + self.retry_after
        unsupported = isinstance(error, ValueError) and "language" in reason
        if unsupported:
            self._client = None
            self._set(
                RemoteStatus.UNSUPPORTED,
                f"Server LanguageTool redaksi tidak mendukung bahasa {self.language}; "
                "pemeriksaan bahasa asing dilewati.",
            )
        else:
            self._set(
                RemoteStatus.UNAVAILABLE,
                f"Server LanguageTool redaksi ({self.url}) tidak dapat dihubungi; "
                "Redaksi tetap memeriksa dengan aturannya sendiri.",
            )
        log.warning("LanguageTool di %s gagal: %s", self.url, error)

    def _set(self, status: RemoteStatus, notice: str) -> None:
        changed = status is not self._state.status
        self._state = RemoteState(status, notice, self._clock())
        if changed and self._on_state is not None:
            self._on_state(self._state)

    def _finding(self, match: Any, part: str) -> Finding | None:
        start = int(match.offset)
        end = _end_of_units(part, start, int(match.error_length))
        if not 0 <= start < end <= len(part):
            return None
        lt_category = str(match.category)
        issue_type = str(match.rule_issue_type or "uncategorized")
        return Finding(
            start,
            end,
            str(match.rule_id),
            str(match.message),
            _CATEGORIES.get(lt_category, Category.GRAMMAR),
            issue_type,
            _LEVELS.get(issue_type, Level.WARNING),
            tuple(str(r) for r in match.replacements[:MAX_REPLACEMENTS]),
            rule_set="LanguageTool",
            source=self.name,
            extra={"server": self.url, "language": self.language, "category": lt_category},
        )
