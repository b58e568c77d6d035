"""Small pages whose attribute values, URLs, charsets or JSON broke the service with a 500
(issue 11, "500s from pages of a few hundred bytes" and "Correctness found on the way"): each
class is pinned by a synthetic page and the answer it must give."""
from __future__ import annotations

import lxml.html
import pytest

from clearpage import clean
from clearpage.extract.urls import SrcsetCandidate, join_url, parse_srcset, web_url
from clearpage.render import render
from clearpage.web import create_app

PARA = ("<p>The council voted to approve the plan after a long debate about the costs, the "
        "benefits and the years of construction that residents of the district will face.</p>")
TITLE = "Council approves the river plan"
PAGE_URL = "https://news.example/2026/council-plan"


def page(body: str = "", head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>{TITLE}</title>{head}</head><body><article>"
            f"<h1>{TITLE}</h1>{PARA}{body}{PARA * 4}</article></body></html>")


@pytest.fixture(scope="module")
def client():
    return create_app({"TESTING": True}).test_client()


def post_json(client, body, content_type="text/html", query=""):
    response = client.post(f"/v1/clean?format=json{query}", data=body, content_type=content_type)
    data = response.get_json()
    assert data is not None, response.get_data()[:300]
    return response.status_code, data


def images(article) -> list:
    return lxml.html.fragment_fromstring(article.content_html, create_parent="div").findall(".//img")


def every_format_encodes(article) -> None:
    for fmt in ("json", "html", "text", "markdown"):
        render(article, fmt).body.encode("utf-8")


# --- srcset: the HTML standard's parser, everywhere --------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (",,,,,x", [SrcsetCandidate("x")]),
    ("   ", []),
    ("", []),
    (", x.jpg", [SrcsetCandidate("x.jpg")]),
    ("a.jpg, b.jpg 2x", [SrcsetCandidate("a.jpg"), SrcsetCandidate("b.jpg", "2x")]),
    ("/upload/w_400,h_300,c_fill/a.jpg 400w, /upload/w_800,h_600,c_fill/a.jpg 800w",
     [SrcsetCandidate("/upload/w_400,h_300,c_fill/a.jpg", "400w"),
      SrcsetCandidate("/upload/w_800,h_600,c_fill/a.jpg", "800w")]),
    ("data:image/png;base64,AAAA 1x, b.png 2x",
     [SrcsetCandidate("data:image/png;base64,AAAA", "1x"), SrcsetCandidate("b.png", "2x")]),
    ("a.jpg,, b.jpg,", [SrcsetCandidate("a.jpg"), SrcsetCandidate("b.jpg")]),
    ("a.jpg 1.5x,b.jpg 640w 480h", [SrcsetCandidate("a.jpg", "1.5x"), SrcsetCandidate("b.jpg", "640w")]),
    # invalid descriptors drop their candidate, as a browser drops it
    ("a.jpg 0w, b.jpg -1x, c.jpg 2q, d.jpg 1x 2x, e.jpg 480h, f.jpg ²w, g.jpg 3x",
     [SrcsetCandidate("g.jpg", "3x")]),
    ("a.jpg (1x, 2x) 1x, b.jpg 2x", [SrcsetCandidate("b.jpg", "2x")]),
    ("a.jpg 1x (unclosed, b.jpg 2x", []),
])
def test_srcset_is_parsed_as_the_html_standard_does(value, expected):
    assert parse_srcset(value) == expected


@pytest.mark.parametrize("attr", ["srcset", "data-srcset"])
@pytest.mark.parametrize("value", [",,,,,x", "   ", ", x.jpg", ",", "\t,\n"])
def test_empty_srcset_candidates_clean(attr, value):
    article = clean(page(f'<img {attr}="{value}">'), PAGE_URL)
    assert article.title == TITLE and article.readerable


