"""The sanitizer policy, rule by rule: what passes, what is stripped, what is removed whole."""
from __future__ import annotations

import time

import lxml.html
import pytest

from clearpage import sanitize
from clearpage.sanitize import (ALLOWED_ATTRIBUTES, ALLOWED_TAGS, DROP_WITH_CONTENT, LINK_REL,
                                fragment_text, sanitize_fragment)
from security.policy import assert_policy, policy_violations


def tree(html):
    return lxml.html.fragment_fromstring(html, create_parent="div")


def clean(html):
    out = sanitize_fragment(html)
    assert_policy(out)
    return out


# Each allowed tag in a context where the HTML parser keeps it.
TAG_CONTEXT = {
    "li": "<ul>{}</ul>", "dt": "<dl>{}</dl>", "dd": "<dl>{}</dl>", "summary": "<details>{}</details>",
    "figcaption": "<figure>{}</figure>", "source": "<picture>{}<img src='https://e.com/i.jpg'></picture>",
    "caption": "<table>{}<tr><td>x</td></tr></table>",
    "colgroup": "<table>{}<tr><td>x</td></tr></table>",
    "col": "<table><colgroup>{}</colgroup><tr><td>x</td></tr></table>",
    "thead": "<table>{}</table>", "tbody": "<table>{}</table>", "tfoot": "<table>{}</table>",
    "tr": "<table><tbody>{}</tbody></table>", "td": "<table><tr>{}</tr></table>",
    "th": "<table><tr>{}</tr></table>",
}
VOID = {"img", "br", "hr", "source", "col"}


def element_html(tag):
    if tag == "img":
        inner = "<img src='https://e.com/i.jpg'>"
    elif tag == "source":
        inner = "<source srcset='https://e.com/i.webp'>"
    elif tag in VOID:
        inner = f"<{tag}>"
    elif tag == "tr":
        inner = "<tr><td>x</td></tr>"
    elif tag in ("thead", "tbody", "tfoot"):
        inner = f"<{tag}><tr><td>x</td></tr></{tag}>"
    elif tag == "colgroup":
        inner = "<colgroup><col></colgroup>"
    elif tag == "table":
        inner = "<table><tr><td>x</td></tr></table>"
    else:
        inner = f"<{tag}>word</{tag}>"
    return TAG_CONTEXT.get(tag, "<div>{}</div>").format(inner)


@pytest.mark.parametrize("tag", sorted(ALLOWED_TAGS))
def test_allowed_tag_is_kept(tag):
    out = clean(element_html(tag))
    assert tree(out).findall(f".//{tag}"), out


@pytest.mark.parametrize("tag", ["span", "font", "u2", "blink", "my-widget", "label2", "bdo",
                                 "ruby", "big", "tt", "strike", "acronym", "data", "wbr2"])
def test_unknown_tag_is_stripped_and_its_text_kept(tag):
    out = clean(f"<p>before <{tag} title=x>inside</{tag}> after</p>")
    assert f"<{tag}" not in out
    assert "before inside after" in fragment_text(out)


# Void elements (frame: void for lxml too); track and embed get content from libxml2.
VOID_DROPPED = {"area", "base", "frame", "input", "link", "meta", "param"}


@pytest.mark.parametrize("tag", sorted(DROP_WITH_CONTENT - VOID_DROPPED - {"head", "plaintext"}))
def test_dangerous_container_is_removed_with_its_content(tag):
    html = (f"<p>kept text</p><{tag}>SECRET<b>SECRET</b></{tag}>"
            "<p>more text</p>")
    out = clean(html)
    assert "SECRET" not in out, out
    assert "kept text" in out and "more text" in out
    assert f"<{tag}" not in out


@pytest.mark.parametrize("tag", ["script", "style", "template", "noscript", "iframe", "object",
                                 "svg", "textarea", "select", "button", "form"])
