import { test } from "node:test";
import assert from "node:assert/strict";
import {
  normalizeServerUrl, cleanEndpoint, healthEndpoint, originPattern, isCoveredByManifest,
  capturableReason, safeContentUrl, readerPageUrl, captureIdFromLocation, hostOf,
} from "../../extension/lib/url.js";
import { DEFAULT_SERVER_URL } from "../../extension/lib/defaults.js";

test("server URLs are normalized", () => {
  assert.deepEqual(normalizeServerUrl("http://127.0.0.1:8077/"), { ok: true, url: "http://127.0.0.1:8077" });
  assert.deepEqual(normalizeServerUrl("  127.0.0.1:9000  "), { ok: true, url: "http://127.0.0.1:9000" });
  assert.deepEqual(normalizeServerUrl("https://reader.example.org/clearpage//"), { ok: true, url: "https://reader.example.org/clearpage" });
  assert.deepEqual(normalizeServerUrl("HTTP://LOCALHOST:80"), { ok: true, url: "http://localhost" });
});

test("bad server URLs say exactly what is wrong", () => {
  assert.match(normalizeServerUrl("").message, /Enter the server URL/);
  assert.match(normalizeServerUrl("ftp://example.org").message, /http:\/\/ or https:\/\//);
  assert.match(normalizeServerUrl("javascript:alert(1)").message, /not a URL|http/);
  assert.match(normalizeServerUrl("http://user:pw@host").message, /user name and password/);
  assert.match(normalizeServerUrl("http://host/?a=1").message, /query/);
  assert.match(normalizeServerUrl("http://exa mple.org").message, /not a URL/);
});

test("endpoints join without double slashes", () => {
  assert.equal(cleanEndpoint("http://127.0.0.1:8077"), "http://127.0.0.1:8077/v1/clean");
  assert.equal(cleanEndpoint("https://h/base/"), "https://h/base/v1/clean");
  assert.equal(healthEndpoint("http://127.0.0.1:8077"), "http://127.0.0.1:8077/healthz");
});

test("permission patterns ignore ports; the default server needs no prompt", () => {
  assert.equal(originPattern("http://127.0.0.1:53121"), "http://127.0.0.1/*");
  assert.equal(originPattern("https://reader.example.org/x"), "https://reader.example.org/*");
  assert.equal(isCoveredByManifest(DEFAULT_SERVER_URL), true);
  assert.equal(isCoveredByManifest("http://127.0.0.1:1"), true);
  assert.equal(isCoveredByManifest("http://localhost:8077"), false);
  assert.equal(isCoveredByManifest("https://127.0.0.1:8077"), false);
});

test("browser pages cannot be captured, web pages can", () => {
  assert.equal(capturableReason("https://news.example.com/story"), null);
  assert.equal(capturableReason("http://127.0.0.1:8000/page.html"), null);
  assert.equal(capturableReason("file:///tmp/a.html"), null);
  assert.match(capturableReason("chrome://extensions/"), /chrome:/);
  assert.match(capturableReason("about:addons"), /about:/);
  assert.match(capturableReason("https://chromewebstore.google.com/detail/x"), /store/);
  assert.match(capturableReason(""), /no web page/);
});

test("content URLs resolve against the article and drop script URLs", () => {
  const base = "https://news.example.com/world/story.html";
  assert.equal(safeContentUrl("/img/a.jpg", base), "https://news.example.com/img/a.jpg");
  assert.equal(safeContentUrl("b.jpg", base), "https://news.example.com/world/b.jpg");
  assert.equal(safeContentUrl("#note-1", base), "#note-1");
  assert.equal(safeContentUrl("mailto:desk@example.com", base), "mailto:desk@example.com");
  assert.equal(safeContentUrl("mailto:desk@example.com", base, { allowMailto: false }), null);
  assert.equal(safeContentUrl("javascript:alert(1)", base), null);
  assert.equal(safeContentUrl(" JaVaScRiPt:alert(1)", base), null);
  assert.equal(safeContentUrl("data:text/html,<script>alert(1)</script>", base), null);
  assert.equal(safeContentUrl("", base), null);
  assert.equal(safeContentUrl("/relative", undefined), null);
});

test("reader page URLs carry a safe capture id", () => {
  const url = readerPageUrl("chrome-extension://abc/reader.html", "0a1b2c");
  assert.equal(url, "chrome-extension://abc/reader.html?id=0a1b2c");
  assert.equal(captureIdFromLocation("?id=0a1b2c"), "0a1b2c");
  assert.equal(captureIdFromLocation("?id=../../etc"), null);
  assert.equal(captureIdFromLocation(""), null);
});

test("hostOf drops www", () => {
  assert.equal(hostOf("https://www.example.com/a"), "example.com");
  assert.equal(hostOf("not a url"), "");
});
