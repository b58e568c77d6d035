"""Property-based, on the values that broke the service (issue 11): attribute values, URLs with
brackets, spaces and odd schemes, srcset strings, charset labels and JSON-LD strings. Whatever
they hold, ``clean()`` raises only its documented errors, the API never answers 500, and the
answer is encodable, free of control characters and carries only http(s) URLs."""
from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clearpage import clean
from clearpage.errors import ClearpageError
from clearpage.extract.charsets import LABEL_CODECS
from clearpage.extract.urls import format_srcset, join_url, parse_srcset, web_url
from clearpage.render import render
from clearpage.web import create_app
from security.policy import assert_policy

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
PAGE_URL = "https://news.example/2026/council-plan"
PARA = ("<p>The council voted to approve the plan after a long debate about the costs, the "
        "benefits and the years of construction that residents of the district will face.</p>")
TITLE = "Council approves the river plan"

# Text of any code point, lone surrogates and controls included.
ANY_TEXT = st.text(st.characters(), max_size=30)
SCHEMES = st.sampled_from(["http", "https", "HTTPS", "javascript", "JaVaScRiPt", "data", "file",
                           "ftp", "mailto", "vbscript", "blob", "x-y+z.1", "", " http", "ht\ttp"])
HOSTS = st.sampled_from(["news.example", "[site]", "[::1]", "[::1", "]", "[", "e.com:99999",
                         "e.com:x", "ｅ.com", "e\u2100.com", "e\uff03.com", "", " ", "user@host",
                         "%zz", "a b.com", "[v1.x]", "xn--", "[0:0:0:0:0:0:0:0:0]"])
PATH_ALPHABET = st.sampled_from(list(" []{},;#?%&=/\\:@!$'()*+~\"<>^`|\t\n\x00\x1b\u00a0é中")
                                + ["\ud83d", "%20", "..", "w_400,h_300"])
PATHS = st.lists(PATH_ALPHABET | st.text("abc123", min_size=1, max_size=4), max_size=12).map("".join)
URLS = st.one_of(
    st.builds(lambda scheme, sep, host, path: f"{scheme}{sep}{host}{path}", SCHEMES,
              st.sampled_from(["://", ":", ":/", ":\\\\", "//", ""]), HOSTS, PATHS),
    PATHS, ANY_TEXT)
DESCRIPTORS = st.sampled_from(["", " 1x", " 2x", " 1.5x", " 400w", " 0w", " -1x", " 1e9999x", " ²w",
                               " 480h", " 400w 300h", " (", " )", " (1x, 2x)", " 2q", " 1x 2x", "  "])
SRCSETS = st.one_of(
    st.lists(st.tuples(URLS, DESCRIPTORS, st.sampled_from([",", ", ", ",,", " ", "\t,\n", ""])),
             max_size=6).map(lambda parts: "".join(u + d + s for u, d, s in parts)),
    ANY_TEXT)
NUMBERS = st.one_of(
    st.text(st.sampled_from(list("0123456789+- \t²³¹٣۴߅१০੨૩୪௫౬೭൮๙໐༡၂႓០᠑") + ["\u00a0"]), max_size=12),
    st.integers(0, 6000).map(lambda n: "9" * n),
    st.integers(-10**12, 10**12).map(str))
PYTHON_ONLY_CODECS = ["rot13", "rot_13", "base64", "zlib", "zlib_codec", "bz2", "hex", "uu",
                      "undefined", "utf-7", "utf_32", "utf-16", "idna", "punycode", "unicode_escape",
                      "raw_unicode_escape", "mbcs", "quopri", "cp037", "utf-8-sig", "palmos"]
LABELS = st.one_of(st.sampled_from(sorted(LABEL_CODECS)), st.sampled_from(PYTHON_ONLY_CODECS),
                   st.text(st.characters(codec="ascii"), max_size=12))
ATTRIBUTE_VALUES = st.one_of(URLS, SRCSETS, NUMBERS, ANY_TEXT)
# Control characters no text output may hold (tab and newline are text).
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def attr(value: str) -> str:
    """``value`` as a double-quoted attribute value, as it would be written in a page."""
    return value.replace("&", "&amp;").replace('"', "&quot;")


def jsonld(values: dict) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **values}
    text = json.dumps(data).replace("</", "<\\/")  # a "</script>" in a value stays inside
    return f'<script type="application/ld+json">{text}</script>'


def page(body: str = "", head: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>{TITLE}</title>{head}</head><body><main><article>"
            f"<h1>{TITLE}</h1>{PARA}{body}{PARA * 4}</article></main></body></html>")


def check_answer(html, url=None, charset=None) -> None:
    try:
        article = clean(html, url, charset=charset)
    except ClearpageError:
        return
    assert_policy(article.content_html)
    for value in (article.url, article.lead_image, *(r.url for r in article.related)):
        assert value is None or web_url(value) == value, value
    for fmt in ("json", "html", "text", "markdown"):
        body = render(article, fmt).body
        body.encode("utf-8")
        assert not CONTROL_RE.search(body), (fmt, CONTROL_RE.search(body))


