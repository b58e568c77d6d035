import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanPage, checkServer } from "../../extension/lib/api.js";
import { KIND } from "../../extension/lib/errors.js";

const serverUrl = "http://127.0.0.1:8077";
const capture = { html: "<html><body><p>Hi</p></body></html>", url: "https://example.com/a" };

function jsonResponse(status, body, type = "application/json") {
  return new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers: { "content-type": type } });
}

test("POSTs the capture to /v1/clean and returns the article", async () => {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push([url, init]);
    return jsonResponse(200, { title: "T", content_html: "<p>Hi</p>", readerable: true });
  };
  const r = await cleanPage(capture, { serverUrl, timeoutSeconds: 5, fetchImpl });
  assert.equal(r.ok, true);
  assert.equal(r.article.title, "T");
  assert.equal(calls[0][0], "http://127.0.0.1:8077/v1/clean");
  assert.equal(calls[0][1].method, "POST");
  assert.deepEqual(JSON.parse(calls[0][1].body), capture);
  assert.ok(calls[0][1].signal instanceof AbortSignal);
});

test("a network error maps to unreachable", async () => {
  const r = await cleanPage(capture, { serverUrl, timeoutSeconds: 5, fetchImpl: async () => { throw new TypeError("fetch failed"); } });
  assert.equal(r.error.kind, KIND.UNREACHABLE);
});

test("a server slower than the timeout maps to timeout", async () => {
  const fetchImpl = (url, init) => new Promise((resolve, reject) => {
    init.signal.addEventListener("abort", () => reject(Object.assign(new Error("aborted"), { name: "AbortError" })));
  });
  const started = Date.now();
  const r = await cleanPage(capture, { serverUrl, timeoutSeconds: 0.05, fetchImpl });
  assert.equal(r.error.kind, KIND.TIMEOUT);
  assert.ok(Date.now() - started < 2000);
});

test("4xx JSON errors carry the server's message", async () => {
  const fetchImpl = async () => jsonResponse(415, { error: { code: "unsupported_media_type", message: "Send application/json" } });
  const r = await cleanPage(capture, { serverUrl, timeoutSeconds: 5, fetchImpl });
  assert.equal(r.error.kind, KIND.CLIENT);
  assert.equal(r.error.message, "Send application/json");
});

test("a non-JSON 200 is a bad response", async () => {
  const r = await cleanPage(capture, { serverUrl, timeoutSeconds: 5, fetchImpl: async () => jsonResponse(200, "<html>", "text/html") });
  assert.equal(r.error.kind, KIND.BAD_RESPONSE);
  assert.match(r.error.message, /text\/html/);
});

test("checkServer reports the version", async () => {
  let seen;
  const fetchImpl = async (url) => { seen = url; return jsonResponse(200, { status: "ok", version: "1.2.3" }); };
  assert.deepEqual(await checkServer({ serverUrl, timeoutSeconds: 5, fetchImpl }), { ok: true, status: "ok", version: "1.2.3" });
  assert.equal(seen, "http://127.0.0.1:8077/healthz");
});

test("checkServer explains a wrong server", async () => {
  const notOurs = await checkServer({ serverUrl, timeoutSeconds: 5, fetchImpl: async () => jsonResponse(200, { hello: 1 }) });
  assert.equal(notOurs.error.kind, KIND.BAD_RESPONSE);
  const missing = await checkServer({ serverUrl, timeoutSeconds: 5, fetchImpl: async () => jsonResponse(404, "Not Found", "text/plain") });
  assert.equal(missing.error.kind, KIND.CLIENT);
  assert.match(missing.error.message, /404/);
});
