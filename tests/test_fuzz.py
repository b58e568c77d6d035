"""Property-based: random and mutated HTML never makes ``clean()`` raise anything but its
documented errors, and what it returns always satisfies the sanitizer policy."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clearpage import clean
from clearpage.errors import ClearpageError
from clearpage.sanitize import fragment_text, sanitize_fragment
from security.policy import assert_policy
from security.vectors import ARTICLE_PARAGRAPHS, VECTORS

TAGS = ["p", "div", "a", "img", "script", "style", "svg", "math", "iframe", "table", "tr", "td",
        "noscript", "template", "textarea", "title", "select", "option", "form", "base", "meta",
        "object", "embed", "video", "source", "picture", "span", "b", "ul", "li", "pre", "code",
        "h1", "h2", "article", "section", "frameset", "frame", "body", "html", "head", "xmp",
        "plaintext", "mglyph", "mtext", "annotation-xml", "foreignObject", "desc", "details"]
ATTRS = ["href", "src", "srcset", "onerror", "onload", "onclick", "style", "id", "name",
         "class", "srcdoc", "action", "formaction", "xlink:href", "data", "cite", "title", "alt",
         "lang", "dir", "width", "colspan", "background", "poster", "content", "http-equiv"]
VALUES = ["javascript:alert(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)",
          "data:text/html,<script>alert(1)</script>", "data:image/png;base64,AAAA",
          "data:image/svg+xml,<svg onload=alert(1)>", "https://e.com/a.jpg 1x, javascript:x 2x",
          "https://e.com/", "/rel", "\x01javascript:x", "alert(1)", "\"><script>alert(1)</script>",
          "x", "", "vbscript:x", "expression(alert(1))", "en", "rtl", "12", "</textarea><img src=x onerror=alert(1)>"]
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
CHUNKS = st.one_of(
    TEXT,
    st.sampled_from(["<", ">", "</", "&", "&#", "&lt;", "<!--", "-->", "<![CDATA[", "]]>", "\"",
                     "'", "`", "=", "/", "\x00", "\ufffd", "<?xml ?>", "<!DOCTYPE html>", "\u2028"]),
    st.builds(lambda tag, attrs, close: "<%s%s%s>" % (tag, "".join(
        f' {name}="{value}"' if quote else f" {name}={value}" for name, value, quote in attrs),
        " /" if close else ""),
        st.sampled_from(TAGS),
        st.lists(st.tuples(st.sampled_from(ATTRS), st.sampled_from(VALUES), st.booleans()), max_size=4),
        st.booleans()),
    st.builds(lambda tag: f"</{tag}>", st.sampled_from(TAGS)),
    st.sampled_from([html for _, html in VECTORS]),
)
STORY = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)


def mutate(html: str, ops) -> str:
    """Apply byte-level mutations (delete, duplicate, insert, swap) to a page."""
    chars = list(html)
    for op, pos, payload in ops:
        if not chars:
            break
        i = pos % len(chars)
        if op == "delete":
            del chars[i:i + 1 + pos % 7]
        elif op == "dup":
            chars[i:i] = chars[i:i + 1 + pos % 13]
        elif op == "insert":
            chars[i:i] = list(payload)
        elif op == "swap":
            j = (pos * 31) % len(chars)
            chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


def check(html, url=None):
    try:
        article = clean(html, url=url)
    except ClearpageError:
        return
    assert_policy(article.content_html)
    assert isinstance(article.text, str)


FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(st.lists(CHUNKS, max_size=40), st.booleans())
def test_random_html_in_an_article(chunks, as_bytes):
    middle = "".join(chunks)
    html = f"<html><body><article><h1>Title</h1>{STORY}<div>{middle}</div>{STORY}</article></body></html>"
    check(html.encode("utf-8", "surrogatepass") if as_bytes else html, url="https://news.example/a/b")


@FUZZ
@given(st.lists(CHUNKS, min_size=1, max_size=60))
def test_random_markup_alone(chunks):
    check("".join(chunks))


@FUZZ
@given(st.sampled_from([html for _, html in VECTORS]),
       st.lists(st.tuples(st.sampled_from(["delete", "dup", "insert", "swap"]),
                          st.integers(0, 10_000), st.sampled_from(["<", ">", "\"", "'", "=", "/",
                                                                   "<svg>", "<!--", "javascript:",
                                                                   "&#", "<script>", " on"])),
                max_size=8))
def test_mutated_vectors(vector, ops):
    page = f"<html><body><article>{STORY}{vector}{STORY}</article></body></html>"
    check(mutate(page, ops), url="https://news.example/")


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    check(data)


@FUZZ
@given(st.lists(CHUNKS, max_size=50))
def test_sanitizer_alone_is_idempotent_and_policy_clean(chunks):
    once = sanitize_fragment("".join(chunks))
    assert_policy(once)
    assert sanitize_fragment(once) == once
    fragment_text(once)