@FUZZ
@given(st.sampled_from(["href", "src", "srcset", "data-srcset", "data-src", "colspan", "rowspan",
                        "start", "width", "cite", "poster", "data-url", "lang", "dir"]),
       st.sampled_from(["a", "img", "source", "td", "th", "ol", "blockquote", "video", "div", "tr"]),
       st.lists(ATTRIBUTE_VALUES, min_size=1, max_size=3), st.booleans())
def test_attribute_values_never_break_clean(name, tag, values, as_bytes):
    cells = "".join(f'<{tag} {name}="{attr(v)}">cell {i}</{tag}>' for i, v in enumerate(values))
    body = f"<table><tr>{cells}</tr><tr><td>a</td><td>b</td></tr></table><ol>{cells}</ol>"
    html = page(body)
    check_answer(html.encode("utf-8", "surrogatepass") if as_bytes else html, PAGE_URL)


@FUZZ
@given(URLS, st.lists(URLS, min_size=1, max_size=4))
def test_page_and_link_urls_never_break_clean(page_url, links):
    head = "".join(f'<link rel="canonical" href="{attr(u)}"><meta property="og:image" content="{attr(u)}">'
                   for u in links[:1])
    cards = "".join(f"<section><h2><a href=\"{attr(u)}\">Second story headline number {i} about transport"
                    f"</a></h2>{PARA * 2}</section>" for i, u in enumerate(links))
    body = f'<base href="{attr(links[-1])}"><a href="{attr(links[0])}">x</a><img src="{attr(links[0])}">'
    check_answer(page(body, head) + cards, page_url)


@FUZZ
@given(st.dictionaries(st.sampled_from(["headline", "name", "description", "url", "image",
                                        "datePublished", "articleBody", "thumbnailUrl"]),
                       st.one_of(ANY_TEXT, URLS), max_size=6),
       st.one_of(ANY_TEXT, st.builds(lambda n: {"name": n}, ANY_TEXT)))
def test_jsonld_strings_never_break_clean(values, author):
    check_answer(page(head=jsonld({**values, "author": author})), PAGE_URL)


# Character references in a <meta> value; written through attr() they are double-escaped, as a
# CMS leaves them, and the metadata decodes them once more.
REFERENCES = st.builds(lambda hex_, digits: f"&#{'x' if hex_ else ''}{digits};", st.booleans(),
                       st.one_of(st.text("0123456789abcdefABCDEF", min_size=1, max_size=12),
                                 st.integers(0, 6000).map(lambda n: "9" * n + "1")))


@FUZZ
@given(st.sampled_from(["og:title", "og:description", "article:author", "og:site_name",
                        "article:published_time", "og:image", "og:url"]),
       st.lists(st.one_of(REFERENCES, ANY_TEXT), min_size=1, max_size=4).map("".join))
def test_meta_values_never_break_clean(prop, content):
    check_answer(page(head=f'<meta property="{prop}" content="{attr(content)}">'), PAGE_URL)


@FUZZ
@given(SRCSETS)
def test_srcset_parsing_is_total_and_stable(value):
    candidates = parse_srcset(value)
    for candidate in candidates:
        assert candidate.url and not re.search(r"[\t\n\f\r ]", candidate.url)
        assert not candidate.url.endswith(",")
        assert re.fullmatch(r"(?:[0-9]+w|[-0-9.eE+]+x)?", candidate.descriptor)
    assert parse_srcset(format_srcset(candidates)) == candidates


@FUZZ
@given(st.one_of(st.none(), URLS), URLS)
def test_url_helpers_never_raise(base, value):
    joined = join_url(base, value)
    assert joined is None or isinstance(joined, str)
    checked = web_url(value)
    assert checked is None or checked.lower().startswith(("http://", "https://"))


@FUZZ
@given(LABELS, st.booleans())
def test_charset_labels_never_break_clean(label, in_meta):
    html = page(head=f'<meta charset="{attr(label)}">' if in_meta else "")
    check_answer(html.encode("utf-8"), PAGE_URL, charset=None if in_meta else label)


API = create_app({"TESTING": True}).test_client()


@FUZZ
@given(st.one_of(LABELS, st.text(st.characters(codec="ascii"), max_size=20)),
       st.sampled_from(["charset={}", "charset=\"{}\"", "charset*=UTF-8''{}", "charset*={}",
                        "charset={}; charset=utf-8"]),
       st.one_of(st.none(), URLS))
def test_api_never_answers_500(label, form, url):
    from urllib.parse import quote

    label = quote(label, safe="", errors="surrogatepass") if "*=" in form else label.replace("\\", "").replace('"', "")
    content_type = f"text/html; {form.format(label)}"
    query = f"&url={quote(url, safe='', errors='surrogatepass')}" if url is not None else ""
    try:
        response = API.post(f"/v1/clean?format=json{query}", data=page().encode("utf-8"),
                            headers={"Content-Type": content_type})
    except ValueError:  # the test client refuses header values with line breaks
        return
    assert response.status_code != 500, response.get_data()[:300]
    assert response.get_json() is not None