def test_named_strip_list_is_dropped_entirely(tag):
    assert tag in DROP_WITH_CONTENT
    out = clean(f"<div>a<{tag} x=1>alert(1)<p>b</p></{tag}>c</div>")
    assert "alert" not in out and ">b<" not in out
    assert fragment_text(out) == "ac"


def test_math_keeps_only_the_formula_text():
    out = clean("<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn><mtext><style><img src=x onerror=alert(1)>"
                "</style></mtext></math>, solve.</p>")
    assert "<math" not in out and "<mi" not in out and "onerror" not in out and "<img" not in out
    assert fragment_text(out) == "When a≠0, solve."
    assert fragment_text(clean('<p><math alttext="x^2"><mi>x</mi></math></p>')) == "x^2"


def test_math_without_token_text_is_dropped():
    out = clean("<div>a<math x=1>alert(1)<p>b</p></math>c</div>")
    assert "alert" not in out and ">b<" not in out
    assert fragment_text(out) == "ac"


@pytest.mark.parametrize("tag", sorted(VOID_DROPPED))
def test_dangerous_void_element_is_removed(tag):
    out = clean(f'<p>kept <{tag} href="https://e.com/y" content="x" type="x">text</p>')
    assert f"<{tag}" not in out and "kept text" in fragment_text(out)


def test_plaintext_swallows_the_rest_and_is_dropped():
    out = clean("<p>kept</p><plaintext><p>gone</p><script>alert(1)</script>")
    assert out == "<p>kept</p>"


def test_section_containers_keep_blocks_apart():
    out = clean("<section>one</section><article>two</article><header>three</header>")
    assert fragment_text(out) == "one\n\ntwo\n\nthree"


def test_comments_and_cdata_are_removed():
    out = clean("<p>a<!-- <script>alert(1)</script> -->b</p><![CDATA[x]]>")
    assert "<!--" not in out and "alert" not in out


# --- attributes ---------------------------------------------------------------------------

ALLOWED_ATTR_VALUES = {
    ("a", "href"): "https://e.com/", ("a", "title"): "t",
    ("img", "src"): "https://e.com/i.jpg", ("img", "srcset"): "https://e.com/i.jpg 2x",
    ("img", "sizes"): "(max-width: 600px) 100vw", ("img", "alt"): "a", ("img", "title"): "t",
    ("img", "width"): "640", ("img", "height"): "480",
    ("source", "srcset"): "https://e.com/i.webp", ("source", "sizes"): "50vw",
    ("source", "type"): "image/webp", ("source", "media"): "(min-width: 800px)",
    ("td", "colspan"): "2", ("td", "rowspan"): "3", ("th", "colspan"): "2",
    ("th", "rowspan"): "2", ("th", "scope"): "col", ("col", "span"): "2",
    ("colgroup", "span"): "2", ("time", "datetime"): "2024-01-31T10:00Z", ("ol", "start"): "3",
    ("ol", "reversed"): "", ("abbr", "title"): "World Health Organization",
    ("dfn", "title"): "t", ("q", "cite"): "https://e.com/s", ("blockquote", "cite"): "https://e.com/s",
    ("del", "cite"): "https://e.com/", ("del", "datetime"): "2024-01-01",
    ("ins", "cite"): "https://e.com/", ("ins", "datetime"): "2024-01-01", ("details", "open"): "",
}


def with_attr(tag, name, value):
    html = element_html(tag)
    return html.replace(f"<{tag}", f"<{tag} {name}=\"{value}\"", 1)


def test_every_allowlisted_attribute_has_a_case():
    listed = {(t, a) for t, attrs in ALLOWED_ATTRIBUTES.items() if t != "*" for a in attrs}
    assert listed == set(ALLOWED_ATTR_VALUES)


