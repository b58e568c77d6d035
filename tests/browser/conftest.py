"""Fixtures for the extension's end-to-end tests in real browsers."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .support import ARTIFACTS_DIR, REPO, LoopbackServer, free_port, wait_for_http


@pytest.fixture(scope="session")
def artifacts_dir():
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    return ARTIFACTS_DIR


@pytest.fixture(scope="session")
def clearpage_url(request, tmp_path_factory):
    """Base URL of the real clearpage service: the project's `live_server` fixture
    (tests/conftest.py), or, where that is not defined, the Flask app started here."""
    try:
        return request.getfixturevalue("live_server").rstrip("/")
    except pytest.FixtureLookupError:
        pass
    port = free_port()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO / "server"), os.environ.get("PYTHONPATH")])))
    log = tmp_path_factory.mktemp("clearpage-server") / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "clearpage.web:create_app", "run", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/healthz", timeout=30)
    except RuntimeError:
        proc.kill()
        raise RuntimeError("the clearpage server did not start: " + log.read_text(errors="replace")[-2000:])
    request.addfinalizer(lambda: (proc.terminate(), proc.wait(10)))
    return base


@pytest.fixture(scope="session")
def site():
    """A loopback web server for the pages the tests read (and stand-in servers)."""
    server = LoopbackServer()
    yield server
    server.close()


@pytest.fixture(scope="module")
def chromium(playwright_instance, tmp_path_factory):
    """One Chromium with the extension for a module's tests (settings reset per test)."""
    from .support import ChromiumWithExtension

    browser = ChromiumWithExtension(playwright_instance, tmp_path_factory.mktemp("chromium-profile"))
    yield browser
    browser.close()


@pytest.fixture
def fresh_settings(chromium):
    chromium.worker.evaluate("chrome.storage.sync.clear()")
    yield chromium
    for page in chromium.ctx.pages[1:]:
        page.close()
