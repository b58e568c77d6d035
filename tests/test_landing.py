"""``GET /``: the landing page and its form (paste or upload a page, get the reader view), and
``GET /docs``, the API reference it links to."""
from __future__ import annotations

import io
import re
from importlib import metadata

import lxml.html
import pytest

import clearpage
from clearpage import landing
from clearpage.landing import DOCS_MISSING, LANDING_CSP, api_section
from conftest import ARTICLE_TITLE, REPO_ROOT, article_page

# The origin Flask's test client uses: the landing page as a browser opened it on loopback.
OWN_ORIGIN = "http://localhost"
SAME_ORIGIN_FORM = {"Origin": OWN_ORIGIN, "Sec-Fetch-Site": "same-origin"}


def landing_tree(client):
    response = client.get("/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    return response, lxml.html.fromstring(response.get_data(as_text=True))


def test_landing_page_says_what_the_service_is_and_its_version(client):
    _, tree = landing_tree(client)
    text = tree.text_content()
    assert "reader view" in text.lower() and clearpage.__version__ in text
    links = set(tree.xpath("//a/@href"))
    assert {"/healthz", "/docs", "#api"} <= links
    assert tree.xpath("//*[@id='api']//dt[contains(., 'POST /v1/clean')]")


def test_landing_page_runs_no_script_and_its_form_may_post_to_the_service(client):
    response, tree = landing_tree(client)
    csp = response.headers["Content-Security-Policy"]
    assert csp == LANDING_CSP and "default-src 'none'" in csp and "script-src" not in csp
    assert "form-action 'self'" in csp
    # Under no-referrer a browser would send `Origin: null` with the form, which is refused.
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert tree.xpath("//meta[@name='referrer']/@content") == ["same-origin"]
    assert not tree.xpath("//script | //*[@*[starts-with(name(), 'on')]]")
    form = tree.xpath("//form")[0]
    assert form.get("method") == "post" and form.get("enctype") == "multipart/form-data"
    assert form.get("action").startswith("/v1/clean")
    names = {field.get("name") for field in form.xpath(".//textarea | .//input")}
    assert names == {"html", "file", "url"}


def post_form(client, fields=None, files=None, headers=None):
    data = dict(fields or {})
    data.update({name: (io.BytesIO(content), filename) for name, (content, filename) in (files or {}).items()})
    return client.post("/v1/clean?format=html", data=data, content_type="multipart/form-data",
                       headers=SAME_ORIGIN_FORM if headers is None else headers)


def reader_title(response) -> str:
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/html"
    return lxml.html.fromstring(response.get_data(as_text=True)).findtext(".//h1")


def test_pasted_html_becomes_the_reader_view(client):
    response = post_form(client, {"html": article_page(), "url": "https://news.example/park"})
    assert reader_title(response) == ARTICLE_TITLE
    assert 'href="https://news.example/park"' in response.get_data(as_text=True)


def test_uploaded_page_wins_over_the_textarea(client):
    saved = article_page(title="Saved page title").encode("utf-8")
    response = post_form(client, {"html": "", "url": ""}, {"file": (saved, "story.html")})
    assert reader_title(response) == "Saved page title"


def test_uploaded_page_in_a_legacy_encoding_is_decoded(client):
    saved = article_page(title="Café à Noël", extra_head='<meta charset="windows-1252">')
    saved = saved.replace('<meta charset="utf-8">', "").encode("windows-1252")
    assert reader_title(post_form(client, files={"file": (saved, "story.html")})) == "Café à Noël"


@pytest.mark.parametrize("fields, files", [({"html": "  "}, {}), ({}, {"file": (b"", "empty.html")}),
                                           ({"url": "https://news.example/a"}, {})])
def test_a_form_with_no_page_is_400_empty_input(client, fields, files):
    response = post_form(client, fields, files)
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "empty_input"


def test_a_broken_form_body_is_400(client):
    response = client.post("/v1/clean", data=b"--x\r\nno headers here",
                           headers={"Content-Type": "multipart/form-data; boundary=x", **SAME_ORIGIN_FORM})
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "bad_request"


@pytest.mark.parametrize("headers", [
    {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    {"Origin": "http://127.0.0.1:3000", "Sec-Fetch-Site": "same-site"},
])
def test_the_form_posted_from_another_page_is_403(client, headers):
    response = post_form(client, {"html": article_page()}, headers=headers)
    assert response.status_code == 403 and response.get_json()["error"]["code"] == "forbidden"


def test_a_page_that_rebinds_its_name_to_loopback_is_403(client):
    """DNS rebinding: evil.example resolves to 127.0.0.1, so its page is same-origin with the
    service under that name; the service only trusts its own pages on loopback names."""
    response = client.post("/v1/clean?format=json", data={"html": article_page()},
                           content_type="multipart/form-data",
                           headers={"Host": "evil.example:8077", "Origin": "http://evil.example:8077",
                                    "Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 403 and response.get_json()["error"]["code"] == "forbidden"


def test_docs_serve_the_readme_api_section(client):
    """The installed package's description is the README (``make test`` installs it)."""
    response = client.get("/docs")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert text.startswith("## API\n") and "POST /v1/clean" in text and "## Configuration" not in text


def test_docs_without_a_package_description_say_where_the_reference_is(client, monkeypatch):
    def not_installed(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(landing.metadata, "metadata", not_installed)
    assert client.get("/docs").get_data(as_text=True) == DOCS_MISSING


def test_api_section_is_cut_at_the_next_heading():
    readme = "# clearpage\n\n## API\n\n### `POST /v1/clean`\nbody\n\n## Configuration\nmore\n"
    assert api_section(readme) == "## API\n\n### `POST /v1/clean`\nbody\n"
    assert api_section("# no api here\n") == ""
    assert re.match(r"## API\n", api_section((REPO_ROOT / "README.md").read_text(encoding="utf-8")))
