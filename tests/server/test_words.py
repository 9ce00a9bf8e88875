"""``/v2/words``: the newsroom dictionary over LanguageTool's dictionary API."""

from __future__ import annotations

import time

import httpx
import pytest

from redaksi.store.dictionary import NewsroomDictionary
from redaksi.store.users import ensure_user
from tests.server.lt_server import TOKEN, running_server, server_config
from tests.server.substitution_source import make_checker


@pytest.fixture(scope="module")
def http(lt_url: str):
    with httpx.Client(base_url=lt_url, timeout=30) as client:
        yield client


def _flagged(http: httpx.Client, text: str) -> set[str]:
    body = http.post("/v2/check", data={"text": text, "language": "id-ID"}).json()
    return {text[m["offset"] : m["offset"] + m["length"]] for m in body["matches"]}


def test_words_lists_the_newsroom_dictionary(http: httpx.Client, server_store) -> None:
    dictionary = NewsroomDictionary(server_store.sessions)
    dictionary.add("Baghuz", "name")
    dictionary.add("cuitannya")
    words = http.get("/v2/words", params={"limit": 100}).json()["words"]
    assert {"Baghuz", "cuitannya"} <= set(words)
    assert words == sorted(words)
    page = http.get("/v2/words", params={"offset": 1, "limit": 1}).json()["words"]
    assert page == words[1:2]
    assert http.get("/v2/words", params={"limit": "-1"}).status_code == 400


def test_writes_need_the_token(http: httpx.Client, server_store) -> None:
    for credentials in ({}, {"username": "rini", "apiKey": "salah"}):
        response = http.post("/v2/words/add", data={"word": "kemarn", **credentials})
        assert response.status_code == 403 and response.text.startswith("Error: ")
        delete = http.post("/v2/words/delete", data={"word": "Baghuz", **credentials})
        assert delete.status_code == 403
    assert "kemarn" not in NewsroomDictionary(server_store.sessions).words()
    assert "Baghuz" in NewsroomDictionary(server_store.sessions).words()


def test_added_word_is_accepted_by_the_next_check(http: httpx.Client, server_store) -> None:
    ensure_user(server_store.sessions, "rini", "Rini K.", "editor")
    text = "Rapat kemarn selesai."
    assert "kemarn" in _flagged(http, text)
    auth = {"username": "rini", "apiKey": TOKEN}
    added = http.post("/v2/words/add", data={"word": "kemarn", **auth})
    assert added.json() == {"added": True}
    assert http.post("/v2/words/add", data={"word": "kemarn", **auth}).json() == {"added": False}
    entry = next(
        e for e in NewsroomDictionary(server_store.sessions).entries() if e.word == "kemarn"
    )
    assert entry.added_by == "Rini K."
    assert "kemarn" not in _flagged(http, text)
    assert http.post("/v2/words/delete", data={"word": "kemarn", **auth}).json() == {
        "deleted": True
    }
    assert http.post("/v2/words/delete", data={"word": "kemarn", **auth}).json() == {
        "deleted": False
    }
    assert "kemarn" in _flagged(http, text)


@pytest.mark.parametrize("word", ["", "   ", "dua kata", "x" * 121])
def test_bad_words_are_refused(http: httpx.Client, server_store, word: str) -> None:
    before = NewsroomDictionary(server_store.sessions).words()
    response = http.post("/v2/words/add", data={"word": word, "apiKey": TOKEN})
    assert response.status_code == 400 and response.text.startswith("Error: ")
    assert NewsroomDictionary(server_store.sessions).words() == before


def test_names_go_to_the_names_list(http: httpx.Client, server_store) -> None:
    response = http.post(
        "/v2/words/add", data={"word": "Sukabumi", "dict": "names", "apiKey": TOKEN}
    )
    assert response.json() == {"added": True}
    assert "Sukabumi" in NewsroomDictionary(server_store.sessions).words("name")


def test_without_a_configured_token_the_dictionary_is_read_only(server_store) -> None:
    config = server_config(token=None)
    with running_server(lambda: make_checker(server_store), config, server_store) as url:
        response = httpx.post(f"{url}/v2/words/add", data={"word": "wkwk", "apiKey": ""})
        assert response.status_code == 403 and "--token" in response.text
        assert httpx.get(f"{url}/v2/words").status_code == 200
    assert "wkwk" not in NewsroomDictionary(server_store.sessions).words()


def test_words_added_at_a_desk_reach_the_server(server_store) -> None:
    config = server_config(dictionary_poll_seconds=0.05)
    text = "Warga mengunakan jalan lain."
    dictionary = NewsroomDictionary(server_store.sessions)

    def wait_for(flagged: bool, http: httpx.Client) -> None:
        deadline = time.monotonic() + 10
        while ("mengunakan" in _flagged(http, text)) != flagged:
            assert time.monotonic() < deadline, "the server never saw the dictionary change"
            time.sleep(0.05)

    server = running_server(lambda: make_checker(server_store), config, server_store)
    with server as url, httpx.Client(base_url=url, timeout=30) as http:
        wait_for(True, http)
        dictionary.add("mengunakan")  # a desk, not the server, changes the dictionary
        wait_for(False, http)
        dictionary.remove("mengunakan")
        wait_for(True, http)
