"""The HTTP API through Flask's test client: formats, status codes, error bodies, headers, CORS."""
from __future__ import annotations

import io
import json
import logging
import time

import pytest

import clearpage
from clearpage import web
from clearpage.render import HTML_CSP
from clearpage.web import API_CSP, create_app
from conftest import ARTICLE_PARAGRAPHS, ARTICLE_TITLE, article_page
from extract_fakes import broken_job, echo_job, slow_job

HTML_HEADERS = {"Content-Type": "text/html; charset=utf-8"}
EXTENSION_ORIGINS = ("chrome-extension://abcdefghijklmnopabcdefghijklmnop",
                     "moz-extension://4b3e2a10-1c2d-4e5f-8a9b-0c1d2e3f4a5b")
FOREIGN_ORIGIN = "https://evil.example"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64))


def post_html(client, html, query="", headers=None):
    return client.post(f"/v1/clean{query}", data=html.encode("utf-8") if isinstance(html, str) else html,
                       headers=headers or HTML_HEADERS)


def assert_error(response, status, code):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    error = response.get_json()["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    assert "Traceback" not in response.get_data(as_text=True)


# --- success -----------------------------------------------------------------------------


def test_healthz_reports_ok_and_version(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "version": clearpage.__version__}


def test_clean_raw_html_answers_reader_page_by_default(client, page_html):
    response = post_html(client, page_html)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    body = response.get_data(as_text=True)
    assert body.startswith("<!DOCTYPE html>")
    assert f"<h1>{ARTICLE_TITLE}</h1>" in body
    assert "riverside park on Tuesday" in body
    assert "Copyright 2024" not in body


def test_clean_json_format_with_url_query_resolves_links(client):
    page = article_page(paragraphs=ARTICLE_PARAGRAPHS + ['See <a href="/more/story">the plan</a> '
                                                         + ARTICLE_PARAGRAPHS[0]])
    response = post_html(client, page, "?format=json&url=https://news.example/city/park")
    data = response.get_json()
    assert response.status_code == 200 and data["readerable"] is True
    assert data["title"] == ARTICLE_TITLE
    assert data["url"] == "https://news.example/city/park"
    assert 'href="https://news.example/more/story"' in data["content_html"]
    assert "removed" not in data


def test_clean_json_body_with_url_field(client, page_html):
    response = client.post("/v1/clean?format=json",
                           json={"html": page_html, "url": "https://news.example/a"})
    data = response.get_json()
    assert response.status_code == 200
    assert data["url"] == "https://news.example/a"
    assert "shaded benches" in data["text"]


def test_json_body_url_falls_back_to_query_param(client, page_html):
    response = client.post("/v1/clean?format=json&url=https://news.example/q", json={"html": page_html})
    assert response.get_json()["url"] == "https://news.example/q"


@pytest.mark.parametrize("fmt, mimetype, marker", [
    ("text", "text/plain", f"{ARTICLE_TITLE}\n"),
    ("markdown", "text/markdown", f"# {ARTICLE_TITLE}\n"),
    ("json", "application/json", '{\n  "title": "Council approves riverside park",'),
    ("html", "text/html", "<!DOCTYPE html>"),
])
def test_format_query_param_selects_renderer(client, page_html, fmt, mimetype, marker):
    response = post_html(client, page_html, f"?format={fmt}")
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert response.get_data(as_text=True).startswith(marker)


@pytest.mark.parametrize("accept, mimetype", [
    ("application/json", "application/json"), ("text/markdown", "text/markdown"),
    ("text/plain", "text/plain"), ("*/*", "text/html"), ("image/webp", "text/html"),
    ("text/html;q=0.5, application/json;q=0.9", "application/json"),
])
def test_accept_header_selects_format(client, page_html, accept, mimetype):
    response = post_html(client, page_html, headers={**HTML_HEADERS, "Accept": accept})
    assert response.mimetype == mimetype


def test_format_param_wins_over_accept(client, page_html):
    response = post_html(client, page_html, "?format=text",
                         headers={**HTML_HEADERS, "Accept": "application/json"})
    assert response.mimetype == "text/plain"


def test_explain_adds_removed_blocks(client, page_html):
    response = post_html(client, page_html, "?format=json&explain=1")
    data = response.get_json()
    assert isinstance(data["removed"], list)


def test_explain_in_json_body(client, page_html):
    response = client.post("/v1/clean?format=json", json={"html": page_html, "explain": True})
    assert isinstance(response.get_json()["removed"], list)


def test_explain_is_passed_to_clean(page_html):
    client = create_app({"TESTING": True, web.EXTRACT_KEY: echo_job}).test_client()
    response = post_html(client, "<p>x</p>", "?explain=1&url=https://a.example/",
                         headers={"Content-Type": "text/html; charset=koi8-r"})
    assert response.get_json() == {"html": "<p>x</p>", "url": "https://a.example/",
                                   "charset": "koi8-r", "explain": True, "fmt": "html"}


def test_page_without_article_is_200_not_readerable(client):
    response = post_html(client, "<html><body><p>Hi.</p></body></html>", "?format=json")
    assert response.status_code == 200
    data = response.get_json()
    assert data["readerable"] is False
    assert "does not seem to hold an article" in post_html(client, "<p>Hi.</p>").get_data(as_text=True)


def test_reader_page_carries_no_script_from_the_page(client):
    page = article_page(extra_head="<script>alert(1)</script>",
                        paragraphs=ARTICLE_PARAGRAPHS + ['<img src="x" onerror="alert(2)">'])
    body = post_html(client, page).get_data(as_text=True).lower()
    assert "<script" not in body and "onerror" not in body and "alert(" not in body


def test_curl_default_form_content_type_is_read_as_html(client, page_html):
    response = post_html(client, page_html, "?format=json",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200 and response.get_json()["title"] == ARTICLE_TITLE


# --- 400 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [b"", b"   \n\t "])
def test_empty_body_is_400(client, body):
    assert_error(post_html(client, body), 400, "empty_input")


@pytest.mark.parametrize("body", [
    b"{not json", b'{"html": "<p>x</p>"', b"\xff\xfe{", b"[1, 2]", b'"<p>x</p>"', b"null",
    b'{"url": "https://a.example/"}', b'{"html": 5}', b'{"html": null}', b'{"html": ["<p>"]}',
    b'{"html": "<p>x</p>", "url": 7}', b'{"html": "<p>x</p>", "explain": "yes"}',
])
def test_bad_json_bodies_are_400(client, body):
    response = client.post("/v1/clean", data=body, content_type="application/json")
    assert_error(response, 400, "bad_request")


def test_empty_html_field_is_400(client):
    assert_error(client.post("/v1/clean", json={"html": "  "}), 400, "empty_input")


def test_unknown_format_is_400(client, page_html):
    assert_error(post_html(client, page_html, "?format=pdf"), 400, "bad_request")


def test_bad_explain_value_is_400(client, page_html):
    assert_error(post_html(client, page_html, "?explain=maybe"), 400, "bad_request")


# --- 413 ---------------------------------------------------------------------------------


class ExplodingStream(io.RawIOBase):
    """A request body that fails the test if anyone reads it."""

    def readable(self):
        return True

    def readinto(self, buffer):
        raise AssertionError("the body was read although Content-Length is over the limit")


@pytest.fixture
def small_client():
    return create_app({"TESTING": True, "MAX_BYTES": 1000}).test_client()


def test_max_bytes_sets_flask_max_content_length():
    assert create_app({"MAX_BYTES": 1234}).config["MAX_CONTENT_LENGTH"] == 1234


def test_body_over_limit_is_413(small_client):
    assert_error(post_html(small_client, "<p>" + "a" * 2000 + "</p>"), 413, "too_large")


def test_body_at_limit_is_accepted(small_client):
    page = "<html><body><p>" + "word " * 150 + "</p></body></html>"
    body = page.encode().ljust(1000)
    assert post_html(small_client, body, "?format=json").status_code == 200


def test_declared_length_over_limit_is_refused_before_reading(small_client):
    response = small_client.post("/v1/clean", headers=HTML_HEADERS, environ_overrides={
        "CONTENT_LENGTH": str(50 * 1024 * 1024), "wsgi.input": ExplodingStream()})
    assert_error(response, 413, "too_large")


def test_chunked_body_without_length_over_limit_is_413(small_client):
    response = small_client.post("/v1/clean", headers=HTML_HEADERS, environ_overrides={
        "CONTENT_LENGTH": "", "wsgi.input_terminated": True,
        "wsgi.input": io.BytesIO(b"<p>" + b"a" * 5000)})
    assert_error(response, 413, "too_large")


def test_chunked_body_without_length_under_limit_is_read(small_client):
    page = b"<html><body><p>" + b"word " * 100 + b"</p></body></html>"
    response = small_client.post("/v1/clean?format=json", headers=HTML_HEADERS, environ_overrides={
        "CONTENT_LENGTH": "", "wsgi.input_terminated": True, "wsgi.input": io.BytesIO(page)})
    assert response.status_code == 200
    assert response.get_json()["word_count"] == 100


# --- 415 / 422 ---------------------------------------------------------------------------


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "image/jpeg",
                                          "application/zip", "video/mp4"])
