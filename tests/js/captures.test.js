import { test } from "node:test";
import assert from "node:assert/strict";
import { webcrypto } from "node:crypto";
import { CAPTURE_PREFIX, newCaptureId, makeCapture, capturesToPrune, storeCapture, loadCapture } from "../../extension/lib/captures.js";
import { KEPT_CAPTURES } from "../../extension/lib/defaults.js";
import { captureIdFromLocation } from "../../extension/lib/url.js";
import { fakeArea } from "./helpers.js";

test("capture ids are random and valid in a reader URL", () => {
  const a = newCaptureId(webcrypto);
  const b = newCaptureId(webcrypto);
  assert.match(a, /^[0-9a-f]{24}$/);
  assert.notEqual(a, b);
  assert.equal(captureIdFromLocation(`?id=${a}`), a);
});

test("makeCapture keeps strings only", () => {
  assert.deepEqual(makeCapture({ html: "<p>", url: "https://x/", title: undefined }, 5), { html: "<p>", url: "https://x/", title: "", capturedAt: 5 });
});

test("old captures are pruned, newest kept", () => {
  const all = { other: 1 };
  for (let i = 0; i < 6; i++) all[CAPTURE_PREFIX + i] = { capturedAt: 100 + i };
  assert.deepEqual(capturesToPrune(all, 4), [CAPTURE_PREFIX + 0, CAPTURE_PREFIX + 1]);
  assert.deepEqual(capturesToPrune({}, 4), []);
});

test("storeCapture keeps at most KEPT_CAPTURES", async () => {
  const area = fakeArea();
  for (let i = 0; i < KEPT_CAPTURES + 3; i++) await storeCapture(area, `id${i}`, makeCapture({ html: "h", url: "u" }, i));
  const keys = Object.keys(area.data).sort();
  assert.equal(keys.length, KEPT_CAPTURES);
  assert.deepEqual(await loadCapture(area, `id${KEPT_CAPTURES + 2}`), makeCapture({ html: "h", url: "u" }, KEPT_CAPTURES + 2));
  assert.equal(await loadCapture(area, "id0"), null);
});

test("storeCapture clears older captures when over quota", async () => {
  const area = fakeArea({ [CAPTURE_PREFIX + "old"]: { capturedAt: 1 } });
  const set = area.set;
  let first = true;
  area.set = async (o) => { if (first) { first = false; throw new Error("QUOTA_BYTES quota exceeded"); } return set(o); };
  await storeCapture(area, "new", makeCapture({ html: "h", url: "u" }, 2));
  assert.deepEqual(Object.keys(area.data), [CAPTURE_PREFIX + "new"]);
});
