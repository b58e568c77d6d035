// clearpage service worker (an event page in Firefox).
// Keeps no state of its own: captured pages go to storage.session, settings to
// storage.sync. Every listener is registered synchronously at top level.

import { ext } from "./lib/browser.js";
import { MSG, createDispatcher } from "./lib/messages.js";
import { cleanPage, checkServer } from "./lib/api.js";
import { loadSettings } from "./lib/settings.js";
import { makeCapture, newCaptureId, storeCapture, loadCapture } from "./lib/captures.js";
import { KIND, badSettings, captureFailed, missingCapture, noPermission } from "./lib/errors.js";
import { capturableReason, normalizeServerUrl, originPattern, readerPageUrl } from "./lib/url.js";

// Runs in the page: the live DOM after the page's own scripts ran.
function grabPage() {
  return { html: document.documentElement.outerHTML, url: location.href, title: document.title };
}

async function capture(tab) {
  const reason = tab.url ? capturableReason(tab.url) : null;
  if (reason) return { url: tab.url, error: captureFailed(reason), capturedAt: Date.now() };
  try {
    const [first] = await ext.scripting.executeScript({ target: { tabId: tab.id }, func: grabPage });
    if (!first || !first.result) throw new Error("The page gave nothing back.");
    return makeCapture(first.result);
  } catch (err) {
    return { url: tab.url ?? "", error: captureFailed(`The browser did not let clearpage read this page: ${err?.message ?? err}`), capturedAt: Date.now() };
  }
}

// Toolbar button and the _execute_action shortcut both land here.
async function readTab(tab) {
  const id = newCaptureId();
  const captured = await capture(tab);
  await storeCapture(ext.storage.session, id, captured);
  await ext.tabs.create({
    url: readerPageUrl(ext.runtime.getURL("reader.html"), id),
    index: tab.index + 1,
    openerTabId: tab.id,
  });
}

async function hasHostPermission(serverUrl) {
  try {
    return await ext.permissions.contains({ origins: [originPattern(serverUrl)] });
  } catch {
    return false;
  }
}

// A failed fetch to a server we hold no permission for is a permission problem.
async function explain(result, serverUrl) {
  if (!result.ok && result.error.kind === KIND.UNREACHABLE && !(await hasHostPermission(serverUrl))) {
    return { ok: false, error: noPermission(serverUrl) };
  }
  return result;
}

async function handleClean(msg) {
  const captured = await loadCapture(ext.storage.session, msg.captureId);
  if (!captured) return { ok: false, error: missingCapture() };
  if (captured.error) return { ok: false, error: captured.error, pageUrl: captured.url };
  const { serverUrl, timeoutSeconds } = await loadSettings(ext.storage.sync);
  const result = await cleanPage(captured, { serverUrl, timeoutSeconds, fetchImpl: fetch });
  return { ...(await explain(result, serverUrl)), pageUrl: captured.url, serverUrl };
}

async function handleCheckServer(msg) {
  const parsed = normalizeServerUrl(msg.serverUrl);
  if (!parsed.ok) return { ok: false, error: badSettings(parsed.message) };
  const { timeoutSeconds } = await loadSettings(ext.storage.sync);
  const result = await checkServer({ serverUrl: parsed.url, timeoutSeconds: Math.min(timeoutSeconds, 10), fetchImpl: fetch });
  return { ...(await explain(result, parsed.url)), serverUrl: parsed.url };
}

const dispatch = createDispatcher(
  {
    [MSG.CLEAN]: handleClean,
    [MSG.CHECK_SERVER]: handleCheckServer,
  },
  { onError: (err) => console.error("clearpage:", err) },
);

ext.action.onClicked.addListener((tab) => {
  readTab(tab).catch((err) => console.error("clearpage: could not open the reader", err));
});

ext.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== ext.runtime.id) return false;
  dispatch(msg, sender).then(sendResponse);
  return true; // answer asynchronously
});