def test_unsupported_content_type_is_415(client, content_type, page_html):
    response = post_html(client, page_html, headers={"Content-Type": content_type})
    assert_error(response, 415, "unsupported_media_type")


@pytest.mark.parametrize("body", [PNG_BYTES, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
                                  bytes(range(32)) * 40])
def test_binary_body_sent_as_html_is_415(client, body):
    assert_error(post_html(client, body), 415, "unsupported_media_type")


@pytest.mark.parametrize("body", ["Just a sentence of plain text, no markup at all.",
                                  '{"title": "a JSON document"}', "a,b,c\n1,2,3\n"])
def test_text_that_is_not_html_is_422(client, body):
    assert_error(post_html(client, body), 422, "not_html")


# --- 503 / 500 / routing -----------------------------------------------------------------


def test_slow_clean_times_out_with_503(page_html):
    client = create_app({"TESTING": True, "TIMEOUT": 0.2, web.EXTRACT_KEY: slow_job}).test_client()
    post_html(client, page_html)  # the first request also starts the extraction process
    started = time.monotonic()
    assert_error(post_html(client, page_html), 503, "timeout")
    assert time.monotonic() - started < 2


def test_unexpected_exception_is_json_500_and_logged(caplog, page_html):
    client = create_app({"TESTING": True, web.EXTRACT_KEY: broken_job}).test_client()
    with caplog.at_level(logging.ERROR):
        response = post_html(client, page_html)
    assert_error(response, 500, "internal_error")
    assert "secret internal detail" not in response.get_data(as_text=True)
    assert any("secret internal detail" in record.getMessage() or
               "secret internal detail" in str(record.exc_info) for record in caplog.records)


