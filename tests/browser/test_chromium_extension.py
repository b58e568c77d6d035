"""The extension end to end in Debian's Chromium, driven by Playwright.

Every test presses the real toolbar button (CDP Extensions.triggerAction), so the
extension runs as it does for a user: activeTab, capture of the live DOM, the
service worker, the server, the reader page.
"""
from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from .pages import (
    HEADLINE_WORDS, MAIN_STORY_SENTENCES, NOT_AN_ARTICLE, RELATED_STORIES, SCRIPT_RENDERED,
    SCRIPT_RENDERED_SENTENCE, cluttered_news_page,
)
from .support import CHROMIUM, MISSING_BROWSER, ChromiumWithExtension, closed_port

pytestmark = pytest.mark.browser


def test_chromium_is_installed():
    assert CHROMIUM.exists(), MISSING_BROWSER.format(name="Chromium", path=CHROMIUM)


def test_toolbar_button_and_shortcut_are_registered(chromium):
    commands = chromium.worker.evaluate("chrome.commands.getAll()")
    assert {"name": "_execute_action", "shortcut": "Alt+Shift+L"}.items() <= next(c for c in commands if c["name"] == "_execute_action").items()
    manifest = chromium.worker.evaluate("chrome.runtime.getManifest()")
    assert manifest["action"]["default_title"].startswith("Read in clearpage")
    assert sorted(manifest["permissions"]) == ["activeTab", "scripting", "storage"]
    assert manifest["host_permissions"] == ["http://127.0.0.1/*"]


def test_reader_shows_the_main_story_and_none_of_the_related_ones(fresh_settings, site, clearpage_url, artifacts_dir):
    chromium = fresh_settings
    chromium.set_settings(serverUrl=clearpage_url)
    news = site.html("/news/nk-leader.html", cluttered_news_page())

    _, reader = chromium.read(news)

    assert reader.get_attribute("body", "data-state") == "article", reader.inner_text("#status")
    title = reader.inner_text("#title")
    story = reader.inner_text("#content")
    assert HEADLINE_WORDS in title
    for sentence in MAIN_STORY_SENTENCES:
        assert sentence in story
    leaked = [t for t, s in RELATED_STORIES.items() if t in story or s in story]
    assert not leaked, f"related stories leaked into the reader view: {leaked}"
    assert "Related Articles" not in story
    # header: site, reading time; link back to the original
    assert reader.inner_text("#site").strip() != ""
    assert re.search(r"\d+ min read", reader.inner_text("#meta"))
    assert reader.get_attribute("#original", "href") == news
    assert HEADLINE_WORDS in reader.title()
    reader.screenshot(path=str(artifacts_dir / "chromium-reader.png"), full_page=True)


def test_the_live_dom_is_captured_after_the_page_scripts_ran(fresh_settings, site, clearpage_url):
    chromium = fresh_settings
    chromium.set_settings(serverUrl=clearpage_url)
    url = site.html("/coast/harbour.html", SCRIPT_RENDERED)

    _, reader = chromium.read(url)

    assert reader.get_attribute("body", "data-state") == "article", reader.inner_text("#status")
    assert SCRIPT_RENDERED_SENTENCE in reader.inner_text("#content")
    sent = [path for method, path, body in site.requests if method == "POST" and path.startswith("/coast/")]
    assert not sent, "the page's own site must not see the capture"


def test_unreachable_server_says_how_to_start_it(fresh_settings, site, artifacts_dir):
    chromium = fresh_settings
    dead = f"http://127.0.0.1:{closed_port()}"
    chromium.set_settings(serverUrl=dead)
    url = site.html("/news/unreachable.html", cluttered_news_page())

    _, reader = chromium.read(url)

    assert reader.get_attribute("body", "data-error-kind") == "unreachable"
    expect(reader.locator("#problem-title")).to_have_text("The clearpage server is not reachable")
    expect(reader.locator("#problem-message")).to_contain_text(dead)
    expect(reader.locator("#problem-command")).to_have_text("make serve")
    assert reader.get_attribute("#problem-original", "href") == url
    reader.screenshot(path=str(artifacts_dir / "chromium-unreachable.png"))