def test_cdn_srcset_with_commas_keeps_whole_urls(client):
    srcset = "/upload/w_400,h_300,c_fill/a.jpg 400w, /upload/w_800,h_600,c_fill/a.jpg 800w"
    article = clean(page(f'<figure><img data-srcset="{srcset}"></figure>'), PAGE_URL)
    img, = images(article)
    assert img.get("src") == "https://news.example/upload/w_400,h_300,c_fill/a.jpg"
    assert img.get("srcset") == ("https://news.example/upload/w_400,h_300,c_fill/a.jpg 400w, "
                                 "https://news.example/upload/w_800,h_600,c_fill/a.jpg 800w")


def test_data_url_in_srcset_is_one_candidate_and_dropped():
    article = clean(page('<figure><img src="https://cdn.example/a.jpg" '
                         'srcset="data:image/png;base64,AAAA 1x, https://cdn.example/b.jpg 2x"></figure>'),
                    PAGE_URL)
    img, = images(article)
    assert img.get("srcset") == "https://cdn.example/b.jpg 2x"


# --- URLs that urllib cannot parse ----------------------------------------------------------------

@pytest.mark.parametrize("base, value, expected", [
    ("https://e.com/a/b", "c", "https://e.com/a/c"),
    ("https://e.com/a", "https://[site]/path", None),
    ("https://[site]/a", "/b", None),
    (None, "/b", "/b"),
])
def test_join_url_never_raises(base, value, expected):
    assert join_url(base, value) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://e.com/a", "https://e.com/a"), (" HTTP://e.com/ ", "HTTP://e.com/"),
    ("javascript:alert(1)", None), ("data:text/html,x", None), ("https://[site]/", None),
    ("//e.com/a", None), ("/a", None), ("", None), (None, None), ("file:///etc/passwd", None),
])
def test_web_url_is_absolute_http_only(url, expected):
    assert web_url(url) == expected


@pytest.mark.parametrize("markup", [
    '<a href="https://[site]/2026/council-plan">permalink</a>',
    '<div data-url="https://[site]/2026/council-plan"></div>',
    '<script type="application/ld+json">{"url": "https://[site]/2026/council-plan"}</script>',
    '<h2><a href="https://[site]/2026/council-plan">Other</a></h2>',
])
def test_broken_host_holding_the_page_path(client, markup):
    status, data = post_json(client, page(markup), query=f"&url={PAGE_URL}")
    assert status == 200, data
    assert data["title"] == TITLE and data["url"] == PAGE_URL


# --- numbers in attributes: ASCII digits, HTML's clamps ---------------------------------------

def table(colspan: str, rowspan: str = "1") -> str:
    return (f'<table><tr rowspan="{rowspan}"><td colspan="{colspan}">Ward</td><td>Votes</td></tr>'
            "<tr><td>North</td><td>1200</td></tr><tr><td>South</td><td>900</td></tr></table>")


@pytest.mark.parametrize("value, bounds, expected", [
    ("2", (1, 1000), 2), (" +3px", (1, 1000), 3), ("²", (1, 1000), 1), ("٣", (1, 1000), 1),
    ("9" * 5000, (1, 1000), 1000), ("0" * 5000 + "7", (1, 1000), 7), ("0", (1, 1000), 1),
    ("0", (0, 65534), 0), ("70000", (0, 65534), 65534), ("-2", (1, 1000), 1), (None, (1, 1000), 1),
])
def test_table_span_follows_the_html_standard(value, bounds, expected):
    from clearpage.extract.cleanup import table_span

    assert table_span(value, bounds) == expected


@pytest.mark.parametrize("colspan, rowspan", [("²", "1"), ("9" * 5000, "1"), ("1", "9" * 5000),
                                              ("٣", "²")])
def test_odd_spans_clean(colspan, rowspan):
    article = clean(page(table(colspan, rowspan)), PAGE_URL)
    assert "North" in article.text and article.title == TITLE
    cell = lxml.html.fragment_fromstring(article.content_html, create_parent="div").find(".//td")
    # the sanitizer keeps ASCII numbers of up to five digits only
    assert cell.get("colspan") in (None, "1")


