"""Affix analysis of Indonesian words over a list of root words.

Hunspell's ``id_ID`` affix flags are incomplete (it rejects ``diklaim`` although it accepts
``mengklaim``), so a derived word is accepted when stripping affixes by the rules of
Indonesian morphology reaches a known root: prefixes meN-, peN-, ber-, di-, ter-, ke-, se-,
per- (with meN-/peN- allomorphy and nasal assimilation: ``memengaruhi`` → ``pengaruh``,
``menyukseskan`` → ``sukses``), suffixes -kan, -i, -an, possessives -ku/-mu/-nya and
particles -lah/-kah/-pun/-tah, and their usual combinations (ke-an, pe-an, per-an, ber-an,
memper-, diper-, keber-, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

PARTICLES = ("lah", "kah", "pun", "tah")
POSSESSIVES = ("nya", "ku", "mu")
DERIVATIONAL = ("kan", "an", "i")
PROCLITICS = ("ku", "kau")
MIN_ROOT = 3

_VOWELS = frozenset("aeiou")


@dataclass(frozen=True, slots=True)
class Analysis:
    """A word taken apart: prefixes outermost first, root, suffixes innermost first."""

    root: str
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()

    @property
    def is_affixed(self) -> bool:
        """True when at least one affix was removed."""
        return bool(self.prefixes or self.suffixes)


def _strip_suffixes(word: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every way of removing particle, possessive and derivational suffixes (none first)."""
    stems = [(word, ())]
    for group in (PARTICLES, POSSESSIVES, DERIVATIONAL):
        grown = []
        for stem, removed in stems:
            for suffix in group:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_ROOT:
                    grown.append((stem[: -len(suffix)], (suffix, *removed)))
        stems.extend(grown)
    yield from stems


def _nasal_roots(rest: str) -> Iterator[str]:
    """Roots behind a meN-/peN- nasal: ``rest`` is what follows ``me``/``pe``."""
    if rest.startswith("ny") and len(rest) > 2:
        yield "s" + rest[2:]  # menyukseskan → sukses
        yield rest  # menyanyi → nyanyi
    elif rest.startswith("ng") and len(rest) > 2:
        tail = rest[2:]
        if tail[0] in _VOWELS:
            yield "k" + tail  # mengirim → kirim
            yield tail  # mengambil → ambil
        else:
            yield tail  # menggali → gali, mengklaim → klaim, menghapus → hapus
        if tail.startswith("e") and len(tail) > 1:
            yield tail[1:]  # mengebom → bom
    elif rest.startswith("m") and len(rest) > 1:
        tail = rest[1:]
        if tail[0] in _VOWELS:
            yield "p" + tail  # memukul → pukul, memengaruhi → pengaruh
        yield tail  # membawa → bawa, mempopulerkan → populer
    elif rest.startswith("n") and len(rest) > 1:
        tail = rest[1:]
        if tail[0] in _VOWELS:
            yield "t" + tail  # menulis → tulis
        yield tail  # mendengar → dengar, mencari → cari
    if rest and rest[0] in "lrwyn":
        yield rest  # melihat → lihat, merusak → rusak, menilai → nilai
    if rest.startswith("m"):
        yield rest  # memasak → masak


def _strip_prefix(stem: str) -> Iterator[tuple[str, str]]:
    """``(prefix, rest)`` for each way one prefix can be removed from ``stem``."""
    if stem.startswith(("me", "pe")):
        prefix = stem[:2] + "N"
        for root in _nasal_roots(stem[2:]):
            yield prefix, root
    if stem.startswith("pe") and len(stem) > 2:
        yield "pe", stem[2:]  # pelaku → laku, peserta → serta
    for prefix in ("ber", "per", "ter"):
        if stem.startswith(prefix):
            yield prefix, stem[3:]
        if stem.startswith(prefix[:2] + "r"):
            yield prefix, stem[2:]  # berencana → rencana, terasa → rasa
    if stem.startswith("bel"):
        yield "ber", stem[3:]  # belajar → ajar
    if stem.startswith("be") and not stem.startswith("ber"):
        yield "ber", stem[2:]  # bekerja → kerja, beternak → ternak
    if stem.startswith("te") and not stem.startswith("ter"):
        yield "ter", stem[2:]  # tercermin spelled tecermin
    for prefix in ("di", "ke", "se"):
        if stem.startswith(prefix):
            yield prefix, stem[2:]


# Prefix and suffix pairs that Indonesian does not combine.
_FORBIDDEN = {
    ("di", "an"),
    ("meN", "an"),
    ("ter", "an"),
    ("ke", "i"),
    ("ke", "kan"),
    ("se", "kan"),
    ("se", "i"),
}
# Which prefix may stand outside which (outermost first).
_STACKS = {
    ("meN", "per"),
    ("di", "per"),
    ("ter", "per"),
    ("ke", "ber"),
    ("ke", "ter"),
    ("ke", "se"),
    ("peN", "ber"),
    ("per", "se"),
    ("ber", "ke"),
    ("ber", "peN"),
    ("ber", "se"),
    ("ber", "pe"),
    ("ke", "peN"),
    ("meN", "ke"),
    ("di", "ke"),
    ("se", "ke"),
    ("se", "peN"),
    ("di", "se"),
    ("meN", "se"),
    ("ter", "se"),
}


def _allowed(prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> bool:
    derivational = [s for s in suffixes if s in DERIVATIONAL]
    if len(derivational) > 1:
        return False
    if prefixes and derivational and (prefixes[0], derivational[0]) in _FORBIDDEN:
        return False
    return not (len(prefixes) == 2 and (prefixes[0], prefixes[1]) not in _STACKS)


def analyses(word: str, is_root: Callable[[str], bool]) -> Iterator[Analysis]:
    """Every analysis of lower-case ``word`` that ends in a root ``is_root`` accepts."""
    seen: set[Analysis] = set()
    for stem, suffixes in _strip_suffixes(word):
        for analysis in _prefix_analyses(stem, suffixes, is_root):
            if analysis not in seen:
                seen.add(analysis)
                yield analysis
    for clitic in PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= MIN_ROOT:
            if is_root(word[len(clitic) :]):
                yield Analysis(word[len(clitic) :], (clitic,), ())
            for inner in analyses(word[len(clitic) :], is_root):
                if not inner.prefixes or inner.prefixes[0] != "meN":
                    yield Analysis(inner.root, (clitic, *inner.prefixes), inner.suffixes)


def _prefix_analyses(
    stem: str, suffixes: tuple[str, ...], is_root: Callable[[str], bool]
) -> Iterator[Analysis]:
    if suffixes and is_root(stem):
        yield Analysis(stem, (), suffixes)
    for first, rest in _strip_prefix(stem):
        if len(rest) < MIN_ROOT:
            continue
        if is_root(rest) and _allowed((first,), suffixes):
            yield Analysis(rest, (first,), suffixes)
        for second, inner in _strip_prefix(rest):
            if len(inner) >= MIN_ROOT and _allowed((first, second), suffixes) and is_root(inner):
                yield Analysis(inner, (first, second), suffixes)


def derive(word: str, is_root: Callable[[str], bool]) -> Analysis | None:
    """The simplest analysis of ``word`` (fewest affixes), or None."""
    best: Analysis | None = None
    for analysis in analyses(word, is_root):
        if not analysis.is_affixed:
            continue
        size = len(analysis.prefixes) + len(analysis.suffixes)
        if best is None or size < len(best.prefixes) + len(best.suffixes):
            best = analysis
    return best
