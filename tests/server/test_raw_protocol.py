"""Raw HTTP requests shaped like LanguageTool's other clients, and LanguageTool's errors."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import httpx
import pytest

from tests.server.lt_server import CORS_ORIGIN, TEXT_LIMIT


def _utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le")
    return units[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def _match(body: dict, rule_id: str) -> list[dict]:
    return [m for m in body["matches"] if m["rule"]["id"] == rule_id]


@pytest.fixture(scope="module")
def http(lt_url: str):
    with httpx.Client(base_url=lt_url, timeout=30) as client:
        yield client


def test_languages_and_healthcheck(http: httpx.Client) -> None:
    languages = http.get("/v2/languages")
    assert languages.status_code == 200
    assert languages.headers["content-type"].startswith("application/json")
    assert {"name": "Indonesian", "code": "id", "longCode": "id-ID"} in languages.json()
    health = http.get("/v2/healthcheck")
    assert (health.status_code, health.text) == (200, "OK")
    assert http.get("/v2/maxtextlength").text == str(TEXT_LIMIT)


def test_response_has_languagetool_shape(http: httpx.Client) -> None:
    body = http.post("/v2/check", data={"text": "Hal tersebu.", "language": "id-ID"}).json()
    assert set(body) >= {"software", "warnings", "language", "matches"}
    assert body["language"]["code"] == "id-ID"
    assert body["warnings"] == {"incompleteResults": False}
    (match,) = _match(body, "ID_SPELLING_RULE")
    assert set(match) >= {
        "message", "shortMessage", "replacements", "offset", "length", "context",
        "sentence", "type", "rule",
    }  # fmt: skip
    assert match["rule"]["id"].endswith("_SPELLING_RULE")
    assert set(match["rule"]) >= {"id", "description", "issueType", "category"}
    assert match["rule"]["category"]["id"] == "TYPOS"
    assert match["replacements"] == [{"value": "tersebut"}]


def test_ltex_json_content_type_with_form_body_and_annotations(http: httpx.Client) -> None:
    # LTeX checks Markdown/LaTeX: markup is skipped, interpretAs stands in for it, and the
    # offsets must land in the document LTeX sent (markup included, emoji as two units).
    annotation = [
        {"markup": "# "},
        {"text": "Judul 😀"},
        {"markup": "\n\n", "interpretAs": "\n\n"},
        {"text": "Hal "},
        {"markup": "**"},
        {"text": "tersebu"},
        {"markup": "**"},
        {"text": " terjadi di "},
        {"markup": "$x^2$", "interpretAs": "Dummy0"},
        {"text": " dimana saja."},
    ]
    original = "".join(part.get("text", part.get("markup", "")) for part in annotation)
    form = urlencode(
        {
            "data": json.dumps({"annotation": annotation}),
            "language": "id-ID",
            "motherTongue": "en-US",
            "disabledRules": "SOME_OTHER_RULE",
        }
    )
    response = http.post(
        "/v2/check",
        content=form.encode("utf-8"),
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    (typo,) = _match(body, "ID_SPELLING_RULE")
    assert _utf16_slice(original, typo["offset"], typo["length"]) == "tersebu"
    style = [m for m in body["matches"] if m["replacements"] == [{"value": "di mana"}]]
    assert [_utf16_slice(original, m["offset"], m["length"]) for m in style] == ["dimana"]
    # Context and sentence come from the plain text the checker saw.
    assert "**" not in typo["context"]["text"]
    assert typo["sentence"] == "Hal tersebu terjadi di Dummy0 dimana saja."


def test_libreoffice_form_body(http: httpx.Client) -> None:
    text = "Rapat kemarn membahas praktek lama."
    response = http.post(
        "/v2/check",
        data={"text": text, "language": "id-ID", "level": "picky", "useragent": "LibreOffice"},
    )
    assert response.status_code == 200
    matches = response.json()["matches"]
    found = {text[m["offset"] : m["offset"] + m["length"]]: m for m in matches}
    assert found["kemarn"]["rule"]["issueType"] == "misspelling"
    assert found["kemarn"]["replacements"][0]["value"] == "kemarin"
    assert found["praktek"]["rule"]["category"]["id"] == "STYLE"
    assert all(m["message"] for m in matches)


def test_get_check_and_multipart(http: httpx.Client) -> None:
    get = http.get("/v2/check", params={"text": "Hal tersebu.", "language": "id"})
    assert _match(get.json(), "ID_SPELLING_RULE")
    multipart = http.post(
        "/v2/check",
        files={"text": (None, "Hal tersebu."), "language": (None, "auto")},
    )
    assert multipart.status_code == 200
    assert _match(multipart.json(), "ID_SPELLING_RULE")


def test_rule_and_category_switches(http: httpx.Client) -> None:
    text = "Hal tersebu jadi praktek."

    def rules(**params: str) -> set[str]:
        data = {"text": text, "language": "id-ID", **params}
        return {m["rule"]["id"] for m in http.post("/v2/check", data=data).json()["matches"]}

    assert {"ID_SPELLING_RULE", "ID_BAKU_RULE"} <= rules()
    assert "ID_SPELLING_RULE" not in rules(disabledCategories="TYPOS")
    assert "ID_BAKU_RULE" not in rules(disabledRules="ID_BAKU_RULE, OTHER")
    assert rules(enabledOnly="true", enabledCategories="STYLE") == {"ID_BAKU_RULE"}
    assert rules(enabledOnly="yes", enabledRules="ID_SPELLING_RULE") == {"ID_SPELLING_RULE"}
    assert "ID_RINGKAS_RULE" in rules(text="Ini merupakan contoh.", enabledRules="ID_RINGKAS_RULE")
    # A rule enabled by name wins over its disabled category, as in LanguageTool.
    assert rules(disabledCategories="TYPOS,STYLE", enabledRules="ID_SPELLING_RULE") == {
        "ID_SPELLING_RULE"
    }


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"text": "Hal tersebu."}, "'language'"),
        ({"text": "Hal tersebu.", "language": "en-US"}, "'en-US'"),
        ({"text": "Hal tersebu.", "language": "xx-YY-zz"}, "id-ID"),
        ({"language": "id-ID"}, "'text' atau 'data'"),
        ({"text": "a", "data": '{"text": "a"}', "language": "id"}, "'text' atau 'data'"),
        ({"data": "{not json", "language": "id"}, "JSON"),
        ({"data": "[1, 2]", "language": "id"}, "objek"),
        ({"data": '{"annotation": {"text": "a"}}', "language": "id"}, "daftar"),
        ({"data": '{"annotation": [{"text": 5}]}', "language": "id"}, "'text'"),
        ({"data": '{"annotation": [{"text": "a", "markup": "b"}]}', "language": "id"}, "keduanya"),
        ({"data": '{"annotation": [{"text": "a", "interpretAs": "b"}]}'}, "markup"),
        ({"data": '{"annotation": [{"comment": "a"}]}', "language": "id"}, "'markup'"),
        ({"data": '{"meta": 1}', "language": "id"}, "'annotation'"),
        ({"text": "a", "language": "id", "enabledOnly": "true"}, "enabledOnly"),
        (
            {"text": "a", "language": "id", "enabledOnly": "true", "enabledRules": "X",
             "disabledRules": "Y"},
            "enabledOnly",
        ),
        ({"text": "a", "language": "id", "level": "pedantic"}, "level"),
    ],
)  # fmt: skip
def test_bad_parameters_are_400_plain_text(http: httpx.Client, params: dict, needle: str) -> None:
    if "data" in params:
        params = {"language": "id", **params}
    response = http.post("/v2/check", data=params)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith("Error: ")
    assert needle in response.text


def test_text_over_limit_is_413(http: httpx.Client) -> None:
    ok = http.post("/v2/check", data={"text": "a" * TEXT_LIMIT, "language": "id"})
    assert ok.status_code == 200
    # The limit counts UTF-16 units, as LanguageTool's Java strings do.
    emoji = "😀" * (TEXT_LIMIT // 2 + 1)
    for text in ("a" * (TEXT_LIMIT + 1), emoji):
        response = http.post("/v2/check", data={"text": text, "language": "id"})
        assert response.status_code == 413
        assert response.text.startswith("Error: ") and str(TEXT_LIMIT) in response.text
    annotated = json.dumps({"annotation": [{"text": "b" * (TEXT_LIMIT + 1)}]})
    assert http.post("/v2/check", data={"data": annotated, "language": "id"}).status_code == 413


def test_body_far_over_limit_is_refused_before_reading_it_all(http: httpx.Client) -> None:
    response = http.post(
        "/v2/check", content=b"text=" + b"a" * (40 * TEXT_LIMIT + (2 << 20)) + b"&language=id"
    )
    assert response.status_code == 413
    assert response.text.startswith("Error: ")


def test_unknown_paths_and_methods(http: httpx.Client) -> None:
    missing = http.get("/v2/spellcheck")
    assert missing.status_code == 404 and missing.text.startswith("Error: ")
    wrong = http.delete("/v2/check")
    assert wrong.status_code == 405 and wrong.text.startswith("Error: ")
    get_add = http.get("/v2/words/add", params={"word": "x"})
    assert get_add.status_code == 400 and "POST" in get_add.text


def test_cors_origin(http: httpx.Client) -> None:
    simple = http.post(
        "/v2/check", data={"text": "a", "language": "id"}, headers={"Origin": CORS_ORIGIN}
    )
    assert simple.headers["access-control-allow-origin"] == CORS_ORIGIN
    preflight = http.options(
        "/v2/check",
        headers={"Origin": CORS_ORIGIN, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == CORS_ORIGIN
    other = http.post(
        "/v2/check", data={"text": "a", "language": "id"}, headers={"Origin": "https://evil.test"}
    )
    assert "access-control-allow-origin" not in other.headers
