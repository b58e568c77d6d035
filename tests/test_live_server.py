"""The real service: ``clearpage serve`` under gunicorn, spoken to over HTTP on loopback."""
from __future__ import annotations

import http.client
import json
import socket
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ARTICLE_TITLE, DATA_DIR, article_page, start_server, stop_server

# Body limit of the second server started here, small enough to overflow cheaply.
SMALL_LIMIT = 4096
# Parallel requests sent at once; more than the two workers so some queue.
PARALLEL_REQUESTS = 6
HTTP_TIMEOUT = 30


def connect(base_url: str) -> http.client.HTTPConnection:
    parts = urlsplit(base_url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=HTTP_TIMEOUT)


def request(base_url, method, path, body=None, headers=None):
    conn = connect(base_url)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def post_by_hand(base_url: str, path: str, headers: dict, data: bytes) -> tuple[int, dict]:
    """POST with exactly these headers, then ``data`` as is; the status and JSON answered."""
    conn = connect(base_url)
    try:
        conn.putrequest("POST", path)
        for name, value in headers.items():
            conn.putheader(name, value)
        conn.endheaders()
        conn.send(data)
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


def send_chunked(base_url: str, body: bytes) -> tuple[int, dict]:
    """POST ``body`` as one chunk with Transfer-Encoding: chunked and no Content-Length."""
    return post_by_hand(base_url, "/v1/clean?format=json",
                        {"Content-Type": "text/html", "Transfer-Encoding": "chunked"},
                        b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))


def server_with(settings: dict):
    """A second live server with these CLEARPAGE_* settings, for a module's tests."""
    log_path = Path(tempfile.mkdtemp(prefix="clearpage-live-")) / "server.log"
    process, base_url = start_server(log_path, settings)
    try:
        yield base_url
    finally:
        stop_server(process)


@pytest.fixture(scope="module")
def small_server():
    yield from server_with({"CLEARPAGE_MAX_BYTES": str(SMALL_LIMIT)})


def test_healthz_over_http(live_server):
    status, headers, body = request(live_server, "GET", "/healthz")
    assert status == 200
    assert json.loads(body)["status"] == "ok"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "gunicorn" in headers.get("Server", "")


def test_clean_over_http_returns_reader_page(live_server):
    status, headers, body = request(live_server, "POST", "/v1/clean?url=https://news.example/park",
                                    article_page().encode(), {"Content-Type": "text/html"})
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "script-src" not in headers["Content-Security-Policy"]
    assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    text = body.decode("utf-8")
    assert f"<h1>{ARTICLE_TITLE}</h1>" in text and 'href="https://news.example/park"' in text


def test_legacy_encoding_over_http(live_server):
    body = (DATA_DIR / "ru-windows-1251-none.html").read_bytes()
    status, _, data = request(live_server, "POST", "/v1/clean?format=json", body,
                              {"Content-Type": "text/html; charset=windows-1251"})
    assert status == 200
    assert json.loads(data)["title"] == "В Новосибирске обновят центральную библиотеку"


def test_errors_over_http_are_json(live_server):
    for method, path, body, status in [("GET", "/missing", None, 404),
                                       ("GET", "/v1/clean", None, 405),
                                       ("POST", "/v1/clean", b"", 400)]:
        got, headers, data = request(live_server, method, path, body, {"Content-Type": "text/html"})
        assert got == status
        assert headers["Content-Type"] == "application/json"
        assert set(json.loads(data)["error"]) == {"code", "message"}


def test_declared_oversize_is_refused_without_sending_the_body(live_server):
    conn = connect(live_server)
    try:
        conn.putrequest("POST", "/v1/clean")
        conn.putheader("Content-Type", "text/html")
        conn.putheader("Content-Length", str(200 * 1024 * 1024))
        conn.endheaders()
        response = conn.getresponse()
        assert response.status == 413
        assert json.loads(response.read())["error"]["code"] == "too_large"
    finally:
        conn.close()


def test_chunked_body_under_limit_is_cleaned(live_server):
    status, data = send_chunked(live_server, article_page().encode())
    assert status == 200 and data["title"] == ARTICLE_TITLE


def test_chunked_body_over_limit_is_413(small_server):
    status, data = send_chunked(small_server, b"<p>" + b"a" * (SMALL_LIMIT * 2) + b"</p>")
    assert status == 413 and data["error"]["code"] == "too_large"


