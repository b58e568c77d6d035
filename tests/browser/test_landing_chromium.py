"""The landing page in Debian's Chromium, against the real service: paste a page or upload a
saved one, submit the form (no script on the page), read the reader view. Fails, not skips,
when Chromium is missing."""
from __future__ import annotations

import pytest

from conftest import ARTICLE_TITLE, article_page

from .support import CHROMIUM, MISSING_BROWSER

pytestmark = pytest.mark.browser

# Flags of a headless Chromium on a CI machine; no extension is needed here.
LANDING_CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="module")
def landing_browser(playwright_instance):
    assert CHROMIUM.exists(), MISSING_BROWSER.format(name="Chromium", path=CHROMIUM)
    browser = playwright_instance.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                                  args=LANDING_CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def landing(landing_browser, live_server):
    page = landing_browser.new_page()
    problems = []
    # The browser's own /favicon.ico request is a harmless 404; a refused form post or style
    # is reported as a Content Security Policy error.
    page.on("console", lambda message: problems.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{live_server}/")
    yield page, problems
    page.close()


def submit(page) -> None:
    with page.expect_navigation():
        page.click("button[type=submit]")


def test_pasted_page_becomes_the_reader_view(landing, artifacts_dir):
    page, problems = landing
    page.screenshot(path=str(artifacts_dir / "chromium-landing.png"), full_page=True)
    page.fill("textarea[name=html]", article_page())
    page.fill("input[name=url]", "https://news.example/park")
    submit(page)
    assert page.locator("h1").inner_text() == ARTICLE_TITLE
    assert page.locator("a[href='https://news.example/park']").count() >= 1
    page.screenshot(path=str(artifacts_dir / "chromium-landing-result.png"), full_page=True)
    assert problems == []  # no CSP violation (the form's post is allowed), no page error


def test_uploaded_saved_page_becomes_the_reader_view(landing, tmp_path):
    page, problems = landing
    saved = tmp_path / "saved.html"
    saved.write_text(article_page(title="A page saved from the browser"), encoding="utf-8")
    page.set_input_files("input[name=file]", str(saved))
    submit(page)
    assert page.locator("h1").inner_text() == "A page saved from the browser"
    assert problems == []


def test_an_empty_form_answers_the_json_error(landing):
    page, _ = landing
    submit(page)
    assert "empty_input" in page.locator("body").inner_text()
