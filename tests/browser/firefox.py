"""Firefox ESR driven over its built-in WebDriver BiDi websocket (no geckodriver:
Debian does not package it). Started with --remote-allow-system-access so a test can
reach the browser window's own scope and press the extension's toolbar action the
way the button does (BrowserAction.triggerAction), which grants activeTab."""
from __future__ import annotations

import base64
import contextlib
import json
import subprocess
import time
from pathlib import Path

from websockets.sync.client import connect

from .support import EXTENSION_DIR, FIREFOX, MISSING_BROWSER, free_port

EXTENSION_ID = "clearpage@clearpage.invalid"

PREFS = {
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.aboutwelcome.enabled": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "app.update.enabled": False,
    "app.normandy.enabled": False,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "extensions.getAddons.cache.enabled": False,
    "browser.safebrowsing.update.enabled": False,
    "browser.safebrowsing.downloads.remote.enabled": False,
    "services.settings.server": "http://127.0.0.1:9/",
    "browser.newtabpage.enabled": False,
    "extensions.update.enabled": False,
}

# Privileged snippet run in the browser window: the extension's parent-side object.
_EXT = (
    "const {ExtensionParent} = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');"
    f"const ext = ExtensionParent.GlobalManager.getExtension({json.dumps(EXTENSION_ID)});"
)


class BidiError(RuntimeError):
    pass


class FirefoxWithExtension:
    def __init__(self, profile_dir: Path, log_path: Path):
        assert FIREFOX.exists(), MISSING_BROWSER.format(name="Firefox ESR", path=FIREFOX)
        profile_dir.mkdir(parents=True, exist_ok=True)
        (profile_dir / "user.js").write_text(
            "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in PREFS.items())
        )
        port = free_port()
        self._log = open(log_path, "wb")
        self.proc = subprocess.Popen(
            [str(FIREFOX), "--headless", "--no-remote", "--profile", str(profile_dir),
             "--remote-debugging-port", str(port), "--remote-allow-system-access"],
            stdout=self._log, stderr=subprocess.STDOUT,
        )
        self._id = 0
        self._stack = contextlib.ExitStack()
        self.ws = None
        deadline = time.monotonic() + 30
        while True:
            try:
                self.ws = self._stack.enter_context(connect(f"ws://127.0.0.1:{port}/session", max_size=None, open_timeout=5))
                break
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.close()
                    raise AssertionError(f"Firefox did not open its BiDi port; log: {log_path}")
                time.sleep(0.1)
        self.send("session.new", {"capabilities": {}})
        self.send("webExtension.install", {"extensionData": {"type": "path", "path": str(EXTENSION_DIR)}})
        self.uuid = self.chrome_eval(f"(() => {{ {_EXT} return ext.uuid; }})()")

    # -- protocol --------------------------------------------------------------
    def send(self, method: str, params: dict, timeout: float = 30):
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            msg = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if msg.get("id") == self._id:
                if msg.get("type") == "error":
                    raise BidiError(f"{method}: {msg.get('error')}: {msg.get('message')}")
                return msg["result"]

    def _value(self, result):
        if result["type"] == "exception":
            raise BidiError(result["exceptionDetails"]["text"])
        return _deserialize(result["result"])

    def evaluate(self, context: str, expression: str):
        return self._value(self.send("script.evaluate", {
            "expression": expression, "target": {"context": context}, "awaitPromise": True,
            "userActivation": True}))

    def contexts(self, scope: str = "content") -> list[dict]:
        return self.send("browsingContext.getTree", {"moz:scope": scope})["contexts"]

    def chrome_eval(self, expression: str):
        window = self.contexts("chrome")[0]["context"]
        return self.evaluate(window, expression)

    # -- what a user does --------------------------------------------------------
    def ext_url(self, page: str) -> str:
        return f"moz-extension://{self.uuid}/{page}"

    def wait_for_context(self, prefix: str, exclude=(), timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for c in self.contexts():
                if c["url"].startswith(prefix) and c["context"] not in exclude:
                    return c["context"]
            time.sleep(0.05)
        raise AssertionError(f"no tab with {prefix}: {[c['url'] for c in self.contexts()]}")

    def wait_until(self, context: str, expression: str, timeout: float = 20):
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(context, expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {expression!r}")
            time.sleep(0.05)

    def open_options(self) -> str:
        """Opens the options page as about:addons' Preferences does."""
        self.chrome_eval(f"(async () => {{ {_EXT} await ExtensionParent.apiManager.global.openOptionsPage(ext); return true; }})()")
        context = self.wait_for_context(self.ext_url("options.html"))
        self.wait_until(context, "document.readyState === 'complete' && document.querySelector('#server-url').value !== ''")
        return context

    def open_tab(self, url: str) -> str:
        context = self.send("browsingContext.create", {"type": "tab"})["context"]
        self.send("browsingContext.navigate", {"context": context, "url": url, "wait": "complete"})
        self.send("browsingContext.activate", {"context": context})
        return context

    def click_toolbar_button(self) -> str:
        """Presses the extension's action in the current window; returns the reader tab."""
        known = {c["context"] for c in self.contexts()}
        self.chrome_eval(f"(async () => {{ {_EXT} await ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window); return true; }})()")
        return self.wait_for_context(self.ext_url("reader.html"), exclude=known)

    def shortcut(self) -> dict:
        """The <key> Firefox registered for the extension's _execute_action command."""
        return self.chrome_eval(
            "(() => { const k = document.querySelector('#ext-keyset-id-clearpage_clearpage_invalid > key');"
            " return k && {key: k.getAttribute('key'), modifiers: k.getAttribute('modifiers')}; })()")

    def press_shortcut(self) -> str:
        """Fires the extension's keyboard shortcut (its <key> command); returns the reader tab.
        Synthetic key events do not reach browser shortcuts in headless mode."""
        known = {c["context"] for c in self.contexts()}
        self.chrome_eval("document.querySelector('#ext-keyset-id-clearpage_clearpage_invalid > key').doCommand(); true")
        return self.wait_for_context(self.ext_url("reader.html"), exclude=known)

    def read(self, url: str) -> str:
        self.open_tab(url)
        reader = self.click_toolbar_button()
        self.wait_until(reader, "['article', 'error'].includes(document.body && document.body.dataset.state)")
        return reader

    def screenshot(self, context: str, path: Path) -> None:
        data = self.send("browsingContext.captureScreenshot", {"context": context, "origin": "document"})["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self):
        try:
            if self.ws is not None:
                try:
                    self.send("session.end", {}, timeout=5)
                except Exception:  # noqa: BLE001 - the browser may already be gone
                    pass
            self._stack.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
            self._log.close()


def _deserialize(v):
    t = v.get("type")
    if t in ("string", "number", "boolean"):
        return v["value"]
    if t in ("undefined", "null"):
        return None
    if t == "array":
        return [_deserialize(x) for x in v.get("value", [])]
    if t == "object":
        return {k if isinstance(k, str) else _deserialize(k): _deserialize(x) for k, x in v.get("value", [])}
    return v