def test_spinner_then_timeout(fresh_settings, site):
    chromium = fresh_settings
    slow = site.stub_clearpage("/slow", 200, {"content_html": "<p>late</p>", "readerable": True}, delay=4)
    chromium.set_settings(serverUrl=slow, timeoutSeconds=2)
    page = chromium.ctx.new_page()
    page.goto(site.html("/news/slow.html", cluttered_news_page()))

    reader = chromium.click_toolbar_button(page)

    expect(reader.locator("body")).to_have_attribute("data-state", "loading")
    expect(reader.locator(".spinner")).to_be_visible()
    expect(reader.locator("body")).to_have_attribute("data-error-kind", "timeout", timeout=10000)
    expect(reader.locator("#problem-message")).to_contain_text("within 2 s")


def test_4xx_shows_the_servers_message(fresh_settings, site):
    chromium = fresh_settings
    stub = site.stub_clearpage("/refuses", 413, {"error": {"code": "too_large", "message": "the body is 9000000 bytes; the limit is 5000000"}})
    chromium.set_settings(serverUrl=stub)

    _, reader = chromium.read(site.html("/news/big.html", cluttered_news_page()))

    assert reader.get_attribute("body", "data-error-kind") == "client-error"
    expect(reader.locator("#problem-title")).to_have_text("This page is too large for the server")
    expect(reader.locator("#problem-message")).to_have_text("the body is 9000000 bytes; the limit is 5000000")


def test_non_readerable_page_says_so(fresh_settings, site, clearpage_url):
    chromium = fresh_settings
    chromium.set_settings(serverUrl=clearpage_url)
    _, reader = chromium.read(site.html("/signin.html", NOT_AN_ARTICLE))
    assert reader.get_attribute("body", "data-error-kind") == "no-article", reader.inner_text("#status")
    expect(reader.locator("#problem-title")).to_have_text("This page has no article")


def test_non_readerable_page_can_still_be_shown(fresh_settings, site):
    chromium = fresh_settings
    stub = site.stub_clearpage("/not-readerable", 200, {"title": "Sign in", "content_html": "<p>User Password</p>", "readerable": False, "url": "x"})
    chromium.set_settings(serverUrl=stub)

    _, reader = chromium.read(site.html("/login.html", NOT_AN_ARTICLE))

    assert reader.get_attribute("body", "data-error-kind") == "no-article"
    expect(reader.locator("#problem-title")).to_have_text("This page has no article")
    reader.click("#show-anyway")
    expect(reader.locator("#content")).to_have_text("User Password")


def test_server_content_runs_nothing(fresh_settings, site):
    chromium = fresh_settings
    hostile = (
        "<p>Story text.</p><script>window.__xss = 'script'</script>"
        "<img src=x onerror=\"window.__xss='img'\"><svg onload=\"window.__xss='svg'\"></svg>"
        "<details open ontoggle=\"window.__xss='details'\"><summary>s</summary></details>"
        "<iframe srcdoc=\"<script>parent.__xss='iframe'</script>\"></iframe>"
        "<a id=title href=\"javascript:window.__xss='link'\">click</a><form action=\"https://evil.example/\"><button>go</button></form>"
    )
    stub = site.stub_clearpage("/hostile", 200, {"title": "Hostile", "content_html": hostile, "readerable": True, "url": site.base + "/h"})
    chromium.set_settings(serverUrl=stub)

    _, reader = chromium.read(site.html("/news/hostile.html", cluttered_news_page()))

    assert reader.get_attribute("body", "data-state") == "article"
    reader.click("#content a")  # a javascript: link must be dead
    time.sleep(0.5)
    assert reader.evaluate("window.__xss") is None
    content = reader.locator("#content")
    assert content.locator("script, iframe, form, button").count() == 0
    attrs = reader.evaluate("[...document.querySelectorAll('#content *')].flatMap(e => [...e.attributes].map(a => a.name + '=' + a.value))")
    assert not [a for a in attrs if a.startswith("on") or "javascript:" in a], attrs
    assert reader.locator("#title").inner_text() == "Hostile", "content ids must not clash with the page's"


