"""The server's reader page (``render_html``) in Debian's Chromium: the CSS-only switches
change the page, print drops them, and an Arabic or Hebrew meta line reads right to left.

The page is loaded as rendered (its own CSP meta forbids every script; none is injected:
the test only clicks and reads computed styles and boxes through the DevTools protocol)."""
from __future__ import annotations

import pytest

from clearpage import Article
from clearpage.render import render

from .support import CHROMIUM, FIREFOX, MISSING_BROWSER

pytestmark = pytest.mark.browser

CONTENT = ("<p>" + "The council opened the new harbour park this morning. " * 12 + "</p>"
           '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="40" height="20">'
           "</figure><ul><li><p>The park on its first morning</p></li></ul>")


def article(**overrides) -> Article:
    fields = dict(title="Council opens harbour park", byline="Ada Lovelace", site_name="Harbour Gazette",
                  published="2024-03-05T10:00:00Z", lang="en", dir="ltr", url="https://news.example/park",
                  word_count=300, reading_minutes=2, readerable=True, content_html=CONTENT, text="x")
    fields.update(overrides)
    return Article(**fields)


@pytest.fixture(scope="module")
def browser(playwright_instance):
    assert CHROMIUM.exists(), MISSING_BROWSER.format(name="Chromium", path=CHROMIUM)
    launched = playwright_instance.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
    yield launched
    launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 900, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


def show(page, item: Article) -> None:
    page.set_content(render(item, "html").body)


def style(page, selector: str, prop: str) -> str:
    return page.eval_on_selector(selector, f"el => getComputedStyle(el).{prop}")


def test_theme_font_and_size_switch_without_script(page, artifacts_dir):
    show(page, article())
    assert page.evaluate("document.scripts.length") == 0
    assert style(page, ".page", "backgroundColor") == "rgb(255, 255, 255)"
    page.click("label[for=theme-dark]")
    assert style(page, ".page", "backgroundColor") == "rgb(24, 25, 27)"
    page.screenshot(path=str(artifacts_dir / "reader-page-dark.png"))
    page.click("label[for=theme-sepia]")
    assert style(page, ".page", "backgroundColor") == "rgb(244, 236, 216)"
    page.click("label[for=theme-contrast]")
    assert style(page, ".page", "backgroundColor") == "rgb(0, 0, 0)"
    assert style(page, ".content p", "color") == "rgb(255, 255, 255)"
    assert style(page, "footer a", "color") == "rgb(255, 255, 0)"
    page.screenshot(path=str(artifacts_dir / "reader-page-high-contrast.png"))
    page.click("label[for=font-mono]")
    assert "monospace" in style(page, "article", "fontFamily")
    page.click("label[for=font-sans]")
    assert "sans-serif" in style(page, "article", "fontFamily")
    assert style(page, ".content p", "fontSize") == "19px"
    page.click("label[for=size-xl]")
    assert style(page, ".content p", "fontSize") == "26px"
    # The keyboard reaches the switches: arrow keys move within a radio group.
    page.focus("#size-xl")
    page.keyboard.press("ArrowLeft")
    assert style(page, ".content p", "fontSize") == "22px"


def test_caption_is_not_a_bullet(page):
    show(page, article())
    assert page.eval_on_selector("figure figcaption", "el => el.textContent") == "The park on its first morning"
    assert page.evaluate("document.querySelectorAll('.content li').length") == 0


def test_print_shows_the_article_only_in_black_on_white(page):
    show(page, article())
    page.click("label[for=theme-dark]")
    page.emulate_media(media="print")
    assert style(page, ".controls", "display") == "none"
    assert style(page, ".page", "backgroundColor") == "rgb(255, 255, 255)"
    assert style(page, ".content p", "color") == "rgb(0, 0, 0)"


def glyph_left(page, selector: str, offset: int) -> float:
    """Where the character at ``offset`` of the element's text is drawn."""
    return page.eval_on_selector(selector, f"""el => {{
        const text = el.firstChild, range = document.createRange();
        range.setStart(text, {offset}); range.setEnd(text, {offset + 1});
        return range.getBoundingClientRect().left; }}""")


