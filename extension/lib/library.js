// The reading list: every article read or saved, kept in storage.local under
// "article:<id>" so that a reader tab survives a browser restart and a saved
// article opens offline, with no server round trip. The id comes from the page
// URL, so reading a page again updates its entry instead of adding a second one.
// `area` is storage.local or a fake in tests.

import { HISTORY_LIMIT } from "./defaults.js";

export const ENTRY_PREFIX = "article:";

// The fields of the server's answer a reader page needs to show the article again.
const KEPT_FIELDS = ["title", "byline", "published", "site_name", "lang", "dir", "lead_image", "excerpt", "url", "word_count", "reading_minutes", "readerable", "content_html", "text"];

// cyrb53: a fast 53-bit string hash; ids only need to be stable and rarely collide.
function hash53(str) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

// The same page with another fragment is the same article.
export function entryId(pageUrl) {
  return hash53(String(pageUrl ?? "").replace(/#.*$/, ""));
}

export function isEntryId(value) {
  return typeof value === "string" && /^[0-9a-f]{14}$/.test(value);
}

export function keptArticle(article) {
  const kept = {};
  for (const name of KEPT_FIELDS) {
    if (article?.[name] !== undefined && article[name] !== null) kept[name] = article[name];
  }
  return kept;
}

export function makeEntry(article, pageUrl, now = Date.now()) {
  const url = String(pageUrl || article?.url || "");
  return { id: entryId(url), url, readAt: now, savedAt: null, article: keptArticle(article) };
}

const lastTouched = (e) => Math.max(e?.readAt ?? 0, e?.savedAt ?? 0);

function entriesOf(all) {
  return Object.entries(all ?? {})
    .filter(([k, v]) => k.startsWith(ENTRY_PREFIX) && v && typeof v === "object" && v.article)
    .map(([, v]) => v);
}

// Keys of history entries (read, not saved) beyond the newest `limit`.
export function historyToPrune(all, limit = HISTORY_LIMIT) {
  const history = entriesOf(all).filter((e) => !e.savedAt).sort((a, b) => lastTouched(b) - lastTouched(a));
  return history.slice(limit).map((e) => ENTRY_PREFIX + e.id);
}

async function writeEntry(area, entry) {
  const stale = historyToPrune(await area.get(null), HISTORY_LIMIT - 1).filter((k) => k !== ENTRY_PREFIX + entry.id);
  if (stale.length) await area.remove(stale);
  try {
    await area.set({ [ENTRY_PREFIX + entry.id]: entry });
  } catch (err) {
    // Over quota: give up the whole history (saved articles stay), then try once more.
    const history = historyToPrune(await area.get(null), 0).filter((k) => k !== ENTRY_PREFIX + entry.id);
    if (!history.length) throw err;
    await area.remove(history);
    await area.set({ [ENTRY_PREFIX + entry.id]: entry });
  }
  return entry;
}

export async function getEntry(area, id) {
  if (!isEntryId(id)) return null;
  const key = ENTRY_PREFIX + id;
  const got = await area.get(key);
  return got?.[key] ?? null;
}

// A page was read: keep it (and whether it was saved before). Returns the entry.
export async function recordRead(area, article, pageUrl, { saved = false, now = Date.now() } = {}) {
  const fresh = makeEntry(article, pageUrl, now);
  const old = await getEntry(area, fresh.id);
  const savedAt = saved ? (old?.savedAt ?? now) : (old?.savedAt ?? null);
  return writeEntry(area, { ...fresh, savedAt });
}

// Saves (or unsaves) a kept article. Returns the entry, or null when it is not kept.
export async function setSaved(area, id, saved, now = Date.now()) {
  const entry = await getEntry(area, id);
  if (!entry) return null;
  return writeEntry(area, { ...entry, savedAt: saved ? (entry.savedAt ?? now) : null });
}

export async function deleteEntry(area, id) {
  if (isEntryId(id)) await area.remove(ENTRY_PREFIX + id);
}

// Newest first: saved or read, whichever happened last.
export async function listEntries(area) {
  return entriesOf(await area.get(null)).sort((a, b) => lastTouched(b) - lastTouched(a));
}

// Case- and accent-insensitive, every word must appear somewhere.
function fold(text) {
  return String(text ?? "").normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

export function matchesQuery(entry, query) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const a = entry.article ?? {};
  const haystack = fold([a.title, a.site_name, a.byline, entry.url, a.excerpt, a.text].filter(Boolean).join("\n"));
  return words.every((w) => haystack.includes(w));
}

export function filterEntries(entries, { query = "", savedOnly = false } = {}) {
  return entries.filter((e) => (!savedOnly || e.savedAt) && matchesQuery(e, query));
}

export const EXPORT_FORMAT = "clearpage-reading-list/1";

export function exportJson(entries, now = Date.now()) {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), articles: entries }, null, 2);
}
