"""The real service: ``clearpage serve`` under gunicorn, spoken to over HTTP on loopback."""
from __future__ import annotations

import http.client
import json
import tempfile
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


def send_chunked(base_url: str, body: bytes) -> tuple[int, dict]:
    """POST ``body`` as one chunk with Transfer-Encoding: chunked and no Content-Length."""
    conn = connect(base_url)
    try:
        conn.putrequest("POST", "/v1/clean?format=json")
        conn.putheader("Content-Type", "text/html")
        conn.putheader("Transfer-Encoding", "chunked")
        conn.endheaders()
        conn.send(b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def small_server():
    log_path = Path(tempfile.mkdtemp(prefix="clearpage-small-")) / "server.log"
    process, base_url = start_server(log_path, {"CLEARPAGE_MAX_BYTES": str(SMALL_LIMIT)})
    try:
        yield base_url
    finally:
        stop_server(process)


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