@pytest.mark.parametrize("start, first", [("3", "3. "), ("²", "1. "), ("٣", "1. "), ("9" * 5000, "1. "),
                                          ("-2", "1. "), ("1234567890", "1. ")])
def test_list_start_in_markdown(start, first):
    from clearpage.article import Article

    article = Article(title=TITLE, readerable=True, content_html=f'<ol start="{start}"><li>one</li></ol>')
    body = render(article, "markdown").body
    assert f"\n{first}one" in body


@pytest.mark.parametrize("value", ["²", "٣", "12345678901"])
def test_sanitizer_numbers_are_ascii(value):
    from clearpage.sanitize import sanitize_fragment

    out = sanitize_fragment(f'<ol start="{value}"><li>a</li></ol><img src="/a.jpg" width="{value}">')
    assert "start" not in out and "width" not in out


# --- declared charsets: the Encoding Standard's labels only --------------------------------

RUSSIAN = "В Новосибирске обновят центральную библиотеку"


def russian_page(head: str = "") -> str:
    return page(f"<p>{RUSSIAN}, сообщили в мэрии.</p>", head)


@pytest.mark.parametrize("label, codec", [
    ("utf-8", "utf-8"), (" UTF8\t", "utf-8"), ("latin1", "cp1252"), ("us-ascii", "cp1252"),
    ("Shift_JIS", "cp932"), ("gb2312", "gb18030"), ("koi8-r", "koi8-r"), ("x-mac-cyrillic", "mac-cyrillic"),
    ("undefined", None), ("rot13", None), ("base64", None), ("zlib", None), ("utf-7", None),
    ("utf\x00-8", None), ("iso-2022-kr", None), ("x-user-defined", None), ("", None), (None, None),
])
def test_only_whatwg_labels_name_a_codec(label, codec):
    from clearpage.extract.charsets import codec_for_label

    assert codec_for_label(label) == codec


@pytest.mark.parametrize("label", ["undefined", "rot13", "base64", "zlib_codec", "utf-7", "hex",
                                   "uu", "bz2", "unicode_escape", "idna", "punycode"])
def test_unknown_meta_charset_falls_back(label):
    body = russian_page(f'<meta charset="{label}">').encode("utf-8")
    article = clean(body, PAGE_URL)
    assert RUSSIAN in article.text


@pytest.mark.parametrize("content_type", [
    "text/html; charset=undefined", "text/html; charset=rot13", "text/html; charset=utf-7",
    "text/html; charset*=UTF-8''utf%00-8", "text/html; charset*=UTF-8''%ff%fe",
    'text/html; charset="utf-8\\"; x=1"', "text/html; charset=",
])
def test_unknown_header_charset_falls_back(client, content_type):
    status, data = post_json(client, russian_page().encode("utf-8"), content_type=content_type)
    assert status == 200, data
    assert RUSSIAN in data["text"]


def test_declared_web_charset_still_wins():
    body = russian_page('<meta charset="windows-1251">').encode("cp1251")
    assert RUSSIAN in clean(body, PAGE_URL).text
    assert RUSSIAN in clean(russian_page().encode("koi8_r"), PAGE_URL, charset="KOI8-R").text


# --- lone surrogates, control characters, non-web URLs in the answer ---------------------------

def jsonld(fields: str) -> str:
    return ('<script type="application/ld+json">{"@context": "https://schema.org", '
            f'"@type": "NewsArticle", {fields}}}</script>')


