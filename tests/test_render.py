"""Renderers: every metadata field escaped, each format well-formed and faithful."""
from __future__ import annotations

import json

import lxml.html
import pytest

from clearpage import Article, RelatedLink, RemovedBlock
from clearpage.render import RENDERERS, Rendered, html_to_markdown, render

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
CONTENT = ("<h2>Why it matters</h2><p>The <strong>park</strong> opens in <em>May</em>, "
           'says <a href="https://council.example/plan">the plan</a>.</p>'
           "<ul><li>Playground</li><li>Cycle path</li></ul>")


def make_article(**overrides) -> Article:
    fields = dict(title="Council approves park", byline="By Ada Lovelace", site_name="Harbour Gazette",
                  published="2024-03-05T10:00:00Z", lang="en", dir="ltr", url="https://news.example/park",
                  word_count=300, reading_minutes=2, readerable=True, content_html=CONTENT,
                  text="Why it matters\n\nThe park opens in May, says the plan.\n\nPlayground\n\nCycle path",
                  related=(RelatedLink("Other story", "https://news.example/other"),))
    fields.update(overrides)
    return Article(**fields)


def hostile_article() -> Article:
    return make_article(title=HOSTILE, byline=HOSTILE, site_name=HOSTILE, published=HOSTILE,
                        lang='en" onload="alert(1)', dir='rtl" onclick="x',
                        url='https://news.example/"><script>alert(1)</script>')


def test_render_returns_body_and_mimetype():
    rendered = render(make_article(), "json")
    assert isinstance(rendered, Rendered) and rendered.mimetype == "application/json"


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="markdown"):
        render(make_article(), "docx")


def test_formats_table_is_complete():
    assert set(RENDERERS) == {"html", "json", "text", "markdown"}


# --- HTML --------------------------------------------------------------------------------


def test_html_page_structure():
    body = render(make_article(), "html").body
    tree = lxml.html.document_fromstring(body)
    assert tree.get("lang") == "en" and tree.get("dir") == "ltr"
    assert tree.findtext(".//title") == "Council approves park"
    assert tree.findtext(".//h1") == "Council approves park"
    assert tree.find(".//p[@class='byline']").text == "By Ada Lovelace"
    meta = tree.find(".//p[@class='meta']").text_content()
    assert "Harbour Gazette" in meta and "5 March 2024" in meta and "2 min read" in meta
    assert tree.find(".//time").get("datetime") == "2024-03-05T10:00:00Z"
    source = tree.find(".//footer//a")
    assert source.get("href") == "https://news.example/park" and "noreferrer" in source.get("rel")
    assert CONTENT in body


def test_html_has_light_dark_and_print_css():
    body = render(make_article(), "html").body
    assert "prefers-color-scheme:dark" in body and "@media print" in body
    assert "<meta http-equiv=\"Content-Security-Policy\"" in body


def test_html_escapes_every_metadata_field():
    body = render(hostile_article(), "html").body
    tree = lxml.html.document_fromstring(body)
    assert tree.findall(".//script") == []
    assert not any(name.startswith("on") for el in tree.iter() for name in el.attrib)
    assert tree.findtext(".//h1") == HOSTILE
    assert tree.get("lang") == 'en" onload="alert(1)'
    assert tree.get("dir") is None


def test_html_links_only_web_urls():
    body = render(make_article(url="javascript:alert(1)"), "html").body
    assert "javascript:" not in body and "<footer>" not in body


def test_html_not_readerable_shows_notice():
    body = render(make_article(readerable=False, content_html="", text=""), "html").body
    assert "does not seem to hold an article" in body


def test_html_explain_lists_removed_blocks():
    article = make_article(removed=(RemovedBlock("related-links", "<b>More</b> stories", 42, "aside"),))
    body = render(article, "html").body
    assert "Removed blocks (1)" in body and "&lt;b&gt;More&lt;/b&gt; stories" in body
    assert "Removed blocks" not in render(make_article(), "html").body


def test_html_unparseable_date_is_shown_as_given():
    body = render(make_article(published="last Tuesday"), "html").body
    assert ">last Tuesday</time>" in body


# --- JSON and text -----------------------------------------------------------------------


def test_json_is_to_dict():
    article = make_article()
    assert json.loads(render(article, "json").body) == article.to_dict()


def test_json_keeps_unicode_and_escapes_markup_safely():
    data = json.loads(render(hostile_article(), "json").body)
    assert data["title"] == HOSTILE


def test_text_has_header_body_and_source():
    body = render(make_article(), "text").body
    assert body.startswith("Council approves park\nBy Ada Lovelace\nHarbour Gazette · 5 March 2024")
    assert "\n\nThe park opens in May, says the plan.\n\n" in body
    assert body.endswith("Source: https://news.example/park\n")


# --- Markdown ----------------------------------------------------------------------------


def test_markdown_document():
    body = render(make_article(), "markdown").body
    assert body.startswith("# Council approves park\n\n*By Ada Lovelace · Harbour Gazette · 5 March 2024")
    assert "## Why it matters" in body
    assert "The **park** opens in *May*, says [the plan](https://council.example/plan)." in body
    assert "- Playground\n- Cycle path" in body
    assert body.endswith("Source: <https://news.example/park>\n")


def test_markdown_escapes_metadata():
    body = render(hostile_article(), "markdown").body
    assert "<script>" not in body and "\\<script\\>" in body
    assert "Source: <https://news.example/%22%3E%3Cscript%3Ealert%281%29%3C/script%3E>" in body


@pytest.mark.parametrize("html, expected", [
    ("<h3>Sub</h3>", "### Sub"),
    ("<p>a<br>b</p>", "a  \nb"),
    ("<ol start='3'><li>c</li><li>d</li></ol>", "3. c\n4. d"),
    ("<ul><li>a<ul><li>b</li></ul></li></ul>", "- a\n  - b"),
    ("<blockquote><p>q1</p><p>q2</p></blockquote>", "> q1\n>\n> q2"),
    ('<pre><code class="language-python">x = 1\nprint(x)</code></pre>', "```python\nx = 1\nprint(x)\n```"),
    ("<pre>a ``` b</pre>", "````\na ``` b\n````"),
    ("<p>use <code>a`b</code></p>", "use ``a`b``"),
    ('<p><img src="https://i.example/a.png" alt="A [b]"></p>', "![A \\[b\\]](https://i.example/a.png)"),
    ('<p><a href="https://x.example/a b">x</a></p>', "[x](https://x.example/a%20b)"),
    ("<table><tr><th>h1</th><th>h2</th></tr><tr><td>a|b</td><td>c</td></tr></table>",
     "| h1 | h2 |\n| --- | --- |\n| a\\|b | c |"),
    ("<p>2 * 3 and _x_ &lt;b&gt;</p>", "2 \\* 3 and \\_x\\_ \\<b\\>"),
    ("<p>1. not a list</p>", "1\\. not a list"),
    ("<p># not a heading</p>", "\\# not a heading"),
    ("<p>  lots   of\n\n  space  </p>", "lots of space"),
    ("<div>loose <b>inline</b><p>then block</p>tail</div>", "loose **inline**\n\nthen block\n\ntail"),
    ("<hr>", "---"),
    ("", ""),
])
def test_html_to_markdown(html, expected):
    assert html_to_markdown(html) == expected
