"""Hostile and broken input: every case gets a documented status and JSON error, or a 200 with
its best result, within the time budget; the worker stays healthy; nothing crashes."""
from __future__ import annotations

import gzip
import json
import socket
import threading
import time
import urllib.request
from pathlib import Path

import lxml.html
import pytest

from clearpage import clean
from clearpage.errors import ClearpageError, TimedOut
from clearpage.extract.parse import bound_tree, parse
from clearpage.isolate import ExtractionFailed, ExtractionPool, Job
from clearpage.limits import (DEFAULT_TIMEOUT, MAX_ATTRIBUTE_CHARS, MAX_BODY_BYTES, MAX_DEPTH,
                              MAX_ELEMENTS, timeout_from_env)
from clearpage.web import EXTRACT_KEY, create_app
from extract_fakes import crash_job, hog_job, sleep_job, spin_job
from security.policy import assert_policy

# Wall-clock allowance per request: the budget plus slack for a slow CI machine.
BUDGET = DEFAULT_TIMEOUT + 3.0
PARA = ("<p>The council voted to approve the plan after a long debate about the costs, the "
        "benefits and the years of construction that residents of the district will face.</p>\n")
STORY = "<h1>Council approves the plan</h1>" + PARA * 6


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>Plan</title>{head}</head><body><article>{body}</article></body></html>"


@pytest.fixture(scope="module")
def client():
    return create_app({"TESTING": True}).test_client()


def post(client, data, content_type="text/html", query=""):
    start = time.monotonic()
    response = client.post(f"/v1/clean?format=json{query}", data=data, content_type=content_type)
    elapsed = time.monotonic() - start
    assert elapsed < BUDGET, f"took {elapsed:.1f} s"
    body = response.get_json()
    assert body is not None, response.get_data()[:200]
    if response.status_code == 200:
        assert_policy(body["content_html"])
    else:
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    return response.status_code, body


def error_code(body):
    return body["error"]["code"]


# --- empty, binary, encodings ------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   ", b"\n\t\r\n ", b"\xef\xbb\xbf", b"\x00" * 64])
def test_empty_or_blank_body(client, data):
    status, body = post(client, data)
    assert status in (400, 415) and error_code(body) in ("empty_input", "unsupported_media_type")


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(200)
GZIP = gzip.compress(page(STORY).encode())


@pytest.mark.parametrize("name,data", [("png", PNG), ("pdf", PDF), ("gzip", GZIP),
                                       ("random", bytes((i * 7919) % 256 for i in range(5000)))])
def test_binary_body_is_refused(client, name, data):
    status, body = post(client, data, content_type="application/octet-stream")
    assert status == 415 and error_code(body) == "unsupported_media_type", body


def test_invalid_utf8_is_decoded_best_effort(client):
    data = page(STORY).encode().replace(b"council", b"counc\xff\xfeil", 3)
    status, body = post(client, data, content_type="text/html; charset=utf-8")
    assert status == 200 and "approve the plan" in body["text"]


@pytest.mark.parametrize("content_type,head", [
    ("text/html; charset=shift_jis", ""),                          # header lies
    ("text/html", '<meta charset="iso-8859-1">'),                  # meta lies
    ("text/html; charset=no-such-charset", ""),                    # unknown label
    ("text/html; charset=utf-16", ""),                             # impossible for this body
])
def test_wrong_declared_charset(client, content_type, head):
    data = page(STORY.replace("council", "Zürich council"), head).encode("utf-8")
    status, body = post(client, data, content_type=content_type)
    assert status == 200 and "approve the plan" in body["text"]


@pytest.mark.parametrize("payload,code", [
    (b'{"html": 12}', "bad_request"), (b'{"html": null}', "bad_request"),
    (b'{"html": ["<p>x</p>"]}', "bad_request"), (b'{}', "bad_request"), (b'[]', "bad_request"),
    (b'"<p>x</p>"', "bad_request"), (b'{"html": "<p>x</p>", "url": 5}', "bad_request"),
    (b'{"html": "<p>x</p>", "explain": "yes"}', "bad_request"), (b'{"html": ', "bad_request"),
    (b'\xff\xfe{"html"}', "bad_request"), (b'{"html": "   "}', "empty_input"),
])
def test_json_with_wrong_types(client, payload, code):
    status, body = post(client, payload, content_type="application/json")
    assert status in (400, 422) and error_code(body) == code, body


