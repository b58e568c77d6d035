import { test } from "node:test";
import assert from "node:assert/strict";
import { validateSetting, validateSettings, withDefaults, loadSettings, saveSettings } from "../../extension/lib/settings.js";
import { fakeArea } from "./helpers.js";
import { DEFAULT_SETTINGS, DEFAULT_SERVER_URL, SETTING_KEYS } from "../../extension/lib/defaults.js";

test("defaults: the default server is loopback port 8077 and every key has a default", () => {
  assert.equal(DEFAULT_SETTINGS.serverUrl, "http://127.0.0.1:8077");
  assert.equal(DEFAULT_SERVER_URL, DEFAULT_SETTINGS.serverUrl);
  assert.deepEqual([...SETTING_KEYS].sort(), ["font", "fontSize", "justify", "lineHeight", "lineWidth", "serverUrl", "speechRate", "theme", "timeoutSeconds", "voice"]);
  assert.ok(Object.isFrozen(DEFAULT_SETTINGS));
});

test("themes and fonts are closed lists", () => {
  for (const t of ["light", "sepia", "dark", "system"]) assert.deepEqual(validateSetting("theme", t), { ok: true, value: t });
  assert.equal(validateSetting("theme", "neon").ok, false);
  assert.deepEqual(validateSetting("font", "sans"), { ok: true, value: "sans" });
  assert.equal(validateSetting("font", "comic").ok, false);
});

test("numbers are parsed, rounded and clamped", () => {
  assert.deepEqual(validateSetting("fontSize", "21"), { ok: true, value: 21 });
  assert.deepEqual(validateSetting("fontSize", 99), { ok: true, value: 32 });
  assert.deepEqual(validateSetting("fontSize", 2), { ok: true, value: 14 });
  assert.deepEqual(validateSetting("lineWidth", 70.4), { ok: true, value: 70 });
  assert.deepEqual(validateSetting("timeoutSeconds", 0), { ok: true, value: 2 });
  assert.equal(validateSetting("fontSize", "big").ok, false);
  assert.equal(validateSetting("lineWidth", NaN).ok, false);
});

test("validateSettings keeps the good, reports the bad, drops unknown keys", () => {
  const r = validateSettings({ theme: "dark", font: "wingdings", serverUrl: "127.0.0.1:9000/", evil: 1 });
  assert.deepEqual(r.values, { theme: "dark", serverUrl: "http://127.0.0.1:9000" });
  assert.deepEqual(Object.keys(r.errors), ["font"]);
});

test("withDefaults repairs whatever is stored", () => {
  assert.deepEqual(withDefaults(undefined), { ...DEFAULT_SETTINGS });
  assert.deepEqual(withDefaults({ theme: "sepia", fontSize: "x", serverUrl: "ftp://x" }), { ...DEFAULT_SETTINGS, theme: "sepia" });
});

test("settings round-trip through a storage area", async () => {
  const area = fakeArea({ theme: "bogus" });
  assert.equal((await loadSettings(area)).theme, "system");
  const r = await saveSettings(area, { theme: "dark", fontSize: 40 });
  assert.deepEqual(r.errors, {});
  assert.deepEqual(area.data, { theme: "dark", fontSize: 32 });
  const s = await loadSettings(area);
  assert.equal(s.theme, "dark");
  assert.equal(s.fontSize, 32);
  assert.equal(s.serverUrl, DEFAULT_SERVER_URL);
});

test("saving only invalid values writes nothing", async () => {
  const area = fakeArea();
  let writes = 0;
  const orig = area.set;
  area.set = async (o) => { writes++; return orig(o); };
  const r = await saveSettings(area, { theme: "neon" });
  assert.equal(writes, 0);
  assert.ok(r.errors.theme);
});