def test_options_test_connection(fresh_settings, clearpage_url):
    chromium = fresh_settings
    options = chromium.open_options()
    expect(options.locator("#server-url")).to_have_value("http://127.0.0.1:8077")
    expect(options.locator("#shortcut")).to_have_text("Alt+Shift+L")

    options.fill("#server-url", clearpage_url)
    options.click("#test")
    expect(options.locator("#server-status")).to_contain_text(re.compile(r"Connected: clearpage \S+ at " + re.escape(clearpage_url)))

    dead = f"http://127.0.0.1:{closed_port()}"
    options.fill("#server-url", dead)
    options.click("#test")
    expect(options.locator("#server-status")).to_contain_text("not reachable")
    expect(options.locator("#server-command")).to_have_text("make serve")

    options.fill("#server-url", "ftp://example.org")
    options.click("#test")
    expect(options.locator("#server-status")).to_have_text("Use http:// or https://, not ftp://")


def test_print_shows_only_the_article(fresh_settings, site, clearpage_url):
    chromium = fresh_settings
    chromium.set_settings(serverUrl=clearpage_url, theme="dark")
    _, reader = chromium.read(site.html("/coast/print.html", SCRIPT_RENDERED))
    assert reader.get_attribute("body", "data-state") == "article"
    reader.emulate_media(media="print")
    expect(reader.locator(".toolbar")).to_be_hidden()
    assert reader.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    assert reader.evaluate("getComputedStyle(document.querySelector('article')).color") == "rgb(0, 0, 0)"
    pdf = reader.pdf()
    assert pdf.startswith(b"%PDF")


def test_settings_persist_across_a_browser_restart(playwright_instance, tmp_path, site, clearpage_url):
    profile = tmp_path / "profile"
    first = ChromiumWithExtension(playwright_instance, profile)
    try:
        options = first.open_options()
        options.fill("#server-url", clearpage_url + "/")
        options.click("#save")
        expect(options.locator("#server-status")).to_have_text(f"Saved: {clearpage_url}")
        options.select_option("#font", "sans")
        expect(options.locator("#look-status")).to_have_text("Saved.")

        _, reader = first.read(site.html("/coast/persist.html", SCRIPT_RENDERED))
        assert reader.get_attribute("body", "data-state") == "article"
        reader.click("label.swatch-sepia")
        for _ in range(3):
            reader.click("#size-up")
        reader.click("#width-down")
        expect(reader.locator("#size-value")).to_have_text("22")
        expect(reader.locator("html")).to_have_attribute("data-theme", "sepia")
        deadline = time.monotonic() + 5
        while first.storage().get("lineWidth") != 64 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        first.close()

    second = ChromiumWithExtension(playwright_instance, profile)
    try:
        stored = second.storage()
        assert stored == {"serverUrl": clearpage_url, "font": "sans", "theme": "sepia", "fontSize": 22, "lineWidth": 64, "timeoutSeconds": 20}, stored
        options = second.open_options()
        expect(options.locator("#server-url")).to_have_value(clearpage_url)
        expect(options.locator("#font")).to_have_value("sans")
        _, reader = second.read(site.html("/coast/persist-2.html", SCRIPT_RENDERED))
        assert reader.get_attribute("body", "data-state") == "article"
        html = reader.locator("html")
        expect(html).to_have_attribute("data-theme", "sepia")
        expect(html).to_have_attribute("data-font", "sans")
        assert reader.evaluate("getComputedStyle(document.querySelector('article')).fontSize") == "22px"
        expect(reader.locator("input[name=theme][value=sepia]")).to_be_checked()
    finally:
        second.close()
