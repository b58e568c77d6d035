// The reader page: asks the service worker to clean the captured page, shows a
// spinner meanwhile, then the article or a clear explanation of what went wrong.

import { ext } from "./lib/browser.js";
import { FONT_SIZE, LINE_WIDTH } from "./lib/defaults.js";
import { cleanMessage } from "./lib/messages.js";
import { loadSettings, saveSettings } from "./lib/settings.js";
import { isNoArticle, missingCapture, noArticle, KIND } from "./lib/errors.js";
import { documentTitle, metaParts, textDirection } from "./lib/format.js";
import { captureIdFromLocation, hostOf, safeContentUrl } from "./lib/url.js";
import { contentFragment } from "./lib/content.js";

const $ = (id) => document.getElementById(id);
const root = document.documentElement;
// What "Show what was found anyway" shows, when the server found no real article.
let showAnyway = null;

// ---- reader controls -------------------------------------------------------

function applySettings(s) {
  root.dataset.theme = s.theme;
  root.dataset.font = s.font;
  root.style.setProperty("--font-size", `${s.fontSize}px`);
  root.style.setProperty("--line-width", `${s.lineWidth}ch`);
  for (const input of document.querySelectorAll('input[name="theme"]')) input.checked = input.value === s.theme;
  for (const input of document.querySelectorAll('input[name="font"]')) input.checked = input.value === s.font;
  $("size-value").value = String(s.fontSize);
  $("width-value").value = String(s.lineWidth);
  $("size-down").disabled = s.fontSize <= FONT_SIZE.min;
  $("size-up").disabled = s.fontSize >= FONT_SIZE.max;
  $("width-down").disabled = s.lineWidth <= LINE_WIDTH.min;
  $("width-up").disabled = s.lineWidth >= LINE_WIDTH.max;
}

async function change(partial) {
  const current = await loadSettings(ext.storage.sync);
  applySettings({ ...current, ...partial }); // at once; storage.onChanged confirms
  await saveSettings(ext.storage.sync, partial);
}

function wireControls() {
  for (const input of document.querySelectorAll('input[name="theme"], input[name="font"]')) {
    input.addEventListener("change", () => change({ [input.name]: input.value }));
  }
  const step = (key, delta) => async () => {
    const s = await loadSettings(ext.storage.sync);
    await change({ [key]: s[key] + delta });
  };
  $("size-down").addEventListener("click", step("fontSize", -FONT_SIZE.step));
  $("size-up").addEventListener("click", step("fontSize", FONT_SIZE.step));
  $("width-down").addEventListener("click", step("lineWidth", -LINE_WIDTH.step));
  $("width-up").addEventListener("click", step("lineWidth", LINE_WIDTH.step));
  for (const id of ["open-options", "problem-options"]) {
    $(id).addEventListener("click", () => ext.runtime.openOptionsPage());
  }
  $("show-anyway").addEventListener("click", () => showAnyway?.());
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === "sync") loadSettings(ext.storage.sync).then(applySettings);
  });
}

// ---- states ----------------------------------------------------------------

function setState(state, kind = "") {
  document.body.dataset.state = state;
  if (kind) document.body.dataset.errorKind = kind;
  else delete document.body.dataset.errorKind;
  $("loading").hidden = state !== "loading";
  $("problem").hidden = state !== "error";
  $("status").hidden = state === "article";
  $("article").hidden = state !== "article";
}

function showLoading(serverUrl) {
  $("loading-text").textContent = serverUrl ? `Cleaning up the page at ${serverUrl}\u2026` : "Cleaning up the page\u2026";
  setState("loading");
}

function showProblem(error, { pageUrl, onShowAnyway } = {}) {
  $("problem-title").textContent = error.title;
  $("problem-message").textContent = error.message;
  $("problem-hint").hidden = !error.hint;
  $("problem-hint").textContent = error.hint ?? "";
  $("problem-command").hidden = !error.command;
  $("problem-command").firstElementChild.textContent = error.command ?? "";
  const original = safeContentUrl(pageUrl, undefined, { allowMailto: false });
  $("problem-original").hidden = !original;
  if (original) $("problem-original").href = original;
  $("retry").hidden = error.kind === KIND.MISSING_CAPTURE || error.kind === KIND.CAPTURE_FAILED;
  $("show-anyway").hidden = !onShowAnyway;
  showAnyway = onShowAnyway ?? null;
  document.title = `${error.title} \u00b7 clearpage`;
  setState("error", error.kind);
}

function showArticle(article, pageUrl) {
  // The page the user was on is "the original" (the article's canonical URL may differ).
  const base = pageUrl || article.url;
  const articleEl = $("article");
  articleEl.lang = typeof article.lang === "string" ? article.lang : "";
  articleEl.dir = textDirection(article.dir);
  $("title").textContent = article.title || hostOf(base) || "Untitled";
  const [siteParts, rest] = [[], []];
  for (const part of metaParts(article, { pageUrl, locale: navigator.language })) {
    (part.name === "site" ? siteParts : rest).push(part);
  }
  $("site").textContent = siteParts.map((p) => p.text).join("");
  const meta = $("meta");
  meta.replaceChildren();
  for (const part of rest) {
    const el = document.createElement(part.name === "published" ? "time" : "span");
    el.className = part.name;
    if (part.name === "published" && part.datetime) el.dateTime = part.datetime;
    el.textContent = part.text;
    meta.append(el);
  }
  $("content").replaceChildren(contentFragment(article.content_html, base, document));
  const original = safeContentUrl(base, undefined, { allowMailto: false });
  $("original").hidden = !original;
  if (original) {
    $("original").href = original;
    $("original").textContent = `Read the original on ${article.site_name || hostOf(original)}`;
  }
  document.title = documentTitle(article);
  setState("article");
}

// ---- flow ------------------------------------------------------------------

async function read(captureId) {
  const settings = await loadSettings(ext.storage.sync);
  showLoading(settings.serverUrl);
  let reply;
  try {
    reply = await ext.runtime.sendMessage(cleanMessage(captureId));
  } catch (err) {
    reply = { ok: false, error: { kind: "internal", title: "clearpage could not start", message: String(err?.message ?? err) } };
  }
  if (!reply) reply = { ok: false, error: { kind: "internal", title: "clearpage could not start", message: "The extension's background did not answer." } };
  if (!reply.ok) {
    showProblem(reply.error, { pageUrl: reply.pageUrl });
    return;
  }
  const article = reply.article;
  if (isNoArticle(article)) {
    const canShow = article.content_html.trim() !== "";
    showProblem(noArticle(), { pageUrl: reply.pageUrl, onShowAnyway: canShow ? () => showArticle(article, reply.pageUrl) : undefined });
    return;
  }
  showArticle(article, reply.pageUrl);
}

async function main() {
  wireControls();
  applySettings(await loadSettings(ext.storage.sync));
  const captureId = captureIdFromLocation(location.search);
  if (!captureId) {
    showProblem(missingCapture());
    return;
  }
  $("retry").addEventListener("click", () => read(captureId));
  await read(captureId);
}

main().catch((err) => {
  console.error("clearpage:", err);
  showProblem({ kind: "internal", title: "Something went wrong in clearpage", message: String(err?.message ?? err) });
});