def test_small_server_still_cleans_small_pages(small_server):
    status, data = send_chunked(small_server, article_page().encode())
    assert status == 200 and data["readerable"] is True


def test_cors_over_http(live_server):
    origin = "moz-extension://4b3e2a10-1c2d-4e5f-8a9b-0c1d2e3f4a5b"
    _, allowed, _ = request(live_server, "OPTIONS", "/v1/clean", None, {
        "Origin": origin, "Access-Control-Request-Method": "POST"})
    assert allowed.get("Access-Control-Allow-Origin") == origin
    _, refused, _ = request(live_server, "OPTIONS", "/v1/clean", None, {
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in refused


def test_parallel_requests_all_answer(live_server):
    page = article_page().encode()

    def one(_):
        return request(live_server, "POST", "/v1/clean?format=json", page,
                       {"Content-Type": "text/html"})[0]

    with ThreadPoolExecutor(PARALLEL_REQUESTS) as pool:
        assert list(pool.map(one, range(PARALLEL_REQUESTS))) == [200] * PARALLEL_REQUESTS


# --- what gunicorn answers itself, and clients that stall ---------------------------------

# Seconds the stalling server waits for a body: short, so the test does not wait long.
SHORT_BODY_TIMEOUT = 2
# Clients that announce a body and stall, at once: more than the two workers a sync server
# had, fewer than their threads.
STALLED_CLIENTS = 3


def raw_exchange(base_url: str, data: bytes) -> tuple[int, dict, bytes]:
    """Send ``data`` as is on a fresh connection; the status, headers and body answered."""
    parts = urlsplit(base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=HTTP_TIMEOUT) as sock:
        sock.sendall(data)
        response = http.client.HTTPResponse(sock)
        response.begin()
        return response.status, dict(response.getheaders()), response.read()


@pytest.mark.parametrize("data, status, code", [
    (b"GET /" + b"a" * 10_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "uri_too_long"),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 10_000 + b"\r\n\r\n",
     431, "headers_too_large"),
    (b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: 1\r\n" % n for n in range(200))
     + b"\r\n", 431, "headers_too_large"),
    (b"POST /v1/clean HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n<p>x</p>",
     400, "bad_request"),
    (b"GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n", 400, "bad_request"),
    (b"POST /v1/clean HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: brotli\r\n\r\n", 501, "not_implemented"),
])
def test_requests_gunicorn_refuses_get_json_errors(live_server, data, status, code):
    got, headers, body = raw_exchange(live_server, data)
    assert got == status
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Content-Type-Options"] == "nosniff"
    error = json.loads(body)["error"]
    assert error["code"] == code and error["message"]
    assert request(live_server, "GET", "/healthz")[0] == 200


@pytest.fixture(scope="module")
def stalling_server():
    yield from server_with({"CLEARPAGE_BODY_TIMEOUT": str(SHORT_BODY_TIMEOUT)})


def stall(base_url: str) -> tuple[int, dict, float]:
    """Announce a 1,000-byte body, send 10 bytes, then nothing; the answer and when it came."""
    status, payload = post_by_hand(base_url, "/v1/clean",
                                   {"Content-Type": "text/html", "Content-Length": "1000"},
                                   b"<p>hello, ")
    return status, payload, time.monotonic()


def test_stalled_bodies_get_408_and_do_not_starve_other_clients(stalling_server):
    with ThreadPoolExecutor(STALLED_CLIENTS) as pool:
        stalled = [pool.submit(stall, stalling_server) for _ in range(STALLED_CLIENTS)]
        time.sleep(0.3)  # the stalled clients hold their threads now
        status, _, body = request(stalling_server, "POST", "/v1/clean?format=json",
                                  article_page().encode(), {"Content-Type": "text/html"})
        served_at = time.monotonic()
        answers = [future.result() for future in stalled]
    assert status == 200 and json.loads(body)["title"] == ARTICLE_TITLE
    # Sync workers would serve it only once the stalled clients' deadline freed them.
    assert served_at < min(answered_at for _, _, answered_at in answers)
    for status, payload, _ in answers:
        assert status == 408 and payload["error"]["code"] == "request_timeout"
        assert f"{SHORT_BODY_TIMEOUT:g} s" in payload["error"]["message"]
