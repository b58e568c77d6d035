"""Helpers for the extension's browser tests: loopback HTTP servers, a stand-in
clearpage server for error states, and Chromium driven with the extension loaded.

Browsers come from Debian (`make test` installs them); nothing is downloaded.
"""
from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[2]
EXTENSION_DIR = REPO / "extension"
ARTIFACTS_DIR = REPO / "test-artifacts"
CHROMIUM = Path(os.environ.get("CLEARPAGE_CHROMIUM", "/usr/lib/chromium/chromium"))
FIREFOX = Path(os.environ.get("CLEARPAGE_FIREFOX", "/usr/lib/firefox-esr/firefox-esr"))

MISSING_BROWSER = "{name} not found at {path}: run `make test`, which installs the browsers (apt: chromium, chromium-driver, firefox-esr)."

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--headless=new",
    f"--disable-extensions-except={EXTENSION_DIR}",
    f"--load-extension={EXTENSION_DIR}",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def closed_port() -> int:
    """A loopback port with nothing listening (bound, then released)."""
    return free_port()


# ---------------------------------------------------------------------------
# Loopback HTTP servers


Handler = Callable[[BaseHTTPRequestHandler, bytes], tuple[int, dict, bytes]]


@dataclass
class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 whose routes map a path to a handler."""

    routes: dict[tuple[str, str], Handler] = field(default_factory=dict)
    requests: list[tuple[str, str, bytes]] = field(default_factory=list)

    def __post_init__(self):
        server = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _cors(self):
                origin = self.headers.get("Origin")
                if origin and re.match(r"^(chrome|moz)-extension://", origin):
                    self.send_header("Access-Control-Allow-Origin", origin)
                    self.send_header("Vary", "Origin")

            def _serve(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?", 1)[0]
                server.requests.append((method, self.path, body))
                handler = server.routes.get((method, path))
                if method == "OPTIONS":
                    status, headers, payload = 204, {"Access-Control-Allow-Methods": "GET, POST", "Access-Control-Allow-Headers": "Content-Type"}, b""
                elif handler is None:
                    status, headers, payload = 404, {"Content-Type": "text/plain"}, b"not found"
                else:
                    try:
                        status, headers, payload = handler(self, body)
                    except (BrokenPipeError, ConnectionResetError):
                        return
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self._cors()
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self):
                self._serve("GET")

            def do_POST(self):
                self._serve("POST")

            def do_OPTIONS(self):
                self._serve("OPTIONS")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def html(self, path: str, html: str | bytes) -> str:
        data = html.encode() if isinstance(html, str) else html
        self.routes[("GET", path)] = lambda h, b: (200, {"Content-Type": "text/html; charset=utf-8"}, data)
        return self.base + path

    def json(self, method: str, path: str, status: int, body, delay: float = 0.0) -> None:
        data = json.dumps(body).encode()

        def handler(h, b):
            if delay:
                time.sleep(delay)
            return status, {"Content-Type": "application/json"}, data

        self.routes[(method, path)] = handler

    def stub_clearpage(self, prefix: str, status: int, body, delay: float = 0.0) -> str:
        """Makes `base + prefix` behave like a clearpage server answering /v1/clean with `body`."""
        self.json("POST", f"{prefix}/v1/clean", status, body, delay)
        self.json("GET", f"{prefix}/healthz", 200, {"status": "ok", "version": "stub"})
        return self.base + prefix

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def wait_for_http(url: str, timeout: float = 20.0) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except Exception as e:  # noqa: BLE001 - retried until the deadline
            last = e
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout}s: {last}")


# ---------------------------------------------------------------------------
# Chromium with the extension


class ChromiumWithExtension:
    """A persistent Chromium context with the unpacked extension loaded."""

    def __init__(self, playwright, profile_dir: Path):
        assert CHROMIUM.exists(), MISSING_BROWSER.format(name="Chromium", path=CHROMIUM)
        self.ctx = playwright.chromium.launch_persistent_context(
            str(profile_dir), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        sw = self.ctx.service_workers[0] if self.ctx.service_workers else self.ctx.wait_for_event("serviceworker", timeout=15000)
        self.worker = sw
        self.ext_id = sw.url.split("/")[2]
        self.cdp = self.ctx.browser.new_browser_cdp_session()

    def url(self, page: str) -> str:
        return f"chrome-extension://{self.ext_id}/{page}"

    def storage(self, area: str = "sync") -> dict:
        return self.worker.evaluate(f"chrome.storage.{area}.get(null)")

    def set_settings(self, **values) -> None:
        self.worker.evaluate("v => chrome.storage.sync.set(v)", values)

    def open_options(self):
        page = self.ctx.new_page()
        page.goto(self.url("options.html"))
        page.wait_for_selector("#server-url")
        return page

    def tab_target_id(self, page_url: str) -> str:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            targets = self.cdp.send("Target.getTargets", {"filter": [{"type": "tab"}]})["targetInfos"]
            for t in targets:
                if t["url"] == page_url:
                    return t["targetId"]
            time.sleep(0.05)
        raise AssertionError(f"no tab target for {page_url}: {targets}")

    def click_toolbar_button(self, page):
        """The real toolbar action (grants activeTab); returns the reader page it opens."""
        page.bring_to_front()
        target = self.tab_target_id(page.url)
        with self.ctx.expect_page(timeout=15000) as opened:
            self.cdp.send("Extensions.triggerAction", {"id": self.ext_id, "targetId": target})
        reader = opened.value
        reader.wait_for_load_state("domcontentloaded")
        return reader

    def read(self, page_url: str, timeout: float = 20000):
        """Opens `page_url`, clicks the toolbar button, waits until the reader settles."""
        page = self.ctx.new_page()
        page.goto(page_url)
        page.wait_for_load_state("load")
        reader = self.click_toolbar_button(page)
        reader.wait_for_selector("body[data-state=article], body[data-state=error]", timeout=timeout)
        return page, reader

    def close(self):
        self.ctx.close()
