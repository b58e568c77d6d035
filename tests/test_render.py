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


# --- captions, dates in the article's language, reader controls, right to left -------------

LIST_CAPTION = ('<p>Before.</p><figure><img src="https://img.example/a.jpg" alt="A"></figure>\n'
                '<ul><li><p> Hori Parata at his farm </p></li></ul><p>After.</p>')


def test_one_item_list_after_a_figure_is_its_caption():
    body = render(make_article(content_html=LIST_CAPTION), "html").body
    figure = lxml.html.document_fromstring(body).find(".//figure")
    assert figure.findtext("figcaption") == "Hori Parata at his farm"
    assert "<li>" not in body
    markdown = render(make_article(content_html=LIST_CAPTION), "markdown").body
    assert "![A](https://img.example/a.jpg)\n\nHori Parata at his farm\n\nAfter." in markdown
    assert "- Hori" not in markdown


@pytest.mark.parametrize("content", [
    # A real list, a figure that has its caption, a list that is not right after the figure.
    '<figure><img src="https://img.example/a.jpg"></figure><ul><li>One</li><li>Two</li></ul>',
    '<figure><img src="https://img.example/a.jpg"><figcaption>Own</figcaption></figure><ul><li>Point</li></ul>',
    '<figure><img src="https://img.example/a.jpg"></figure>Text<ul><li>Point</li></ul>',
    '<figure><img src="https://img.example/a.jpg"></figure><ul><li>' + "long " * 100 + '</li></ul>',
])
def test_lists_that_are_not_captions_stay_lists(content):
    body = render(make_article(content_html=content), "html").body
    assert "<li>" in body


@pytest.mark.parametrize("lang, shown", [
    ("fr", "5 mars 2024"), ("fr-CA", "5 mars 2024"), ("de", "5. März 2024"), ("en-US", "March 5, 2024"),
    ("en", "5 March 2024"), (None, "5 March 2024"), ("xx-unknown", "5 March 2024"), ("../etc", "5 March 2024"),
    ("und", "5 March 2024"), ("root", "5 March 2024"), ("en\x00", "5 March 2024"),
])
def test_dates_in_the_article_language(lang, shown):
    article = make_article(lang=lang)
    assert f">{shown}</time>" in render(article, "html").body
    assert shown in render(article, "text").body and shown in render(article, "markdown").body


def test_reader_controls_work_without_script():
    body = render(make_article(), "html").body
    tree = lxml.html.document_fromstring(body)
    assert not tree.xpath("//script") and not tree.xpath("//@*[starts-with(name(), 'on')]")
    radios = {(i.get("name"), i.get("id")): i.get("checked") is not None
              for i in tree.xpath("//input[@type='radio']")}
    assert {name for name, _ in radios} == {"theme", "font", "size"}
    for wanted in ("theme-light", "theme-dark", "theme-sepia", "theme-contrast",
                   "font-serif", "font-sans", "font-mono", "size-s", "size-xl"):
        assert tree.xpath(f"//label[@for='{wanted}']"), wanted
        assert f"#{wanted}:checked~.page" in body
    assert [i for (_, i), on in radios.items() if on] == ["theme-auto", "font-serif", "size-m"]
    # The inputs precede .page, the element every :checked ~ .page rule styles.
    page = tree.find(".//div[@class='page']")
    assert all(i.getparent() is page.getparent() for i in tree.xpath("//input"))
    assert "script-src" not in body and "default-src 'none'" in body


def test_print_hides_controls():
    css = render(make_article(), "html").body.split("@media print", 1)[1]
    assert ".controls" in css and "display:none" in css


ARABIC = dict(title="مدينة تفتتح حديقة جديدة", byline="أحمد علي", site_name="الجزيرة نت", lang="ar",
              dir="rtl", url="https://www.aljazeera.net/news/park")


@pytest.mark.parametrize("fields, date", [
    (ARABIC, "5 مارس 2024"),
    (dict(ARABIC, title="עירייה פותחת פארק חדש", site_name="הארץ", lang="he"), "5 במרץ 2024"),
])
def test_rtl_meta_line_and_footer_are_isolated_in_reading_order(fields, date):
    tree = lxml.html.document_fromstring(render(make_article(**fields), "html").body)
    assert tree.get("dir") == "rtl"
    meta = tree.find(".//p[@class='meta']")
    # Every part is its own bidi isolate, in logical order: site, date, minutes; the
    # separators between them take the page's direction, so they read right to left.
    parts = [child for child in meta]
    assert [p.tag for p in parts] == ["bdi", "bdi", "bdi"]
    assert [p.text_content() for p in parts] == [fields["site_name"], date, "2 min read"]
    assert all((p.tail or "").strip() in ("·", "") for p in parts)
    source = tree.find(".//footer/p")
    assert [el.tag for el in source.iter()][1:] == ["bdi", "a", "bdi"]
    assert source.find("a/bdi").text == fields["site_name"]
