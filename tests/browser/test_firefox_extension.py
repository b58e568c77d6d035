"""The extension end to end in Debian's Firefox ESR over WebDriver BiDi."""
from __future__ import annotations

import json
import re

import pytest

from .firefox import FirefoxWithExtension
from .pages import HEADLINE_WORDS, MAIN_STORY_SENTENCES, RELATED_STORIES, cluttered_news_page
from .support import FIREFOX, MISSING_BROWSER, closed_port

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def firefox(tmp_path_factory, artifacts_dir):
    browser = FirefoxWithExtension(tmp_path_factory.mktemp("firefox-profile"), artifacts_dir / "firefox.log")
    yield browser
    browser.close()


def _js(value) -> str:
    return json.dumps(value)


def test_firefox_is_installed():
    assert FIREFOX.exists(), MISSING_BROWSER.format(name="Firefox ESR", path=FIREFOX)


def test_full_flow_in_firefox(firefox, site, clearpage_url, artifacts_dir):
    # options page: save the server, test the connection
    options = firefox.open_options()
    assert firefox.evaluate(options, "document.querySelector('#server-url').value") == "http://127.0.0.1:8077"
    firefox.evaluate(options, f"document.querySelector('#server-url').value = {_js(clearpage_url)}; document.querySelector('#save').click(); true")
    firefox.wait_until(options, "document.querySelector('#server-status').classList.contains('ok')")
    assert firefox.evaluate(options, "document.querySelector('#server-status').textContent") == f"Saved: {clearpage_url}"
    firefox.evaluate(options, "document.querySelector('#test').click(); true")
    status = firefox.wait_until(options, "(t => t.startsWith('Connected') || t.includes('not') ? t : '')(document.querySelector('#server-status').textContent)")
    assert re.match(r"Connected: clearpage \S+ at " + re.escape(clearpage_url), status), status

    # the toolbar button on a cluttered news page
    news = site.html("/firefox/nk-leader.html", cluttered_news_page())
    reader = firefox.read(news)

    state = firefox.evaluate(reader, "document.body.dataset.state")
    assert state == "article", firefox.evaluate(reader, "document.querySelector('#status').innerText")
    title = firefox.evaluate(reader, "document.querySelector('#title').textContent")
    story = firefox.evaluate(reader, "document.querySelector('#content').innerText")
    assert HEADLINE_WORDS in title
    for sentence in MAIN_STORY_SENTENCES:
        assert sentence in story
    leaked = [t for t, s in RELATED_STORIES.items() if t in story or s in story]
    assert not leaked, f"related stories leaked into the reader view: {leaked}"
    assert firefox.evaluate(reader, "document.querySelector('#original').href") == news
    assert re.search(r"\d+ min read", firefox.evaluate(reader, "document.querySelector('#meta').textContent"))

    # a reader control persists in storage.sync
    firefox.evaluate(reader, "document.querySelector('input[name=theme][value=dark]').click(); true")
    firefox.wait_until(reader, "document.documentElement.dataset.theme === 'dark'")
    stored = firefox.wait_until(options, "browser.storage.sync.get('theme').then(r => r.theme === 'dark' && r.theme)")
    assert stored == "dark"
    firefox.screenshot(reader, artifacts_dir / "firefox-reader.png")


def test_unreachable_server_in_firefox(firefox, site):
    dead = f"http://127.0.0.1:{closed_port()}"
    options = firefox.open_options()
    firefox.evaluate(options, f"document.querySelector('#server-url').value = {_js(dead)}; document.querySelector('#save').click(); true")
    firefox.wait_until(options, "document.querySelector('#server-status').classList.contains('ok')")

    reader = firefox.read(site.html("/firefox/unreachable.html", cluttered_news_page()))

    assert firefox.evaluate(reader, "document.body.dataset.errorKind") == "unreachable"
    assert firefox.evaluate(reader, "document.querySelector('#problem-command').textContent") == "make serve"
    assert dead in firefox.evaluate(reader, "document.querySelector('#problem-message').textContent")


def test_keyboard_shortcut_in_firefox(firefox, site):
    assert firefox.shortcut() == {"key": "L", "modifiers": "alt,shift"}
    firefox.open_tab(site.html("/firefox/shortcut.html", cluttered_news_page()))
    reader = firefox.press_shortcut()
    firefox.wait_until(reader, "['article', 'error'].includes(document.body && document.body.dataset.state)")