@pytest.mark.parametrize("tag,name", sorted(ALLOWED_ATTR_VALUES))
def test_allowed_attribute_is_kept(tag, name):
    value = ALLOWED_ATTR_VALUES[(tag, name)]
    out = clean(with_attr(tag, name, value))
    el = tree(out).find(f".//{tag}")
    assert el is not None and el.get(name) == value, out


@pytest.mark.parametrize("name,value", [("lang", "en-GB"), ("dir", "rtl"), ("lang", "zh-Hant-TW")])
def test_lang_and_dir_kept_everywhere(name, value):
    out = clean(f"<p {name}='{value}'>x</p><blockquote {name}='{value}'>y</blockquote>")
    assert tree(out).find(".//p").get(name) == value
    assert tree(out).find(".//blockquote").get(name) == value


FORBIDDEN_ATTRS = ["style", "class", "id", "name", "onclick", "onerror", "onload", "onmouseover",
                   "onfocus", "ontoggle", "onanimationstart", "srcdoc", "formaction", "action",
                   "background", "dynsrc", "lowsrc", "target", "ping", "download", "data-x",
                   "xmlns", "xlink:href", "contenteditable", "autofocus", "tabindex", "form",
                   "is", "slot", "popover", "accesskey", "hidden", "poster", "usemap", "ismap",
                   "longdesc", "nonce", "integrity", "crossorigin", "referrerpolicy", "loading"]


@pytest.mark.parametrize("name", FORBIDDEN_ATTRS)
@pytest.mark.parametrize("tag", ["p", "a", "img", "td", "div"])
def test_forbidden_attribute_is_removed(tag, name):
    html = with_attr(tag, name, "x")
    out = clean(html)
    el = tree(out).find(f".//{tag}")
    assert el is not None and name not in el.attrib, out


@pytest.mark.parametrize("name,value", [("lang", "en onload=x"), ("lang", "x" * 80),
                                        ("dir", "sideways"), ("width", "100%;x"),
                                        ("height", "-1"), ("scope", "everything")])
def test_attribute_values_are_vetted(name, value):
    tag = "th" if name == "scope" else "img"
    out = clean(with_attr(tag, name, value))
    assert name not in tree(out).find(f".//{tag}").attrib


# --- URLs -----------------------------------------------------------------------------------

BAD_URLS = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)",
    "java\tscript:alert(1)", "java\nscript:alert(1)", "java\x00script:alert(1)",
    "\x01javascript:alert(1)", "jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "javascript&colon;alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data:image/svg+xml,<svg/onload=alert(1)>",
    "livescript:alert(1)", "file:///etc/passwd", "ftp://e.com/", "chrome://settings",
    "about:blank", "blob:https://e.com/x", "filesystem:https://e.com/x", "ws://e.com/",
    "\u2028javascript:alert(1)", "\ufeffjavascript:alert(1)", "javascript\u200b:alert(1)",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_scheme_dropped_from_href(url):
    out = clean(f'<p><a href="{url}">link</a></p>')
    assert tree(out).find(".//a").get("href") is None, out


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("tag,attr", [("img", "src"), ("q", "cite"), ("blockquote", "cite")])
def test_bad_scheme_dropped_from_other_url_attributes(url, tag, attr):
    out = clean(f'<p>x</p><{tag} {attr}="{url}" alt="a">q</{tag}>')
    el = tree(out).find(f".//{tag}")
    assert el is None or el.get(attr) is None, out


@pytest.mark.parametrize("url", ["https://e.com/a?b=c#d", "http://e.com/", "mailto:ed@e.com",
                                 "/relative/path", "relative.html", "#section", "//e.com/x"])
def test_good_link_kept(url):
    out = clean(f'<p><a href="{url}">link</a></p>')
    assert tree(out).find(".//a").get("href") == url


def test_mailto_only_for_links():
    out = clean('<img src="mailto:x@e.com" alt="a"><q cite="mailto:x@e.com">q</q>')
    assert "mailto" not in out


