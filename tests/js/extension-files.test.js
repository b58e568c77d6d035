// Static checks over the extension's files: the rules the code review would
// otherwise have to remember (no inline scripts or handlers, no HTML strings
// into the live document, no eval, least permissions, both browsers' manifest keys).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const EXT = fileURLToPath(new URL("../../extension/", import.meta.url));

function files(dir = EXT) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const byExt = (suffix) => files().filter((f) => f.endsWith(suffix));
const manifest = JSON.parse(readFileSync(join(EXT, "manifest.json"), "utf8"));

test("HTML pages have no inline scripts, inline handlers or javascript: URLs", () => {
  for (const f of byExt(".html")) {
    const html = readFileSync(f, "utf8");
    const rel = relative(EXT, f);
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
      assert.match(tag, /\bsrc=/, `${rel}: inline <script>`);
      assert.match(tag, /type="module"/, `${rel}: scripts are ES modules`);
    }
    assert.doesNotMatch(html, /<script\b[^>]*>\s*[^<\s]/i, `${rel}: script with a body`);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${rel}: inline event handler`);
    assert.doesNotMatch(html, /javascript:/i, `${rel}: javascript: URL`);
  }
});

test("scripts never turn strings into HTML or code in the live document", () => {
  for (const f of byExt(".js")) {
    const js = readFileSync(f, "utf8");
    const rel = relative(EXT, f);
    for (const bad of [/\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function\s*\(/, /\.on[a-z]+\s*=/, /setAttribute\(\s*["']on/]) {
      assert.doesNotMatch(js, bad, `${rel}: ${bad}`);
    }
  }
});

test("content HTML goes through DOMParser", () => {
  const content = readFileSync(join(EXT, "lib", "content.js"), "utf8");
  assert.match(content, /new DOMParser\(\)\.parseFromString/);
  assert.match(content, /importNode/);
});

test("the manifest asks for the least and works in both browsers", () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "scripting", "storage"]);
  assert.deepEqual(manifest.host_permissions, ["http://127.0.0.1/*"]);
  assert.deepEqual(manifest.optional_host_permissions, ["http://*/*", "https://*/*"]);
  assert.equal(manifest.background.service_worker, "background.js");
  assert.deepEqual(manifest.background.scripts, ["background.js"]);
  assert.equal(manifest.background.type, "module");
  assert.ok(manifest.browser_specific_settings.gecko.id);
  assert.ok(manifest.commands._execute_action.suggested_key.default);
  assert.equal(manifest.content_scripts, undefined, "no content scripts: the page is read on demand");
  assert.equal(manifest.web_accessible_resources, undefined, "web pages may not load extension pages");
});

test("the extension pages' CSP allows scripts from the extension only", () => {
  const csp = manifest.content_security_policy.extension_pages;
  const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
  assert.equal(scriptSrc, "script-src 'self'");
  assert.match(csp, /object-src 'none'/);
  assert.doesNotMatch(csp, /unsafe/);
});

test("the service worker keeps no state at top level", () => {
  const sw = readFileSync(join(EXT, "background.js"), "utf8");
  assert.doesNotMatch(sw, /^\s*(let|var)\s/m, "top-level let/var in background.js");
  assert.match(sw, /^ext\.action\.onClicked\.addListener/m);
  assert.match(sw, /^ext\.runtime\.onMessage\.addListener/m);
});