@pytest.mark.parametrize("fmt", ["json", "html", "text", "markdown"])
def test_lone_surrogate_in_jsonld_becomes_replacement_character(client, fmt):
    head = jsonld('"headline": "Great news \\ud83d", "author": {"name": "Ann \\udc00Lee"}, '
                  '"image": "https://cdn.example/\\ud800.jpg", "description": "Half \\ud83d emoji"')
    response = client.post(f"/v1/clean?format={fmt}&url={PAGE_URL}", data=page("", head),
                           content_type="text/html")
    assert response.status_code == 200, response.get_data()[:300]
    body = response.get_data().decode("utf-8")
    assert "Great news \ufffd" in body or "Great news \\ufffd" in body


def test_lone_surrogate_fields_are_replaced():
    head = jsonld('"headline": "Great news \\ud83d", "author": {"name": "Ann \\udc00Lee"}, '
                  '"image": "https://cdn.example/\\ud800.jpg", "description": "Half \\ud83d emoji"')
    article = clean(page("", head), PAGE_URL)
    assert (article.title, article.byline, article.excerpt) == \
        ("Great news \ufffd", "Ann \ufffdLee", "Half \ufffd emoji")
    assert article.lead_image == "https://cdn.example/\ufffd.jpg"
    every_format_encodes(article)


CONTROL_SEQUENCES = ["\x1b]0;owned\x07", "\x1b[2J", "\x9b31m", "\x08\x7f", "\r"]


@pytest.mark.parametrize("sequence", CONTROL_SEQUENCES)
def test_control_characters_from_jsonld_never_reach_text_output(sequence):
    escaped = "".join(f"\\u{ord(c):04x}" for c in sequence)
    head = jsonld(f'"headline": "Plan{escaped} approved", "author": "Ann{escaped} Lee", '
                  f'"description": "Sum{escaped}mary", "publisher": {{"name": "Gazette{escaped}"}}')
    article = clean(page("", head), PAGE_URL)
    assert article.title.startswith("Plan") and article.title.endswith("approved")
    assert article.byline.startswith("Ann") and article.site_name.startswith("Gazette")
    for fmt in ("text", "markdown", "json", "html"):
        body = render(article, fmt).body
        assert not [c for c in body if ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f], fmt


@pytest.mark.parametrize("markup, head", [
    # double-escaped character references: the metadata unescapes them once more
    ("", '<meta property="og:title" content="Plan &amp;#27;]0;owned&amp;#7; approved">'),
    ("", '<meta name="author" content="Ann &amp;#x1b;[2JLee">'),
    # C1 controls written as characters in the page
    ("<p>Alarm \x9b31m here \x85 and \x1b]0;x\x07 there</p>", ""),
    ("<p>Numeric &#155;31m &#27;[2J &#x9b;</p>", ""),
])
def test_control_characters_from_the_page_never_reach_text_output(markup, head):
    article = clean(page(markup, head), PAGE_URL)
    for fmt in ("text", "markdown", "json", "html"):
        body = render(article, fmt).body
        assert not [c for c in body if ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f], fmt


def related_card(href: str, title: str) -> str:
    return (f"<div class='card'><div><span>Daily Wire</span> <span>2 hours ago</span></div>"
            f"<h3><a href='{href}'>{title}</a></h3><div>{PARA * 3}</div></div>")


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x",
                                 "data:text/html,<b>x</b>", "vbscript:x", "file:///etc/passwd",
                                 "https://[site]/a"])
def test_only_http_urls_leave_the_service(client, bad):
    head = (f'<link rel="canonical" href="{bad}"><meta property="og:image" content="{bad}">'
            + jsonld(f'"url": "{bad}", "image": "{bad}"'))
    titles = [f"Second story headline number {i} about transport" for i in range(3)]
    cards = "".join(related_card(href, title) for href, title in zip([bad, "/news/1", "/news/2"], titles))
    html = (f"<!DOCTYPE html><html><head><title>{TITLE}</title>{head}</head><body><main>"
            f"<article><h1>{TITLE}</h1>{PARA * 6}</article>"
            f"<section><h2>Related Articles</h2>{cards}</section></main></body></html>")
    status, data = post_json(client, html, query=f"&url={PAGE_URL}")
    assert status == 200, data
    assert data["url"] == PAGE_URL
    assert data["lead_image"] is None
    # the card whose link is not http(s) loses its link (segmentation may not read it as one)
    first = [r for r in data["related"] if r["title"] == titles[0]]
    assert first in ([], [{"title": titles[0], "url": None}])
    assert [r for r in data["related"] if r["title"] != titles[0]] == [
        {"title": titles[1], "url": "https://news.example/news/1"},
        {"title": titles[2], "url": "https://news.example/news/2"}]


