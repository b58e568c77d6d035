// Maps every way a read can fail to a state the reader page shows:
// {kind, title, message, hint?, command?, status?, code?}. Pure functions.

import { DEFAULT_SERVER_URL } from "./defaults.js";

export const KIND = Object.freeze({
  UNREACHABLE: "unreachable",
  TIMEOUT: "timeout",
  CLIENT: "client-error",
  SERVER: "server-error",
  NO_ARTICLE: "no-article",
  BAD_RESPONSE: "bad-response",
  CAPTURE_FAILED: "capture-failed",
  NO_PERMISSION: "no-permission",
  MISSING_CAPTURE: "missing-capture",
  BAD_SETTINGS: "bad-settings",
});

export const START_COMMAND = "make serve";

// The server's own error codes that mean "this page is not an article".
const NO_ARTICLE_CODES = new Set(["not_readerable", "no_article", "not_an_article", "unreadable", "no_content", "empty"]);

export function unreachable(serverUrl) {
  const isDefault = serverUrl === DEFAULT_SERVER_URL;
  return {
    kind: KIND.UNREACHABLE,
    title: "The clearpage server is not reachable",
    message: `Nothing answered at ${serverUrl}.`,
    hint: isDefault
      ? "Start it from the clearpage checkout, then try again:"
      : "Start it from the clearpage checkout (and check the server URL in the options), then try again:",
    command: START_COMMAND,
  };
}

export function timedOut(serverUrl, seconds) {
  return {
    kind: KIND.TIMEOUT,
    title: "The server took too long",
    message: `${serverUrl} did not answer within ${seconds} s.`,
    hint: "The page may be very large or the server busy. Try again, or raise the timeout in the options.",
  };
}

export function noPermission(serverUrl) {
  return {
    kind: KIND.NO_PERMISSION,
    title: "clearpage may not contact this server",
    message: `The extension has no permission to reach ${serverUrl}.`,
    hint: "Open the options and press Save to grant access to this server.",
  };
}

export const CANT_READ_TITLE = "clearpage can't read this page";

export function captureFailed(reason) {
  return {
    kind: KIND.CAPTURE_FAILED,
    title: CANT_READ_TITLE,
    message: String(reason || "The page could not be captured."),
  };
}

// What the browser says when executeScript is refused, in its own words (Chromium:
// "Cannot access contents of url ... Extension manifest must request permission",
// "The extensions gallery cannot be scripted"; Firefox: "Missing host permission").
// A reader needs to hear that this page is off limits, not about manifests.
const BROWSER_REFUSALS = /cannot access|cannot be scripted|must request permission|missing host permission|no tab with id|permission to access/i;
export const OFF_LIMITS = "Browsers keep their own pages (about:blank, settings, new tabs), PDF viewers and the add-on stores off limits to every extension. Open an article on a web site and press clearpage there.";

export function captureRefused(browserMessage) {
  return captureFailed(BROWSER_REFUSALS.test(String(browserMessage ?? "")) ? OFF_LIMITS : `The page did not let clearpage read it (${browserMessage}).`);
}

// The captured page is kept only until the browser closes; `pageUrl` (from the reader
// tab's address) lets the reader go back and read it again.
export function missingCapture(pageUrl = "") {
  return {
    kind: KIND.MISSING_CAPTURE,
    title: "This page is no longer here",
    message: "The copy of the page this tab was made from is gone: the browser was restarted before the article was read, or the tab was restored.",
    hint: pageUrl ? "Go back to the page and press the clearpage button again." : "Go to the article and press the clearpage button again.",
  };
}

export function noArticle(detail) {
  return {
    kind: KIND.NO_ARTICLE,
    title: "This page has no article",
    message: detail || "clearpage found no story to show on this page. It works on news stories, blog posts and similar text pages.",
  };
}

export function badSettings(message) {
  return { kind: KIND.BAD_SETTINGS, title: "The server URL is not valid", message, hint: "Fix it in the options." };
}

// A fetch() that threw: an abort by our timer is a timeout, anything else means
// the server could not be reached (refused, DNS, CORS, offline...).
export function fromFetchFailure(err, { serverUrl, timeoutSeconds }) {
  const name = err?.name ?? "";
  if (name === "AbortError" || name === "TimeoutError") return timedOut(serverUrl, timeoutSeconds);
  return unreachable(serverUrl);
}

function serverError(body) {
  const e = body && typeof body === "object" ? body.error : null;
  if (e && typeof e === "object") {
    return { code: typeof e.code === "string" ? e.code : undefined, message: typeof e.message === "string" ? e.message : undefined };
  }
  return { code: undefined, message: undefined };
}

// An HTTP answer with a status other than 2xx. `body` is the parsed JSON or null.
export function fromHttpError(status, body, { serverUrl } = {}) {
  const { code, message } = serverError(body);
  if (status === 422 && code && NO_ARTICLE_CODES.has(code)) {
    return { ...noArticle(message), status, code };
  }
  if (status >= 400 && status < 500) {
    return {
      kind: KIND.CLIENT,
      title: status === 413 ? "This page is too large for the server" : "The server refused this page",
      message: message ?? `The server answered HTTP ${status} without an explanation.`,
      status,
      code,
    };
  }
  return {
    kind: KIND.SERVER,
    title: status === 503 ? "The server is not ready" : "The server failed",
    message: message ?? `${serverUrl ?? "The server"} answered HTTP ${status}.`,
    hint: "Look at the server's log, then try again.",
    status,
    code,
  };
}

export function badResponse(what) {
  return { kind: KIND.BAD_RESPONSE, title: "The server's answer makes no sense", message: what, hint: "Is the server URL in the options really a clearpage server?" };
}

// A 2xx answer: is it an article we can show?
export function checkArticle(body) {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { ok: false, error: badResponse("Expected a JSON object.") };
  if (typeof body.content_html !== "string") return { ok: false, error: badResponse("The answer has no content_html.") };
  return { ok: true, article: body };
}

export function isNoArticle(article) {
  return article.readerable === false || article.content_html.trim() === "";
}
