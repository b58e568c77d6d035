// Options page: server URL (with optional host permission for servers other than
// the default loopback one), a connection test, and the reader's appearance.

import { ext } from "./lib/browser.js";
import { DEFAULT_SERVER_URL } from "./lib/defaults.js";
import { checkServerMessage } from "./lib/messages.js";
import { loadSettings, saveSettings } from "./lib/settings.js";
import { isCoveredByManifest, normalizeServerUrl, originPattern } from "./lib/url.js";

const $ = (id) => document.getElementById(id);

function say(id, text, tone = "") {
  const el = $(id);
  el.textContent = text;
  el.className = `status ${tone}`.trim();
}

function showCommand(command) {
  $("server-command").hidden = !command;
  $("server-command").firstElementChild.textContent = command ?? "";
}

function fill(s) {
  $("server-url").value = s.serverUrl;
  $("timeout").value = String(s.timeoutSeconds);
  $("theme").value = s.theme;
  $("font").value = s.font;
  $("font-size").value = String(s.fontSize);
  $("line-width").value = String(s.lineWidth);
}

// Must run synchronously inside the click: browsers only show the permission
// prompt during a user gesture. Resolves true when the server may be contacted.
function ensurePermission(serverUrl) {
  if (isCoveredByManifest(serverUrl)) return Promise.resolve(true);
  return ext.permissions.request({ origins: [originPattern(serverUrl)] }).catch(() => false);
}

function parsedServer() {
  const parsed = normalizeServerUrl($("server-url").value);
  if (!parsed.ok) {
    say("server-status", parsed.message, "bad");
    showCommand(null);
    $("server-url").setAttribute("aria-invalid", "true");
  } else {
    $("server-url").removeAttribute("aria-invalid");
  }
  return parsed;
}

function onSave(event) {
  event.preventDefault();
  const parsed = parsedServer();
  if (!parsed.ok) return;
  const permission = ensurePermission(parsed.url);
  permission.then(async (granted) => {
    const { values, errors } = await saveSettings(ext.storage.sync, { serverUrl: parsed.url, timeoutSeconds: $("timeout").value });
    fill(await loadSettings(ext.storage.sync));
    showCommand(null);
    if (errors.timeoutSeconds) say("server-status", errors.timeoutSeconds, "bad");
    else if (!granted) say("server-status", `Saved, but the browser did not grant access to ${parsed.url}: reading pages will fail until it does.`, "bad");
    else say("server-status", `Saved: ${values.serverUrl}`, "ok");
  });
}

function onTest() {
  const parsed = parsedServer();
  if (!parsed.ok) return;
  const permission = ensurePermission(parsed.url);
  say("server-status", `Contacting ${parsed.url}\u2026`);
  showCommand(null);
  permission.then(async () => {
    const reply = await ext.runtime.sendMessage(checkServerMessage(parsed.url));
    if (reply?.ok) {
      say("server-status", `Connected: clearpage ${reply.version} at ${reply.serverUrl} (status ${reply.status}).`, "ok");
      return;
    }
    const e = reply?.error ?? { title: "No answer", message: "The extension's background did not answer." };
    say("server-status", [e.title + ".", e.message, e.hint].filter(Boolean).join(" "), "bad");
    showCommand(e.command);
  });
}

async function onResetServer() {
  $("server-url").value = DEFAULT_SERVER_URL;
  await saveSettings(ext.storage.sync, { serverUrl: DEFAULT_SERVER_URL });
  say("server-status", `Saved: ${DEFAULT_SERVER_URL}`, "ok");
  showCommand(null);
}

async function onLookChange(event) {
  const el = event.target;
  if (!el.name) return;
  const { values, errors } = await saveSettings(ext.storage.sync, { [el.name]: el.value });
  if (errors[el.name]) say("look-status", errors[el.name], "bad");
  else say("look-status", "Saved.", "ok");
  if (el.name in values) el.value = String(values[el.name]);
}

async function showShortcut() {
  const commands = await ext.commands.getAll();
  const action = commands.find((c) => c.name === "_execute_action");
  $("shortcut").textContent = action?.shortcut || "none set";
}

async function main() {
  fill(await loadSettings(ext.storage.sync));
  showShortcut().catch(() => {});
  $("server-form").addEventListener("submit", onSave);
  $("test").addEventListener("click", onTest);
  $("reset-server").addEventListener("click", onResetServer);
  $("look-form").addEventListener("change", onLookChange);
  $("look-form").addEventListener("submit", (e) => e.preventDefault());
  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== "sync") return;
    loadSettings(ext.storage.sync).then((s) => {
      // Do not overwrite what the user is typing in the server field.
      const typing = document.activeElement === $("server-url") || document.activeElement === $("timeout");
      $("theme").value = s.theme;
      $("font").value = s.font;
      $("font-size").value = String(s.fontSize);
      $("line-width").value = String(s.lineWidth);
      if (!typing) {
        $("server-url").value = s.serverUrl;
        $("timeout").value = String(s.timeoutSeconds);
      }
    });
  });
}

main().catch((err) => say("server-status", `clearpage could not load its settings: ${err?.message ?? err}`, "bad"));