def test_unknown_path_is_json_404(client):
    assert_error(client.get("/nope"), 404, "not_found")


def test_wrong_method_is_json_405_with_allow(client):
    response = client.get("/v1/clean")
    assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]


# --- headers and CORS --------------------------------------------------------------------


def assert_common_headers(response):
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_html_response_has_strict_csp(client, page_html):
    response = post_html(client, page_html)
    assert response.headers["Content-Security-Policy"] == (
        "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    assert response.headers["Content-Security-Policy"] == HTML_CSP
    assert "script-src" not in HTML_CSP
    assert_common_headers(response)


@pytest.mark.parametrize("request_args", [
    ("get", "/healthz", {}), ("get", "/nope", {}),
    ("post", "/v1/clean?format=json", {"json": {"html": article_page()}}),
    ("post", "/v1/clean", {"data": b"", "content_type": "text/html"}),
])
def test_every_response_carries_security_headers(client, request_args):
    method, path, kwargs = request_args
    response = getattr(client, method)(path, **kwargs)
    assert response.headers["Content-Security-Policy"] == API_CSP
    assert_common_headers(response)


@pytest.mark.parametrize("origin", EXTENSION_ORIGINS)
def test_cors_allows_extension_origins(client, page_html, origin):
    response = post_html(client, page_html, headers={**HTML_HEADERS, "Origin": origin})
    assert response.headers.get("Access-Control-Allow-Origin") == origin


@pytest.mark.parametrize("origin", EXTENSION_ORIGINS)
def test_cors_preflight_for_extension(client, origin):
    response = client.options("/v1/clean", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert response.headers.get("Access-Control-Allow-Origin") == origin
    assert "POST" in response.headers.get("Access-Control-Allow-Methods", "")


@pytest.mark.parametrize("origin", [FOREIGN_ORIGIN, "null", "http://localhost:3000",
                                    "https://chrome-extension.evil.example"])
def test_cors_refuses_other_origins(client, page_html, origin):
    response = post_html(client, page_html, headers={**HTML_HEADERS, "Origin": origin})
    assert_error(response, 403, "forbidden")
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = client.options("/v1/clean", headers={"Origin": origin,
                                                     "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in preflight.headers


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x"])
def test_simple_cross_origin_posts_from_web_pages_are_403_before_any_work(content_type):
    """A page can send these without a preflight; the extraction must not even start."""
    client = create_app({"TESTING": True, web.EXTRACT_KEY: broken_job}).test_client()
    response = client.post("/v1/clean", data=article_page(),
                           headers={"Content-Type": content_type, "Origin": FOREIGN_ORIGIN,
                                    "Sec-Fetch-Site": "cross-site"})
    assert_error(response, 403, "forbidden")


@pytest.mark.parametrize("site", ["cross-site", "same-site", "Cross-Site"])
def test_sec_fetch_site_of_another_page_is_403(client, page_html, site):
    assert_error(post_html(client, page_html, headers={**HTML_HEADERS, "Sec-Fetch-Site": site}),
                 403, "forbidden")


@pytest.mark.parametrize("headers", [{}, {"Sec-Fetch-Site": "none"},
                                     {"Origin": EXTENSION_ORIGINS[0], "Sec-Fetch-Site": "cross-site"},
                                     {"Origin": EXTENSION_ORIGINS[1], "Sec-Fetch-Site": "same-site"},
                                     {"Origin": EXTENSION_ORIGINS[0], "Sec-Fetch-Site": "none"}])
def test_curl_and_the_extension_are_served(client, page_html, headers):
    response = post_html(client, page_html, "?format=json", headers={**HTML_HEADERS, **headers})
    assert response.status_code == 200 and response.get_json()["title"] == ARTICLE_TITLE


def test_cors_origins_are_configurable(page_html):
    client = create_app({"ALLOWED_ORIGINS": (r"https://reader\.example",)}).test_client()
    allowed = post_html(client, page_html, headers={**HTML_HEADERS, "Origin": "https://reader.example"})
    assert allowed.headers.get("Access-Control-Allow-Origin") == "https://reader.example"
    other = post_html(client, page_html, headers={**HTML_HEADERS, "Origin": EXTENSION_ORIGINS[0]})
    assert_error(other, 403, "forbidden")
    assert "Access-Control-Allow-Origin" not in other.headers
    suffixed = post_html(client, page_html,
                         headers={**HTML_HEADERS, "Origin": "https://reader.example.evil.example"})
    assert "Access-Control-Allow-Origin" not in suffixed.headers


def test_cors_origins_from_environment(monkeypatch, page_html):
    monkeypatch.setenv("CLEARPAGE_ALLOWED_ORIGINS", r"https://a\.example, https://b\.example")
    client = create_app().test_client()
    response = post_html(client, page_html, headers={**HTML_HEADERS, "Origin": "https://b.example"})
    assert response.headers.get("Access-Control-Allow-Origin") == "https://b.example"


def test_error_body_shape_is_documented(client):
    data = json.loads(post_html(client, b"").get_data())
    assert set(data) == {"error"} and set(data["error"]) == {"code", "message"}
