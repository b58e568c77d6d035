"""Prove in a real Chromium that HTML runs no script. Reusable: the extension's reader-page tests
and the lead can call ``ScriptProbe`` on any HTML (or attach ``install_probes`` to their own page).

Two independent signals, both set up before any page script could run:

1. an init script replaces ``alert``/``confirm``/``prompt``/``print`` and traps writes to
   ``window.__xss`` (the marker every vector payload sets), reporting through an exposed binding;
2. the HTML is served from a fake origin (``page.route``) with
   ``Content-Security-Policy-Report-Only: script-src 'none' 'report-sample'``, so every inline
   script, event handler and ``javascript:`` URL that *runs* fires a ``securitypolicyviolation``
   event, which the init script reports too (Report-Only: nothing is blocked, everything is seen).

Event-handler attributes only compile when their event fires, so after load the probe fires
the usual events (click, mouseover, focus, error, load, toggle, animation...) on every element,
clicks links and submit buttons (preventing navigation to real URLs, letting ``javascript:``
ones run), then waits a little for timers, animations and autofocus. Requests to the fake
origin other than the page get 404 (so ``<img src=x onerror>`` errors for real); any other
request is aborted (nothing leaves the machine).

Usage::

    with chromium() as browser:
        probe = ScriptProbe(browser)
        hits = probe.check({"v1": html1, "v2": html2})   # {"v1": [...events], ...}
        probe.close()
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = os.environ.get("CLEARPAGE_CHROMIUM", "/usr/lib/chromium/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--headless=new"]
PROBE_ORIGIN = "http://xss-probe.clearpage.test"
PROBE_CSP = "script-src 'none' 'report-sample'"
# Milliseconds to let timers, animations, transitions and autofocus fire after the triggers.
SETTLE_MS = 120

INIT_SCRIPT = r"""
(() => {
  const report = (kind, detail) => {
    try { window.__clearpageProbe(kind, String(detail).slice(0, 300)); } catch (e) {}
  };
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    try {
      Object.defineProperty(window, name, {configurable: false, writable: false,
        value: function (...args) { report(name, args.join(",")); }});
    } catch (e) {}
  }
  try {
    Object.defineProperty(window, "__xss", {configurable: false,
      get() { return undefined; }, set(v) { report("marker", v); }});
  } catch (e) {}
  const onViolation = (e) => report("csp",
    `${e.effectiveDirective} blocked=${e.blockedURI} sample=${e.sample} line=${e.lineNumber}`);
  window.addEventListener("securitypolicyviolation", onViolation, true);
  document.addEventListener("securitypolicyviolation", onViolation, true);
})();
"""

TRIGGER_SCRIPT = r"""
() => {
  // Let javascript: URLs run (as the browser's URL parser reads them), block real navigation.
  const isJs = (url) => {
    try { return new URL(url || "", document.baseURI).protocol === "javascript:"; }
    catch (e) { return false; }
  };
  document.addEventListener("click", (e) => {
    const link = e.target && e.target.closest ? e.target.closest("a[href],area[href]") : null;
    if (link && !isJs(link.getAttribute("href"))) e.preventDefault();
  }, true);
  document.addEventListener("submit", (e) => {
    const form = e.target;
    const action = (e.submitter && e.submitter.getAttribute("formaction")) ||
                   (form && form.getAttribute("action"));
    if (!isJs(action)) e.preventDefault();
  }, true);
  const types = ["click", "dblclick", "auxclick", "contextmenu", "mousedown", "mouseup",
    "mouseover", "mouseenter", "mousemove", "mouseout", "pointerenter", "pointerdown",
    "pointerover", "focus", "focusin", "blur", "keydown", "keyup", "input", "change", "wheel",
    "scroll", "toggle", "load", "error", "abort", "animationstart", "animationend",
    "transitionrun", "transitionend", "copy", "paste", "drag", "drop", "select", "invalid",
    "begin", "end", "repeat", "start", "finish", "play", "loadstart", "canplay"];
  const elements = Array.from(document.querySelectorAll("*"));
  for (const el of elements) {
    for (const type of types) {
      try { el.dispatchEvent(new Event(type, {bubbles: false, cancelable: true})); } catch (e) {}
    }
  }
  for (const el of document.querySelectorAll("a, area, button, input, summary, [tabindex]")) {
    try { el.focus(); } catch (e) {}
    try { el.click(); } catch (e) {}
  }
  return elements.length;
}
"""


def require_chromium() -> str:
    """Path of Debian's Chromium; raises (the browser tests FAIL, never skip) when missing."""
    if not Path(CHROMIUM).exists():
        raise RuntimeError(
            f"Chromium not found at {CHROMIUM}: install it with "
            "`apt-get install -y chromium` (never `playwright install`), or set CLEARPAGE_CHROMIUM")
    return CHROMIUM


@contextmanager
def chromium(playwright=None):
    """A headless Chromium browser (Playwright sync API) with the project's launch arguments.
    Pass the run's Playwright instance when there is one: only one may be alive at a time."""
    executable = require_chromium()
    if playwright is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            with chromium(pw) as browser:
                yield browser
        return
    browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
    try:
        yield browser
    finally:
        browser.close()


