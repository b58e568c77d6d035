// Message types exchanged between extension pages and the service worker.
// The service worker keeps one dispatch table keyed by these constants.

export const MSG = Object.freeze({
  // reader page -> worker: clean the captured page {captureId}
  CLEAN: "clearpage/clean",
  // options page -> worker: GET /healthz of {serverUrl}
  CHECK_SERVER: "clearpage/check-server",
});

const KNOWN = new Set(Object.values(MSG));

export function isMessage(msg) {
  return msg !== null && typeof msg === "object" && KNOWN.has(msg.type);
}

export function cleanMessage(captureId) {
  if (typeof captureId !== "string" || captureId === "") {
    throw new TypeError("captureId must be a non-empty string");
  }
  return { type: MSG.CLEAN, captureId };
}

export function checkServerMessage(serverUrl) {
  return { type: MSG.CHECK_SERVER, serverUrl: String(serverUrl ?? "") };
}

// What the extension POSTs to /v1/clean.
export function cleanRequestBody(capture) {
  if (!capture || typeof capture.html !== "string" || typeof capture.url !== "string") {
    throw new TypeError("a capture needs html and url strings");
  }
  return JSON.stringify({ html: capture.html, url: capture.url });
}

export function cleanRequestInit(capture, signal) {
  return {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: cleanRequestBody(capture),
    credentials: "omit",
    cache: "no-store",
    signal,
  };
}

// Builds a dispatcher from a table {type: async handler(msg, sender)}.
// Answers {ok:false, error} when a handler throws, so callers always get a reply.
export function createDispatcher(table, { onError } = {}) {
  return async function dispatch(msg, sender) {
    if (!isMessage(msg)) {
      return { ok: false, error: { kind: "bad-message", title: "Unknown message", message: `No handler for ${JSON.stringify(msg?.type)}` } };
    }
    const handler = table[msg.type];
    if (typeof handler !== "function") {
      return { ok: false, error: { kind: "bad-message", title: "Unknown message", message: `No handler for ${msg.type}` } };
    }
    try {
      return await handler(msg, sender);
    } catch (err) {
      if (onError) onError(err);
      return { ok: false, error: { kind: "internal", title: "Something went wrong in clearpage", message: String(err?.message ?? err) } };
    }
  };
}
