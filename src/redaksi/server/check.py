"""``/v2/check``: read a request, check its plain text, answer in LanguageTool's shape.

``answer`` runs on a worker thread: parsing annotation JSON, checking and serialising a
long story are all CPU work that must stay off the event loop.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from redaksi.language.checker import Checker
from redaksi.language.ltjson import INDONESIAN, LanguageInfo, check_response, utf16_length
from redaksi.server.annotation import AnnotatedText, parse_data
from redaksi.server.errors import BadRequest, TextTooLong
from redaksi.server.selection import RuleSelection

# What ``/v2/languages`` lists: one language, by its short and long code.
LANGUAGES = [{"name": "Indonesian", "code": "id", "longCode": "id-ID"}]
_CODES = ("id", "id-id")


@dataclass(frozen=True)
class CheckRequest:
    """A validated check request."""

    text: AnnotatedText
    language: LanguageInfo
    selection: RuleSelection
    mother_tongue: str | None = None


def read_language(params: Mapping[str, str]) -> LanguageInfo:
    """The ``language`` parameter: ``id``, ``id-ID`` or ``auto``; anything else is a 400."""
    value = params.get("language")
    if value is None or not value.strip():
        raise BadRequest("Parameter 'language' tidak ada (pakai id, id-ID atau auto)")
    code = value.strip().replace("_", "-").lower()
    if code == "auto" or code in _CODES:
        return INDONESIAN
    shown = value.strip()[:40]
    raise BadRequest(
        f"'{shown}' bukan kode bahasa yang dikenal server ini. "
        "Kode bahasa yang didukung: id, id-ID, auto"
    )


def read_text(params: Mapping[str, str]) -> AnnotatedText:
    """The text to check, from ``text`` or from ``data`` annotations."""
    if "text" in params and "data" in params:
        raise BadRequest("Isi hanya parameter 'text' atau 'data', jangan keduanya")
    if "text" in params:
        return AnnotatedText.plain_text(params["text"])
    if "data" in params:
        annotated = parse_data(params["data"])
        try:
            annotated.original.encode("utf-8")
        except UnicodeEncodeError as error:
            raise BadRequest("Parameter 'data' memuat karakter yang tidak sah") from error
        return annotated
    raise BadRequest("Parameter 'text' atau 'data' tidak ada")


def read_check_request(params: Mapping[str, str], max_text_length: int) -> CheckRequest:
    """Validate every parameter of a check; ``ProtocolError`` for what LanguageTool refuses."""
    if "text" not in params and "data" not in params:
        raise BadRequest("Parameter 'text' atau 'data' tidak ada")
    language = read_language(params)
    selection = RuleSelection.from_params(params)
    text = read_text(params)
    length = utf16_length(text.plain)
    if length > max_text_length:
        raise TextTooLong(
            f"Teks Anda melebihi batas {max_text_length} karakter "
            f"(panjangnya {length} karakter). Kirimkan teks yang lebih pendek."
        )
    return CheckRequest(text, language, selection, params.get("motherTongue") or None)


def answer(params: Mapping[str, str], max_text_length: int, checker: Checker) -> bytes:
    """The JSON body answering a check request (run on a worker thread)."""
    request = read_check_request(params, max_text_length)
    plain = request.text.plain
    findings = request.selection.apply(checker.check(plain, "text"))
    body = check_response(findings, plain, locate=request.text.locate, language=request.language)
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
