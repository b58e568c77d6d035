// URL handling: server URLs from the options page, endpoint URLs, permission
// match patterns, and which pages can be captured at all.

import { DEFAULT_SERVER_URL } from "./defaults.js";

// Host patterns the manifest grants at install (keep in sync with manifest.json).
export const GRANTED_HOST_PATTERNS = Object.freeze(["http://127.0.0.1/*"]);

// Returns {ok:true, url} with a normalized base URL (no trailing slash, no query),
// or {ok:false, message} saying exactly what is wrong.
export function normalizeServerUrl(input) {
  const raw = String(input ?? "").trim();
  if (raw === "") return { ok: false, message: "Enter the server URL, for example " + DEFAULT_SERVER_URL };
  let candidate = raw;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(candidate)) candidate = "http://" + candidate;
  let u;
  try {
    u = new URL(candidate);
  } catch {
    return { ok: false, message: `"${raw}" is not a URL` };
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") {
    return { ok: false, message: `Use http:// or https://, not ${u.protocol}//` };
  }
  if (u.username || u.password) return { ok: false, message: "Leave user name and password out of the server URL" };
  if (u.search || u.hash) return { ok: false, message: "Leave the query (?…) and fragment (#…) out of the server URL" };
  const path = u.pathname.replace(/\/+$/, "");
  return { ok: true, url: `${u.protocol}//${u.host}${path}` };
}

export function endpoint(serverUrl, path) {
  return serverUrl.replace(/\/+$/, "") + "/" + path.replace(/^\/+/, "");
}

export function cleanEndpoint(serverUrl) {
  return endpoint(serverUrl, "v1/clean");
}

export function healthEndpoint(serverUrl) {
  return endpoint(serverUrl, "healthz");
}

// Match pattern for permissions.request: scheme, host, any path. Ports are not
// part of match patterns, so one pattern covers every port of that host.
export function originPattern(serverUrl) {
  const u = new URL(serverUrl);
  return `${u.protocol}//${u.hostname}/*`;
}

export function isCoveredByManifest(serverUrl) {
  return GRANTED_HOST_PATTERNS.includes(originPattern(serverUrl));
}

// Browser pages, stores and extension pages cannot be scripted; say so up front.
// Add-on stores: browsers refuse every extension there.
const STORE_HOSTS = new Set(["chrome.google.com", "chromewebstore.google.com", "addons.mozilla.org", "microsoftedge.microsoft.com"]);

export function capturableReason(pageUrl) {
  let u;
  try {
    u = new URL(pageUrl);
  } catch {
    return "This tab has no web page in it.";
  }
  if (u.protocol === "http:" || u.protocol === "https:") {
    if (STORE_HOSTS.has(u.hostname)) return "This is the browser's add-on store, which no extension may read. Open an article on a web site and press clearpage there.";
    return null;
  }
  if (u.protocol === "file:") return null;
  const shown = u.protocol === "about:" ? u.href : `${u.protocol}//`;
  return `${shown} is a page of the browser itself, which no extension may read. Open an article on a web site and press clearpage there.`;
}

export function hostOf(pageUrl) {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

// Resolves a possibly relative URL from article content against the article's URL.
// Returns null for anything that is not http(s), mailto or a same-page fragment.
export function safeContentUrl(value, baseUrl, { allowMailto = true } = {}) {
  const raw = String(value ?? "").trim();
  if (raw === "") return null;
  if (raw.startsWith("#")) return raw;
  let u;
  try {
    u = new URL(raw, baseUrl);
  } catch {
    return null;
  }
  if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  if (allowMailto && u.protocol === "mailto:") return u.href;
  return null;
}

// The reader tab's address carries the capture id and the page's URL, so that an
// expired capture can still offer the way back to the page.
export function readerPageUrl(base, captureId, pageUrl = "") {
  const page = safeContentUrl(pageUrl, undefined, { allowMailto: false });
  return `${base}?id=${encodeURIComponent(captureId)}${page ? `&url=${encodeURIComponent(page)}` : ""}`;
}

// A reader tab showing a kept article of the reading list (no server round trip).
export function savedReaderUrl(base, entryId) {
  return `${base}?article=${encodeURIComponent(entryId)}`;
}

export function captureIdFromLocation(search) {
  const id = new URLSearchParams(search).get("id");
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

export function entryIdFromLocation(search) {
  const id = new URLSearchParams(search).get("article");
  return id && /^[0-9a-f]{14}$/.test(id) ? id : null;
}

export function pageUrlFromLocation(search) {
  return safeContentUrl(new URLSearchParams(search).get("url"), undefined, { allowMailto: false }) ?? "";
}
