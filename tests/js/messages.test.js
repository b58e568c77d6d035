import { test } from "node:test";
import assert from "node:assert/strict";
import { MSG, isMessage, cleanMessage, checkServerMessage, cleanRequestBody, cleanRequestInit, createDispatcher } from "../../extension/lib/messages.js";

test("message types are unique, namespaced constants", () => {
  const values = Object.values(MSG);
  assert.equal(new Set(values).size, values.length);
  for (const v of values) assert.match(v, /^clearpage\//);
  assert.ok(Object.isFrozen(MSG));
});

test("message builders", () => {
  assert.deepEqual(cleanMessage("abc"), { type: MSG.CLEAN, captureId: "abc" });
  assert.throws(() => cleanMessage(""), TypeError);
  assert.deepEqual(checkServerMessage("http://x"), { type: MSG.CHECK_SERVER, serverUrl: "http://x" });
  assert.ok(isMessage(cleanMessage("a")));
  assert.equal(isMessage({ type: "other" }), false);
  assert.equal(isMessage(null), false);
  assert.equal(isMessage("clearpage/clean"), false);
});

test("the clean request is the server contract: JSON {html, url}, Accept JSON, no cookies", () => {
  const capture = { html: "<html><body><p>x</p></body></html>", url: "https://example.com/a", title: "T", capturedAt: 1 };
  assert.deepEqual(JSON.parse(cleanRequestBody(capture)), { html: capture.html, url: capture.url });
  const init = cleanRequestInit(capture);
  assert.equal(init.method, "POST");
  assert.equal(init.headers["Content-Type"], "application/json");
  assert.equal(init.headers.Accept, "application/json");
  assert.equal(init.credentials, "omit");
  assert.throws(() => cleanRequestBody({ html: 1, url: "x" }), TypeError);
});

test("the dispatcher routes by type and always answers", async () => {
  const seen = [];
  const dispatch = createDispatcher({
    [MSG.CLEAN]: async (msg, sender) => { seen.push([msg.captureId, sender.id]); return { ok: true, n: 1 }; },
    [MSG.CHECK_SERVER]: async () => { throw new Error("boom"); },
  });
  assert.deepEqual(await dispatch(cleanMessage("c1"), { id: "me" }), { ok: true, n: 1 });
  assert.deepEqual(seen, [["c1", "me"]]);
  const failed = await dispatch(checkServerMessage("http://x"), {});
  assert.equal(failed.ok, false);
  assert.equal(failed.error.kind, "internal");
  assert.match(failed.error.message, /boom/);
  const unknown = await dispatch({ type: "nope" }, {});
  assert.equal(unknown.ok, false);
  assert.equal(unknown.error.kind, "bad-message");
});