def test_related_links_are_absolute_http():
    from clearpage.article import RelatedLink
    from clearpage.pipeline import _web_related

    related = [RelatedLink("A", "/a"), RelatedLink("B", "javascript:x"), RelatedLink("C", None),
               RelatedLink("D", "data:text/html,x"), RelatedLink("E", "https://[x]/")]
    assert _web_related(related, PAGE_URL) == (RelatedLink("A", "https://news.example/a"),
                                               RelatedLink("C", None))
    # Without a page URL a relative link cannot be resolved: the headline stays, unlinked.
    assert _web_related(related, None) == (RelatedLink("A", None), RelatedLink("C", None))


# --- a JSON body nested 100,000 levels, the CLI on bad input ------------------------------------

@pytest.mark.parametrize("body", [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"html": "<p>x</p>", "extra": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_001,
])
def test_deeply_nested_json_body_is_a_400(client, body):
    status, data = post_json(client, body, content_type="application/json")
    assert status == 400
    assert data["error"]["code"] == "bad_request"
    assert "nested too deeply" in data["error"]["message"]


HOSTILE_PAGES = {
    "srcset": page('<img srcset=",,,,,x"><img data-srcset="   "><img srcset=", x.jpg">'),
    "host": page('<a href="https://[site]/2026/council-plan">permalink</a>'),
    "surrogate": page("", jsonld('"headline": "Great news \\ud83d"')),
    "colspan": page(table("²", "9" * 5000)),
    "charset": page("", '<meta charset="undefined">'),
    "control": page("", jsonld('"headline": "Plan \\u001b]0;owned\\u0007 approved"')),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_PAGES))
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_cli_cleans_the_pages_that_broke_it(tmp_path, name, fmt):
    import subprocess
    import sys

    path = tmp_path / "page.html"
    path.write_bytes(HOSTILE_PAGES[name].encode("utf-8"))
    result = subprocess.run([sys.executable, "-m", "clearpage", "clean", str(path), "--url", PAGE_URL,
                             "--format", fmt], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode("utf-8")
    assert "council voted" in out
    assert not [c for c in out if ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f]


def test_cli_internal_error_is_one_line_and_status_1(tmp_path, monkeypatch, capsys):
    from clearpage import cli, pipeline

    def broken(*args, **kwargs):
        raise IndexError("list index out of range\n\x1b]0;owned\x07 second line")

    monkeypatch.setattr(pipeline, "clean", broken)
    path = tmp_path / "page.html"
    path.write_text(page(), encoding="utf-8")
    assert cli.main(["clean", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("clearpage: internal error (IndexError: list index out of range ")
    assert "\x1b" not in err and "\x07" not in err


@pytest.mark.parametrize("reference, expected", [
    ("&#%s;" % ("9" * 5000), "\ufffd"), ("&#x%s;" % ("f" * 5000), "\ufffd"),
    ("&#%s65;" % ("0" * 5000), "A"), ("&#1114112;", "\ufffd"), ("&#x41;", "A"), ("&#0;", "\ufffd"),
])
def test_double_escaped_numeric_references_of_any_length(reference, expected):
    head = f'<meta property="og:title" content="Plan &amp;{reference[1:]} approved">'
    assert clean(page("", head), PAGE_URL).title == f"Plan {expected} approved"
