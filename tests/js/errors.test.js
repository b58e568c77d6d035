import { test } from "node:test";
import assert from "node:assert/strict";
import { KIND, fromFetchFailure, fromHttpError, checkArticle, isNoArticle, unreachable, captureFailed, missingCapture, noPermission } from "../../extension/lib/errors.js";

const serverUrl = "http://127.0.0.1:8077";

test("a refused connection says the server is not reachable and how to start it", () => {
  const e = fromFetchFailure(new TypeError("Failed to fetch"), { serverUrl, timeoutSeconds: 20 });
  assert.equal(e.kind, KIND.UNREACHABLE);
  assert.match(e.message, /127\.0\.0\.1:8077/);
  assert.equal(e.command, "make serve");
  assert.match(unreachable("http://other:1").hint, /options/);
});

test("our abort is a timeout with the number of seconds", () => {
  const abort = Object.assign(new Error("aborted"), { name: "AbortError" });
  const e = fromFetchFailure(abort, { serverUrl, timeoutSeconds: 7 });
  assert.equal(e.kind, KIND.TIMEOUT);
  assert.match(e.message, /7 s/);
  assert.equal(fromFetchFailure({ name: "TimeoutError" }, { serverUrl, timeoutSeconds: 1 }).kind, KIND.TIMEOUT);
});

test("4xx shows the server's own message", () => {
  const e = fromHttpError(400, { error: { code: "bad_request", message: "html must be a string" } }, { serverUrl });
  assert.equal(e.kind, KIND.CLIENT);
  assert.equal(e.message, "html must be a string");
  assert.equal(e.code, "bad_request");
  assert.equal(e.status, 400);
  const big = fromHttpError(413, { error: { code: "too_large", message: "Body over 5 MB" } }, { serverUrl });
  assert.match(big.title, /too large/);
  assert.equal(big.message, "Body over 5 MB");
  const bare = fromHttpError(415, null, { serverUrl });
  assert.match(bare.message, /HTTP 415/);
});

test("422 not-readerable codes become the no-article state, other 422 stay client errors", () => {
  for (const code of ["not_readerable", "no_article"]) {
    const e = fromHttpError(422, { error: { code, message: "No article here" } }, { serverUrl });
    assert.equal(e.kind, KIND.NO_ARTICLE);
    assert.equal(e.message, "No article here");
  }
  assert.equal(fromHttpError(422, { error: { code: "bad_encoding", message: "m" } }).kind, KIND.CLIENT);
});

test("5xx and 503", () => {
  const e = fromHttpError(503, { error: { code: "timeout", message: "Extraction took too long" } }, { serverUrl });
  assert.equal(e.kind, KIND.SERVER);
  assert.match(e.title, /not ready/);
  assert.equal(e.message, "Extraction took too long");
  assert.match(fromHttpError(500, null, { serverUrl }).message, /HTTP 500/);
});

test("article checks", () => {
  assert.equal(checkArticle(null).ok, false);
  assert.equal(checkArticle([]).ok, false);
  assert.equal(checkArticle({ title: "x" }).error.kind, KIND.BAD_RESPONSE);
  const ok = checkArticle({ content_html: "<p>x</p>", readerable: true });
  assert.equal(ok.ok, true);
  assert.equal(isNoArticle(ok.article), false);
  assert.equal(isNoArticle({ content_html: "<p>x</p>", readerable: false }), true);
  assert.equal(isNoArticle({ content_html: "  ", readerable: true }), true);
});

test("other states have a title and message", () => {
  for (const e of [captureFailed("nope"), missingCapture(), noPermission("https://x")]) {
    assert.ok(e.kind && e.title && e.message);
  }
});