@pytest.mark.parametrize("kind", ["png", "gif", "jpeg", "webp"])
def test_raster_data_image_kept_in_img_src(kind):
    src = f"data:image/{kind};base64,iVBORw0KGgo="
    out = clean(f'<img src="{src}" alt="a">')
    assert tree(out).find(".//img").get("src") == src


@pytest.mark.parametrize("src", ["data:image/svg+xml;base64,PHN2Zz4=", "data:text/html,x",
                                 "data:image/svg+xml,<svg onload=alert(1)>", "data:,x"])
def test_other_data_urls_dropped(src):
    out = clean(f'<img src="{src}" alt="a"><a href="data:image/png;base64,AA">l</a>')
    assert "data:" not in out


def test_srcset_candidates_checked_one_by_one():
    out = clean('<img src="https://e.com/a.jpg" srcset="javascript:alert(1) 1x, '
                'https://e.com/b.jpg 2x, data:image/svg+xml,<svg> 3x, /c.jpg 640w">')
    assert tree(out).find(".//img").get("srcset") == "https://e.com/b.jpg 2x, /c.jpg 640w"


def test_srcset_with_only_bad_candidates_is_removed_and_sourceless_img_dropped():
    out = clean('<p>t</p><img srcset="javascript:alert(1) 1x, vbscript:x 2x">')
    assert "<img" not in out


def test_every_link_gets_rel():
    out = clean('<p><a href="https://e.com/">a</a> <a>b</a> <a href="#x" rel="opener">c</a></p>')
    links = tree(out).findall(".//a")
    assert len(links) == 3 and all(a.get("rel") == LINK_REL for a in links)


# --- embeds ---------------------------------------------------------------------------------

@pytest.mark.parametrize("html,url", [
    ('<iframe src="https://www.youtube.com/embed/x1"></iframe>', "https://www.youtube.com/embed/x1"),
    ('<video src="https://e.com/v.mp4" controls onplay="alert(1)"></video>', "https://e.com/v.mp4"),
    ('<video><source src="https://e.com/w.webm"></video>', "https://e.com/w.webm"),
    ('<embed src="https://e.com/player.swf">', "https://e.com/player.swf"),
    ('<object data="https://e.com/movie"></object>', "https://e.com/movie"),
])
def test_video_embeds_become_links(html, url):
    out = clean(f"<p>before</p>{html}<p>after</p>")
    links = tree(out).findall(".//a")
    assert [(a.get("href"), a.text) for a in links] == [(url, f"Video: {url}")]
    assert "<iframe" not in out and "<video" not in out


@pytest.mark.parametrize("html", ['<iframe src="javascript:alert(1)"></iframe>',
                                  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
                                  '<embed src="data:text/html,x">',
                                  '<object data="javascript:alert(1)"></object>'])
def test_embeds_without_a_safe_source_vanish(html):
    out = clean(f"<p>before</p>{html}")
    assert out == "<p>before</p>"


def test_same_embed_twice_gives_one_link():
    out = clean('<iframe src="https://v.e.com/1"></iframe><iframe src="https://v.e.com/1"></iframe>')
    assert len(tree(out).findall(".//a")) == 1


# --- text -----------------------------------------------------------------------------------

def test_fragment_text_paragraphs():
    html = ("<h2>Title</h2><p>One  two\nthree.</p><p>Four <em>five</em>.</p>"
            "<ul><li>a</li><li>b</li></ul><blockquote><p>quote</p></blockquote>"
            "<table><tr><td>c1</td><td>c2</td></tr></table><p>x<br>y</p>")
    assert fragment_text(sanitize_fragment(html)) == (
        "Title\n\nOne two three.\n\nFour five.\n\na\n\nb\n\nquote\n\nc1 c2\n\nx\ny")


def test_fragment_text_keeps_pre_lines():
    assert fragment_text("<p>a</p><pre>  x = 1\n  y = 2\n</pre>") == "a\n\n  x = 1\n  y = 2"


