"""Malformed and hostile requests get a 4xx answer and never take the server down."""

from __future__ import annotations

import json
import socket
import threading
from urllib.parse import urlparse

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaksi.language.checker import Checker
from redaksi.language.findings import Category, Finding
from tests.server.lt_server import running_server, server_config


@pytest.fixture(scope="module")
def http(lt_url: str):
    with httpx.Client(base_url=lt_url, timeout=30) as client:
        yield client


def _alive(http: httpx.Client) -> None:
    assert http.get("/v2/healthcheck").text == "OK"


@pytest.mark.parametrize(
    "body",
    [
        b"text=\xff\xfe&language=id",  # not UTF-8
        b"text=%FF%FE&language=id",  # percent-encoded bytes that are not UTF-8
        b"&".join(b"k%d=v" % i for i in range(5000)) + b"&text=a&language=id",
        b"data=" + b"%5B" * 200_000 + b"&language=id",  # deeply nested JSON
        b"data=%7B%22text%22%3A%22%5Cud800%22%7D&language=id",  # lone surrogate in JSON
        b'data={"annotation":[{"markup":"\\udfff","interpretAs":"x"}]}&language=id',
    ],
)
def test_garbage_bodies_are_400(http: httpx.Client, body: bytes) -> None:
    response = http.post("/v2/check", content=body, headers={"Content-Type": "text/plain"})
    assert response.status_code == 400, response.text
    assert response.text.startswith("Error: ")
    _alive(http)


@pytest.mark.parametrize(
    "text",
    ["", "\x00\x01\x02 tersebu \x7f", "\n" * 3000, "😀" * 2000, "tersebu" * 700, " \u200b\ufeff"],
)
def test_odd_but_valid_texts_are_checked(http: httpx.Client, text: str) -> None:
    response = http.post("/v2/check", data={"text": text, "language": "id"})
    assert response.status_code == 200
    for match in response.json()["matches"]:
        assert 0 <= match["offset"] <= len(text.encode("utf-16-le")) // 2


def test_broken_multipart_is_400(http: httpx.Client) -> None:
    response = http.post(
        "/v2/check",
        content=b"--xyz\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--xyz--",
        headers={"Content-Type": "multipart/form-data; boundary=xyz"},
    )
    assert response.status_code == 400
    upload = http.post(
        "/v2/check", files={"text": ("story.txt", b"Hal tersebu.")}, data={"language": "id"}
    )
    assert upload.status_code == 400
    _alive(http)


def test_broken_http_does_not_take_the_server_down(http: httpx.Client, lt_url: str) -> None:
    address = urlparse(lt_url)
    for junk in (
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",  # a TLS hello on a plain port
        b"POST /v2/check HTTP/1.1\r\nContent-Length: 99999999\r\n\r\ntext=",
        b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
        b"POST /v2/check HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ):
        with socket.create_connection((address.hostname, address.port), timeout=5) as sock:
            sock.sendall(junk)
            sock.shutdown(socket.SHUT_WR)
            try:
                reply = sock.recv(200)
            except TimeoutError:
                reply = b""
        assert not reply.startswith(b"HTTP/1.1 2")
    _alive(http)


_piece = st.one_of(
    st.builds(
        lambda word: {"text": f" {word} "},
        st.sampled_from(["tersebu", "praktek", "warga", "😀", "Jakarta", "dimana", ""]),
    ),
    st.builds(
        lambda markup, interpret: (
            {"markup": markup}
            if interpret is None
            else {"markup": markup, "interpretAs": interpret}
        ),
        st.text(max_size=8),
        st.sampled_from([None, "", " ", "\n\n", "Dummy"]),
    ),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_piece, max_size=25))
def test_annotation_offsets_always_land_on_the_word(http: httpx.Client, pieces: list) -> None:
    original = "".join(piece.get("text", piece.get("markup", "")) for piece in pieces)
    response = http.post(
        "/v2/check", data={"data": json.dumps({"annotation": pieces}), "language": "id"}
    )
    assert response.status_code == 200, response.text
    units = original.encode("utf-16-le")
    for match in response.json()["matches"]:
        word = units[2 * match["offset"] : 2 * (match["offset"] + match["length"])]
        assert word.decode("utf-16-le") in {"tersebu", "praktek", "dimana"}


class _GatedSource:
    """Holds every check until the test opens the gate (a real, slow source)."""

    name = "gated"

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def check(self, text: str, scope: str = "text") -> list[Finding]:
        self.started.set()
        self.release.wait(20)
        return [Finding(0, 1, "GATE_RULE", "Gerbang.", Category.STYLE)] if text else []


def test_full_pool_answers_503_and_recovers() -> None:
    source = _GatedSource()
    config = server_config(workers=1, max_queue=0)
    with running_server(lambda: Checker([source]), config, None) as url:
        results: list[int] = []

        def first() -> None:
            results.append(httpx.post(f"{url}/v2/check", data={"text": "a", "language": "id"},
                                      timeout=30).status_code)  # fmt: skip

        thread = threading.Thread(target=first)
        thread.start()
        assert source.started.wait(10)
        busy = httpx.post(f"{url}/v2/check", data={"text": "b", "language": "id"}, timeout=30)
        assert busy.status_code == 503 and busy.text.startswith("Error: ")
        # The event loop is not blocked by the running check.
        assert httpx.get(f"{url}/v2/healthcheck", timeout=5).text == "OK"
        source.release.set()
        thread.join(20)
        assert results == [200]
        again = httpx.post(f"{url}/v2/check", data={"text": "c", "language": "id"}, timeout=30)
        assert again.status_code == 200
        # Without a store the dictionary endpoints say so instead of failing.
        words = httpx.get(f"{url}/v2/words", timeout=5)
        assert words.status_code == 400 and words.text.startswith("Error: ")