def boxes(page, selector: str) -> list[dict]:
    return page.eval_on_selector_all(
        selector, "els => els.map(e => { const r = e.getBoundingClientRect();"
                  " return {left: r.left, right: r.right, text: e.textContent}; })")


RTL_ARTICLES = (
    dict(title="مدينة تفتتح حديقة جديدة على الواجهة البحرية", byline="أحمد علي", site_name="الجزيرة نت",
         lang="ar", dir="rtl", url="https://www.aljazeera.net/news/park"),
    dict(title="העירייה פותחת פארק חדש בנמל", byline="דנה כהן", site_name="הארץ",
         lang="he", dir="rtl", url="https://www.haaretz.co.il/news/park"),
)


@pytest.mark.parametrize("fields", RTL_ARTICLES, ids=["arabic", "hebrew"])
def test_rtl_meta_line_and_footer_read_right_to_left(page, artifacts_dir, fields):
    show(page, article(**fields))
    page.screenshot(path=str(artifacts_dir / f"reader-page-rtl-{fields['lang']}.png"))
    site, date, minutes = boxes(page, ".meta > bdi")
    # Right to left: the site first (rightmost), then the date, then the reading time,
    # each whole ("2 min read" is not turned into "min read 2").
    assert site["left"] > date["right"] and date["left"] > minutes["right"]
    assert minutes["text"] == "2 min read"
    assert glyph_left(page, ".meta > bdi:last-child", 0) < glyph_left(page, ".meta > bdi:last-child", 2)
    label, name = boxes(page, "footer .source > bdi, footer .source a > bdi")
    assert label["text"] == "Original:" and name["text"] == fields["site_name"]
    assert label["left"] > name["right"]
    # The meta line hugs the right edge, as the title does.
    title = boxes(page, "h1")[0]
    assert abs(site["right"] - title["right"]) < 2


# --- the same page in Firefox ESR (WebDriver BiDi, as the extension's Firefox tests) -------

@pytest.fixture(scope="module")
def firefox(tmp_path_factory, artifacts_dir):
    from .firefox import FirefoxWithExtension

    assert FIREFOX.exists(), MISSING_BROWSER.format(name="Firefox ESR", path=FIREFOX)
    browser = FirefoxWithExtension(tmp_path_factory.mktemp("firefox-reader-page"),
                                   artifacts_dir / "firefox-reader-page.log")
    yield browser
    browser.close()


def _firefox_box(selector: str) -> str:
    return f"(() => {{ const r = document.querySelector({selector!r}).getBoundingClientRect(); return [r.left, r.right]; }})()"


def test_firefox_switches_and_rtl_order(firefox, site, artifacts_dir):
    url = site.html("/reader-page-ar.html", render(article(**RTL_ARTICLES[0]), "html").body)
    tab = firefox.open_tab(url)
    background = "getComputedStyle(document.querySelector('.page')).backgroundColor"
    firefox.evaluate(tab, "document.querySelector('label[for=theme-contrast]').click(); true")
    assert firefox.evaluate(tab, background) == "rgb(0, 0, 0)"
    firefox.evaluate(tab, "document.querySelector('label[for=size-xl]').click(); true")
    assert firefox.evaluate(tab, "getComputedStyle(document.querySelector('.content p')).fontSize") == "26px"
    firefox.screenshot(tab, artifacts_dir / "reader-page-firefox-rtl.png")
    site_box, date_box, minutes_box = (firefox.evaluate(tab, _firefox_box(f".meta > bdi:nth-of-type({n})"))
                                       for n in (1, 2, 3))
    assert site_box[0] > date_box[1] and date_box[0] > minutes_box[1]
    glyphs = firefox.evaluate(tab, "(() => { const t = document.querySelector('.meta > bdi:nth-of-type(3)')"
                                   ".firstChild, r = document.createRange(); return [0, 2].map(i => {"
                                   " r.setStart(t, i); r.setEnd(t, i + 1); return r.getBoundingClientRect().left; }); })()")
    assert glyphs[0] < glyphs[1], "'2 min read' drawn as 'min read 2'"
    label_box = firefox.evaluate(tab, _firefox_box("footer .source > bdi"))
    name_box = firefox.evaluate(tab, _firefox_box("footer .source a"))
    assert label_box[0] > name_box[1]