def install_probes(page, on_event) -> None:
    """Install both signals on a Playwright ``page``: ``on_event(kind, detail, frame_url)`` is
    called for every script execution seen. Call before the first navigation."""
    def binding(source, kind, detail):
        # Credit nested frames (srcdoc, data:, about:blank) to the probed document around them.
        frame = source.get("frame")
        url = frame.url if frame is not None else ""
        while frame is not None and not frame.url.startswith(PROBE_ORIGIN + "/doc/"):
            frame = frame.parent_frame
        on_event(kind, detail, frame.url if frame is not None else url)

    page.expose_binding("__clearpageProbe", binding)
    page.add_init_script(INIT_SCRIPT)


class ScriptProbe:
    """Loads HTML documents in one page and reports what script ran in each.

    ``run`` loads one document as the top-level page; ``check`` loads documents in batches, each
    in its own iframe of one container page (much faster), and attributes every event to its
    document through the frame it came from.
    """

    def __init__(self, browser):
        self.context = browser.new_context(java_script_enabled=True, bypass_csp=False)
        self.page = self.context.new_page()
        self._docs: dict[str, str] = {}
        self._events: list[tuple[str, str, str]] = []
        self._serial = 0
        install_probes(self.page, lambda kind, detail, url: self._events.append((kind, detail, url)))
        self.page.route("**/*", self._route)
        # Keep dialogs (if the override was bypassed) from blocking the page; count them too.
        self.page.on("dialog", self._on_dialog)

    def _on_dialog(self, dialog):
        self._events.append(("dialog", dialog.message, dialog.page.url if dialog.page else ""))
        try:
            dialog.dismiss()
        except Exception:  # noqa: BLE001 - the page may already be gone
            pass

    def _route(self, route):
        url = route.request.url
        prefix = PROBE_ORIGIN + "/doc/"
        if url.startswith(prefix):
            key = url[len(prefix):].split("?")[0].split("#")[0]
            if key in self._docs:
                return route.fulfill(status=200, body=self._docs[key],
                                     headers={"Content-Type": "text/html; charset=utf-8",
                                              "Content-Security-Policy-Report-Only": PROBE_CSP})
        if url.startswith(PROBE_ORIGIN + "/"):
            return route.fulfill(status=404, body="not found",
                                 headers={"Content-Type": "text/plain"})
        return route.abort()

    def _trigger(self, frames) -> None:
        for frame in frames:
            try:
                frame.evaluate(TRIGGER_SCRIPT)
            except Exception as exc:  # noqa: BLE001 - a payload that navigates is a finding
                self._events.append(("navigation", str(exc).splitlines()[0], frame.url))

    def run(self, key: str, html: str) -> list[tuple[str, str, str]]:
        """Load ``html`` as the top-level page; return the executions seen (kind, detail, url)."""
        self._events = []
        self._serial += 1
        doc = f"{self._serial}-{key}"
        self._docs = {doc: html, "blank": "<!DOCTYPE html><title>blank</title>"}
        try:
            self.page.goto(f"{PROBE_ORIGIN}/doc/{doc}", wait_until="load", timeout=15_000)
        except Exception as exc:  # noqa: BLE001
            self._events.append(("navigation", str(exc).splitlines()[0], self.page.url))
        self._trigger(self.page.frames)
        self.page.wait_for_timeout(SETTLE_MS)
        # Leave the document so late timers of this one cannot be credited to the next.
        self.page.goto(f"{PROBE_ORIGIN}/doc/blank", wait_until="load")
        events, self._events = self._events, []
        return events

    def check(self, docs: dict[str, str], batch: int = 25) -> dict[str, list]:
        """Run every document (``batch`` iframes per page load); return those where script ran.

        The key of each document must be URL-safe. Events from nested frames (srcdoc, data:)
        are credited to the document frame that contains them.
        """
        hits: dict[str, list] = {}
        items = list(docs.items())
        for start in range(0, len(items), batch):
            chunk = items[start:start + batch]
            self._serial += 1
            names = {f"{self._serial}-{key}": key for key, _ in chunk}
            self._docs = {name: docs[key] for name, key in names.items()}
            frames = "".join(f'<iframe src="/doc/{name}" width="800" height="300"></iframe>'
                             for name in names)
            self._docs[f"{self._serial}-container"] = f"<!DOCTYPE html><title>batch</title>{frames}"
            self._events = []
            try:
                self.page.goto(f"{PROBE_ORIGIN}/doc/{self._serial}-container", wait_until="load",
                               timeout=30_000)
            except Exception as exc:  # noqa: BLE001
                self._events.append(("navigation", str(exc).splitlines()[0], self.page.url))
            self._trigger([f for f in self.page.frames if f is not self.page.main_frame])
            self.page.wait_for_timeout(SETTLE_MS)
            self.page.goto("about:blank")
            events, self._events = self._events, []
            if any(self._owner(url, names) is None for _, _, url in events):
                # Something ran in the container's context (a payload calling parent.alert from
                # a nested frame): load this batch's documents one by one to know which.
                for name, key in names.items():
                    single = self.run(key, self._docs_of_batch(chunk, key))
                    if single:
                        hits.setdefault(key, []).extend(single)
                continue
            for kind, detail, url in events:
                hits.setdefault(self._owner(url, names), []).append((kind, detail, url))
        return hits

    @staticmethod
    def _docs_of_batch(chunk, key):
        return dict(chunk)[key]

    @staticmethod
    def _owner(url: str, names: dict[str, str]) -> str:
        prefix = PROBE_ORIGIN + "/doc/"
        if url.startswith(prefix):
            name = url[len(prefix):].split("?")[0].split("#")[0]
            if name in names:
                return names[name]
        return None

    def close(self):
        self.context.close()