def test_empty_inputs():
    assert sanitize_fragment("") == "" and sanitize_fragment("   ") == ""
    assert fragment_text("") == ""
    assert sanitize_fragment("<script>x</script>") == ""


def test_text_is_escaped_not_interpreted():
    out = clean("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>")
    assert out == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>"


def test_entities_in_text_and_attributes_survive_one_level():
    # "&amp;lt;" in the page is the text "&lt;": it must come out as that text, not as "<".
    out = clean('<p title="x">a &amp;lt;b&amp;gt; c</p><a href="https://e.com/?a=1&amp;b=2">l</a>')
    assert "a &amp;lt;b&amp;gt; c" in out
    assert 'href="https://e.com/?a=1&amp;b=2"' in out
    assert fragment_text(out).startswith("a &lt;b&gt; c")


def test_no_allowed_tag_parses_its_content_as_anything_but_html():
    # The sanitizer walks an lxml tree; its output is safe however a browser re-nests it only
    # because no allowlisted element switches the HTML tokenizer out of its data state.
    raw_text_or_foreign = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                           "noframes", "noscript", "plaintext", "svg", "math", "template",
                           "select", "option", "listing"}
    assert not ALLOWED_TAGS & raw_text_or_foreign


def test_output_is_a_fixed_point_when_the_preparation_nests_blocks():
    # Unwrapping <span> leaves <p> inside <p>, which no parser builds: the output must still be
    # what sanitizing it again gives.
    once = clean("<p>a<span><p>b</p></span>c</p><table><span><p>t</p></span></table>")
    assert sanitize_fragment(once) == once


def test_character_reference_to_a_control_in_an_attribute_is_neutralised():
    # Found by the fuzz test: "&#14;" decodes to a character lxml refuses to set back.
    out = clean('<a href="&#14;javascript:alert(1)" id=x>click me</a><img src="/a.png" alt="a&#1;b">')
    assert "javascript" not in out and "click me" in out
    assert sanitize_fragment(out) == out


@pytest.mark.parametrize("html", ["<source>0", "<p><source>abc<b>x</b></source>tail</p>", "<col>text"])
def test_content_libxml2_puts_inside_a_void_element_follows_it(html):
    # Found by the fuzz test: libxml2 nests text in an HTML5 void element it does not know;
    # a browser closes the element at once, so the text follows it, on every pass.
    once = clean(html)
    assert sanitize_fragment(once) == once
    assert fragment_text(once)


def test_policy_checker_catches_violations():
    # The checker used by fuzz/hostile tests must itself detect bad output.
    assert policy_violations('<p onclick="x">a</p>')
    assert policy_violations('<a href="javascript:x" rel="noopener noreferrer nofollow">a</a>')
    assert policy_violations('<svg><a href="https://e.com/">x</a></svg>')
    assert policy_violations('<img srcset="javascript:x 1x">')
    assert policy_violations("<a href=https://e.com/>x</a>")  # missing rel
    assert not policy_violations('<p>ok <a href="https://e.com/" rel="noopener noreferrer nofollow">a</a></p>')


def test_sanitize_50kb_fragment_time():
    para = ('<p>The <a href="https://example.com/x?a=1">council</a> voted <em>late</em> on Tuesday'
            ' to approve the plan, which <strong>critics</strong> say ignores the cost.</p>\n')
    frag = "<div><h2>Heading</h2>" + para * 300 + "</div>"
    assert 45_000 < len(frag) < 55_000
    sanitize_fragment(frag)
    runs = 5
    start = time.perf_counter()
    for _ in range(runs):
        out = sanitize_fragment(frag)
    per_call = (time.perf_counter() - start) / runs
    print(f"\nsanitize_fragment on {len(frag) // 1024} KB: {per_call * 1000:.1f} ms")
    assert_policy(out)
    assert per_call < 1.0  # measured ~55 ms; generous for slow CI machines
