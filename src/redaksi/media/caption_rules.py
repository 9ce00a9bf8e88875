"""The photo desk's rules for captions, credits and alt text, as checker findings.

House form of an Indonesian news caption: a keyword in capitals, an en dash with spaces,
then one or two sentences ending in a full stop —
``BANJIR – Warga menyeberangi genangan di Kampung Melayu, Jakarta, Selasa (2/1/2024).``
Credit goes in its own field as ``FOTO: AGENCY/Photographer``.  Alt text is for screen
readers: required, describes what is visible, is not a copy of the caption.

:class:`CaptionRules` is a ``FindingSource`` over one field (scopes ``caption``,
``alt_text`` and ``credit``); :func:`check_photo` adds the rules that need the whole photo.
All of it is a few regular expressions per field: cheap enough to run on every keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from redaksi.language.findings import Category, Finding, Level
from redaksi.story.model import Photo

CAPTION_MAX = 400
CAPTION_MIN_TEXT = 30
ALT_MAX = 250
CREDIT_MAX = 120
KEYWORD_MAX_WORDS = 3

# Keyword (up to four words, no sentence punctuation), a dash of some kind, the text.
_KEYWORD_FORM = re.compile(
    r"^(?P<kw>[^\s–—\-.,;:!?][^–—\-.;:!?\n]{0,40}?)(?P<sep>\s*(?:–|—|--?)\s*)(?P<rest>\S.*)$",
    re.DOTALL,
)
_SENTENCE_END = re.compile(r"[.!?][”\"’')]*\s*$")
_CREDIT_PREFIX = re.compile(r"^\s*foto\s*:\s*", re.IGNORECASE)
_ALT_REDUNDANT = re.compile(
    r"^\s*(?:foto|gambar|ilustrasi|image|picture)\s+(?:of\s+|dari\s+)?", re.IGNORECASE
)
_WORD = re.compile(r"\S+")

RULE_SET = "caption"
SOURCE = "redaksi.caption"


def _finding(
    start: int,
    end: int,
    rule_id: str,
    message: str,
    level: Level = Level.WARNING,
    category: Category = Category.STRUCTURE,
    replacements: tuple[str, ...] = (),
    issue_type: str = "uncategorized",
    short: str = "",
) -> Finding:
    return Finding(
        start=start,
        end=end,
        rule_id=rule_id,
        message=message,
        category=category,
        issue_type=issue_type,
        level=level,
        replacements=replacements,
        short_message=short,
        rule_set=RULE_SET,
        source=SOURCE,
    )


class CaptionRules:
    """Caption, credit and alt-text form checks (a ``FindingSource``)."""

    name = "caption-rules"

    def check(self, text: str, scope: str = "caption") -> list[Finding]:
        """Findings for one field; scopes other than caption, alt_text, credit get none."""
        if scope == "caption":
            return check_caption(text)
        if scope == "alt_text":
            return check_alt_text(text)
        if scope == "credit":
            return check_credit(text)
        return []


def check_caption(text: str) -> list[Finding]:
    """Keyword form, dash, closing full stop and length of a caption."""
    if not text.strip():
        return [
            _finding(
                0,
                len(text),
                "CAPTION_EMPTY",
                "Keterangan foto belum diisi.",
                Level.ERROR,
                short="Keterangan kosong",
            )
        ]
    found: list[Finding] = []
    match = _KEYWORD_FORM.match(text)
    if match is None or _reads_as_sentence(match["kw"]):
        first = _WORD.search(text)
        assert first is not None  # text is not blank
        found.append(
            _finding(
                first.start(),
                first.end(),
                "CAPTION_KEYWORD_MISSING",
                "Keterangan foto diawali kata kunci berhuruf kapital dan tanda pisah, "
                "misalnya “BANJIR – Warga menyeberangi …”.",
                short="Tanpa kata kunci",
            )
        )
        rest_start = 0
    else:
        found.extend(_keyword_findings(match))
        rest_start = match.start("rest")
    stripped = text.rstrip()
    if not _SENTENCE_END.search(stripped):
        last = list(_WORD.finditer(stripped))[-1]
        found.append(
            _finding(
                last.start(),
                last.end(),
                "CAPTION_END_PERIOD",
                "Keterangan foto diakhiri titik.",
                category=Category.STYLE,
                replacements=(last.group() + ".",),
                issue_type="typographical",
                short="Tanpa titik",
            )
        )
    body = text[rest_start:].strip()
    if len(text) > CAPTION_MAX:
        found.append(
            _finding(
                CAPTION_MAX,
                len(text),
                "CAPTION_TOO_LONG",
                f"Keterangan foto terlalu panjang ({len(text)} karakter, paling banyak "
                f"{CAPTION_MAX}). Pindahkan rinciannya ke tubuh berita.",
                category=Category.STYLE,
                issue_type="style",
                short="Terlalu panjang",
            )
        )
    elif len(body) < CAPTION_MIN_TEXT:
        found.append(
            _finding(
                rest_start,
                len(stripped),
                "CAPTION_TOO_SHORT",
                "Keterangan foto terlalu singkat: sebutkan siapa, sedang apa, di mana, dan kapan.",
                Level.SUGGESTION,
                Category.STYLE,
                issue_type="style",
                short="Terlalu singkat",
            )
        )
    return found


def _reads_as_sentence(keyword: str) -> bool:
    # "Warga menyeberangi sungai - …" is prose with a dash, not a keyword set in lower case.
    return keyword != keyword.upper() and len(keyword.split()) > KEYWORD_MAX_WORDS - 1


def _keyword_findings(match: re.Match[str]) -> list[Finding]:
    found = []
    keyword = match["kw"]
    if keyword != keyword.upper():
        found.append(
            _finding(
                match.start("kw"),
                match.end("kw"),
                "CAPTION_KEYWORD_CASE",
                "Kata kunci keterangan foto ditulis dengan huruf kapital semua.",
                category=Category.STYLE,
                replacements=(keyword.upper(),),
                issue_type="style",
                short="Kata kunci kapital",
            )
        )
    if len(keyword.split()) > KEYWORD_MAX_WORDS:
        found.append(
            _finding(
                match.start("kw"),
                match.end("kw"),
                "CAPTION_KEYWORD_LONG",
                "Kata kunci sebaiknya satu sampai tiga kata.",
                Level.SUGGESTION,
                Category.STYLE,
                issue_type="style",
                short="Kata kunci panjang",
            )
        )
    if match["sep"] != " – ":
        found.append(
            _finding(
                match.start("sep"),
                match.end("sep"),
                "CAPTION_DASH",
                "Pisahkan kata kunci dari teks dengan tanda pisah (–) berspasi di kedua sisinya.",
                category=Category.STYLE,
                replacements=(" – ",),
                issue_type="typographical",
                short="Tanda pisah",
            )
        )
    return found


def check_credit(text: str) -> list[Finding]:
    """A credit is present and reads ``FOTO: …``."""
    if not text.strip():
        return [
            _finding(
                0,
                len(text),
                "CREDIT_MISSING",
                "Kredit foto wajib diisi, misalnya “FOTO: ANTARA/Nama Pewarta Foto”.",
                Level.ERROR,
                short="Tanpa kredit",
            )
        ]
    found = []
    prefix = _CREDIT_PREFIX.match(text)
    if prefix is None:
        found.append(
            _finding(
                0,
                len(text),
                "CREDIT_FORM",
                "Kredit foto diawali “FOTO: ”.",
                replacements=(f"FOTO: {text.strip()}",),
                short="Bentuk kredit",
            )
        )
    elif prefix.group() != "FOTO: ":
        found.append(
            _finding(
                0,
                prefix.end(),
                "CREDIT_FORM",
                "Tulis awalan kredit sebagai “FOTO: ”.",
                category=Category.STYLE,
                replacements=("FOTO: ",),
                issue_type="typographical",
                short="Bentuk kredit",
            )
        )
    if len(text) > CREDIT_MAX:
        found.append(
            _finding(
                CREDIT_MAX,
                len(text),
                "CREDIT_TOO_LONG",
                f"Kredit foto terlalu panjang (paling banyak {CREDIT_MAX} karakter).",
                category=Category.STYLE,
                issue_type="style",
            )
        )
    return found


def check_alt_text(text: str) -> list[Finding]:
    """Alt text is present, short enough for a screen reader and not padded."""
    if not text.strip():
        return [
            _finding(
                0,
                len(text),
                "ALT_MISSING",
                "Teks alternatif wajib diisi untuk pembaca layar: gambarkan apa yang "
                "terlihat di foto.",
                Level.ERROR,
                short="Tanpa teks alternatif",
            )
        ]
    found = []
    redundant = _ALT_REDUNDANT.match(text)
    if redundant:
        rest = text[redundant.end() :]
        found.append(
            _finding(
                0,
                redundant.end() + min(1, len(rest)),
                "ALT_REDUNDANT_PREFIX",
                "Tidak perlu menulis “Foto …”: pembaca layar sudah menyebut bahwa ini gambar.",
                Level.SUGGESTION,
                Category.STYLE,
                replacements=(rest[:1].upper(),),
                issue_type="style",
            )
        )
    if "FOTO:" in text.upper():
        start = text.upper().index("FOTO:")
        found.append(
            _finding(
                start,
                len(text),
                "ALT_HAS_CREDIT",
                "Kredit foto tidak perlu ada di teks alternatif.",
                category=Category.STYLE,
                issue_type="style",
            )
        )
    if len(text) > ALT_MAX:
        found.append(
            _finding(
                ALT_MAX,
                len(text),
                "ALT_TOO_LONG",
                f"Teks alternatif terlalu panjang ({len(text)} karakter, paling banyak "
                f"{ALT_MAX}); cukup satu atau dua kalimat.",
                category=Category.STYLE,
                issue_type="style",
            )
        )
    return found


def _normalised(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


@dataclass
class PhotoCheck:
    """Findings per field of one photo (``caption``, ``credit``, ``alt_text``)."""

    caption: list[Finding] = field(default_factory=list)
    credit: list[Finding] = field(default_factory=list)
    alt_text: list[Finding] = field(default_factory=list)

    def all(self) -> list[Finding]:
        """Every finding, caption first."""
        return [*self.caption, *self.credit, *self.alt_text]

    @property
    def needs_attention(self) -> bool:
        """True when the photo cannot be published as is (missing credit or alt text)."""
        return any(f.level is Level.ERROR for f in self.all())

    def warnings(self) -> list[str]:
        """Short messages for a badge's tooltip: the errors only."""
        return [f.message for f in self.all() if f.level is Level.ERROR]


def check_photo(photo: Photo) -> PhotoCheck:
    """All caption rules for one photo, including alt text that merely repeats the caption."""
    result = PhotoCheck(
        caption=check_caption(photo.caption),
        credit=check_credit(photo.credit),
        alt_text=check_alt_text(photo.alt_text),
    )
    alt = _normalised(photo.alt_text)
    caption = _normalised(photo.caption)
    if alt and caption and (alt == caption or (len(alt) > 20 and alt in caption)):
        result.alt_text.append(
            _finding(
                0,
                len(photo.alt_text),
                "ALT_SAME_AS_CAPTION",
                "Teks alternatif menyalin keterangan foto. Gambarkan apa yang terlihat, "
                "bukan berita di baliknya.",
                Level.ERROR,
                short="Sama dengan keterangan",
            )
        )
    return result