def test_json_with_lone_surrogate_and_controls(client):
    html = page(STORY + '<p title="\ud800">x\ud800\x01\x0e<a href="\x01javascript:alert(1)">l</a></p>')
    payload = json.dumps({"html": html})  # json escapes the surrogate as \ud800
    status, body = post(client, payload.encode(), content_type="application/json")
    assert status == 200 and "approve the plan" in body["text"]


def test_text_without_markup_and_json_as_html(client):
    status, body = post(client, b"just some words, no markup at all " * 20)
    assert status == 422 and error_code(body) == "not_html"
    status, body = post(client, b'{"a": [1, 2, 3]}', content_type="text/html")
    assert status == 422 and error_code(body) == "not_html"


# --- size --------------------------------------------------------------------------------------

def test_body_over_the_limit_is_413_by_declared_length(client):
    data = b"<p>" + b"x" * (MAX_BODY_BYTES + 10)
    status, body = post(client, data)
    assert status == 413 and error_code(body) == "too_large"


def _send_huge_body(base_url: str, chunked: bool, total: int = 50 * 1024 * 1024):
    """Send a 50 MiB POST by hand; return (status line, bytes sent before the answer, secs)."""
    host, port = base_url.split("//")[1].split(":")
    sock = socket.create_connection((host, int(port)), timeout=20)
    start = time.monotonic()
    headers = [f"POST /v1/clean?format=json HTTP/1.1", f"Host: {host}", "Content-Type: text/html",
               "Connection: close"]
    headers.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {total}")
    sock.sendall(("\r\n".join(headers) + "\r\n\r\n").encode())
    chunk = b"<p>" + b"x" * (64 * 1024 - 3)
    sent = 0
    try:
        while sent < total:
            sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
            sent += len(chunk)
            sock.settimeout(0)
            try:
                if sock.recv(1, socket.MSG_PEEK):
                    break  # the server answered before the body was complete
            except BlockingIOError:
                pass
            finally:
                sock.settimeout(20)
        else:
            if chunked:
                sock.sendall(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass
    response = b""
    try:
        while b"\r\n\r\n" not in response:
            data = sock.recv(65536)
            if not data:
                break
            response += data
        while True:  # the JSON body
            data = sock.recv(65536)
            if not data:
                break
            response += data
    except (ConnectionResetError, socket.timeout):
        pass
    sock.close()
    return response, sent, time.monotonic() - start


@pytest.mark.slow
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_50mib_body_gets_413_before_it_is_read_whole(live_server, chunked):
    response, sent, elapsed = _send_huge_body(live_server, chunked)
    status_line = response.split(b"\r\n", 1)[0]
    assert b" 413 " in status_line, response[:300]
    assert b'"too_large"' in response
    assert sent < 50 * 1024 * 1024, "the server read the whole body before answering"
    assert elapsed < BUDGET
    with urllib.request.urlopen(f"{live_server}/healthz", timeout=5) as health:
        assert health.status == 200


# --- pathological structure -------------------------------------------------------------------

def test_one_million_elements(client):
    html = page(STORY + "<b>x</b>" * 1_000_000)  # 8 MB: under the 10 MiB body limit
    status, body = post(client, html.encode())
    assert status in (200, 503), body
    if status == 200:
        assert "approve the plan" in body["text"]
    else:
        assert error_code(body) == "timeout"


def test_nesting_100000_levels(client):
    html = page(STORY + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "<p>after</p>")
    status, body = post(client, html.encode())
    assert status == 200 and "approve the plan" in body["text"]


def test_nesting_beyond_the_depth_cap_keeps_the_text():
    html = page(STORY + "<div>" * (MAX_DEPTH + 40) + "<b>bottom words</b>" + "</div>" * (MAX_DEPTH + 40))
    tree = parse(html).tree
    deepest = max(len(list(el.iterancestors())) for el in tree.iter())
    assert deepest <= MAX_DEPTH
    assert "bottom words" in "".join(tree.itertext())


def test_element_cap_truncates_in_document_order():
    tree = lxml.html.document_fromstring(page(STORY + "<span>x</span>" * (MAX_ELEMENTS + 500)))
    bound_tree(tree)
    assert sum(1 for _ in tree.iter()) <= MAX_ELEMENTS
    assert "approve the plan" in "".join(tree.itertext())


def test_ten_mib_text_node():
    """10 MiB in one text node (clean() has no size limit of its own; over HTTP it is a 413)."""
    html = page(STORY + "<p>" + "word " * (2 * 1024 * 1024) + "</p>")
    pool = ExtractionPool(1)
    try:
        start = time.monotonic()
        try:
            article = json.loads(pool.run(Job(html, "https://e.com/a", None, False, "json"),
                                          DEFAULT_TIMEOUT).body)
            assert "approve the plan" in article["text"]
            assert_policy(article["content_html"])
        except TimedOut:
            pass
        assert time.monotonic() - start < BUDGET
    finally:
        pool.close()


def test_ten_mib_text_node_over_http_is_413(client):
    status, body = post(client, page("<p>" + "word " * (2 * 1024 * 1024) + "</p>").encode())
    assert status == 413


def test_one_mib_attribute(client):
    html = page(STORY + f'<p title="{"a" * 1024 * 1024}">x</p>'
                f'<a href="https://e.com/{"b" * 1024 * 1024}">long link</a>'
                f'<img src="https://e.com/{"c" * 1024 * 1024}.jpg">')
    status, body = post(client, html.encode())
    assert status == 200 and "approve the plan" in body["text"]
    assert len(body["content_html"]) < 100_000


def test_attribute_cap_in_parse():
    tree = parse(page(STORY + f'<p title="{"a" * (MAX_ATTRIBUTE_CHARS + 1)}">x</p>')).tree
    assert all(len(v) <= MAX_ATTRIBUTE_CHARS for el in tree.iter() for v in el.attrib.values())


def test_thousands_of_iframes(client):
    frames = "".join(f'<iframe src="https://video.example/embed/{i}" onload="alert(1)"></iframe>'
                     for i in range(5000))
    status, body = post(client, page(STORY + frames).encode())
    assert status == 200 and "<iframe" not in body["content_html"]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Plan</title></head>
<body><article>""" + STORY + "<p>&lol9; &xxe;</p></article></body></html>"


@pytest.mark.parametrize("content_type", ["application/xhtml+xml", "text/html"])
def test_billion_laughs_and_xxe_do_not_expand(client, content_type):
    status, body = post(client, BILLION_LAUGHS.encode(), content_type=content_type)
    assert status == 200 and "approve the plan" in body["text"]
    assert body["text"].count("lol") < 20 and "root:" not in body["text"]


def test_lxml_html_parser_does_not_resolve_internal_entities():
    tree = parse(BILLION_LAUGHS).tree
    text = "".join(tree.itertext())
    assert "lollol" not in text and "root:" not in text


def test_frameset_only_page(client):
    html = ('<html><head><title>Frames</title></head><frameset cols="50%,50%">'
            '<frame src="https://e.com/a.html"><frame src="javascript:alert(1)"></frameset></html>')
    status, body = post(client, html.encode())
    # Documented: a 200 with no story (readerable false), nothing from the frames.
    assert status == 200 and body["readerable"] is False and body["content_html"] == ""


# --- time budget ------------------------------------------------------------------------------

def test_timeout_answers_503_and_the_app_stays_healthy():
    app = create_app({"TESTING": True, "TIMEOUT": 0.3, EXTRACT_KEY: spin_job})
    client = app.test_client()
    assert client.post("/v1/clean", data=page(STORY), content_type="text/html").status_code == 200
    start = time.monotonic()
    response = client.post("/v1/clean?format=json", data=page(STORY + "<p>spin</p>"),
                           content_type="text/html")
    assert time.monotonic() - start < 2
    assert response.status_code == 503 and response.get_json()["error"]["code"] == "timeout"
    assert "0.3" in response.get_json()["error"]["message"]
    start = time.monotonic()
    response = client.post("/v1/clean?format=json", data=page(STORY), content_type="text/html")
    assert response.status_code == 200 and "approve the plan" in response.get_json()["text"]
    assert time.monotonic() - start < 2


@pytest.mark.slow
def test_timeout_on_the_live_server(tmp_path):
    """Real gunicorn with CLEARPAGE_TIMEOUT=0.2: a heavy page answers 503 in time, then the same
    worker serves normal pages."""
    from conftest import start_server, stop_server

    process, base_url = start_server(tmp_path / "server.log", extra_env={"CLEARPAGE_TIMEOUT": "0.2"})
    try:
        heavy = page(STORY + "<div><p>x</p><p>y</p></div>" * 6000).encode()
        for _ in range(3):
            request = urllib.request.Request(f"{base_url}/v1/clean?format=json", data=heavy,
                                             headers={"Content-Type": "text/html"})
            start = time.monotonic()
            try:
                urllib.request.urlopen(request, timeout=30)
                status = 200
            except urllib.error.HTTPError as exc:
                status, payload = exc.code, json.loads(exc.read())
            assert status == 503 and payload["error"]["code"] == "timeout"
            assert time.monotonic() - start < 3
        request = urllib.request.Request(f"{base_url}/v1/clean?format=json",
                                         data=page(STORY).encode(),
                                         headers={"Content-Type": "text/html"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
    finally:
        stop_server(process)


def test_extraction_pool_unit():
    pool = ExtractionPool(2, target=sleep_job)
    try:
        assert pool.run(0, 5) == 0
        first = pool._idle[-1].process.pid
        assert pool.run(0.01, None) == 0.01 and pool._idle[-1].process.pid == first  # warm
        start = time.monotonic()
        with pytest.raises(TimedOut) as info:
            pool.run(30, 0.2)
        assert time.monotonic() - start < 1
        assert info.value.status == 503 and info.value.code == "timeout"
        assert isinstance(info.value, ClearpageError)
        # The killed child is gone and a fresh one serves the next job.
        assert pool.run(0, 5) == 0
        assert all(child.process.pid != first or child.process.is_alive() for child in pool._idle)
        # Two at once run side by side; a third waits for a free child within its deadline.
        results = []
        threads = [threading.Thread(target=lambda: results.append(pool.run(0.3, 5))) for _ in range(2)]
        start = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [0.3, 0.3] and time.monotonic() - start < 0.55
        blocker = threading.Thread(target=lambda: pool.run(1, 5))
        other = threading.Thread(target=lambda: pool.run(1, 5))
        blocker.start(), other.start()
        time.sleep(0.1)
        with pytest.raises(TimedOut, match="busy"):
            pool.run(0, 0.2)
        blocker.join(), other.join()
    finally:
        pool.close()


def test_a_child_that_dies_is_a_failure_and_is_replaced():
    pool = ExtractionPool(1, target=crash_job)
    try:
        with pytest.raises(ExtractionFailed, match="exited"):
            pool.run(None, 5)
        with pytest.raises(ExtractionFailed):
            pool.run(None, 5)
    finally:
        pool.close()


def test_memory_bound_answers_413_and_the_child_is_replaced():
    pool = ExtractionPool(1, memory_bytes=200 * 1024 * 1024, target=hog_job)
    try:
        with pytest.raises(ClearpageError) as info:
            pool.run(400, 10)
        assert info.value.status == 413 and info.value.code == "too_large"
        assert pool.run(10, 10) == 10 * 1024 * 1024
    finally:
        pool.close()


@pytest.mark.parametrize("value,expected", [("", DEFAULT_TIMEOUT), ("2.5", 2.5), ("0", 0.0),
                                            ("abc", DEFAULT_TIMEOUT), ("nan", DEFAULT_TIMEOUT)])
def test_timeout_from_env(monkeypatch, value, expected):
    monkeypatch.setenv("CLEARPAGE_TIMEOUT", value)
    assert timeout_from_env() == expected


# --- response headers -------------------------------------------------------------------------

@pytest.mark.parametrize("query,data", [("?format=json", None), ("?format=html", None),
                                        ("?format=text", None), ("?format=json", b"")])
def test_security_headers(client, query, data):
    payload = page(STORY).encode() if data is None else data
    response = client.post(f"/v1/clean{query}", data=payload, content_type="text/html")
    csp = response.headers.get("Content-Security-Policy", "")
    assert "default-src 'none'" in csp and "script-src" not in csp.replace("script-src 'none'", "")
    assert "unsafe-inline" not in csp.split("style-src")[0]
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
    assert response.headers.get("Referrer-Policy") == "no-referrer"


def test_security_headers_on_health_and_404(client):
    for response in (client.get("/healthz"), client.get("/nope")):
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize("markup", ["<C>&#1", "<p>a&#x0B;b</p>", "<p title='x&#31;y'>t&#0;</p>" * 40,
                                    "<div><span>&#1;</span>" + "word " * 100 + "</div>"])
def test_references_to_control_characters_are_neutralised(markup):
    # Found by the fuzz test: libxml2 decodes "&#1;" into the tree, where editing that text
    # raised ValueError (a 500 through the API).
    try:
        article = clean(markup)
    except ClearpageError:
        return  # a documented refusal (no article) is fine; a crash is not
    assert "\x01" not in article.text and "\x0b" not in article.text
