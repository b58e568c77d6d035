// Talks to the clearpage server. `fetchImpl` is injectable for unit tests.

import { cleanRequestInit } from "./messages.js";
import { badResponse, checkArticle, fromFetchFailure, fromHttpError } from "./errors.js";
import { cleanEndpoint, healthEndpoint } from "./url.js";

// One request, headers and body, under one timer. Throws what fetch throws.
async function request(fetchImpl, url, init, timeoutSeconds) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutSeconds * 1000);
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    const text = await response.text();
    const type = response.headers.get("content-type") ?? "";
    let json = null;
    if (type.includes("json")) {
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
    }
    return { status: response.status, ok: response.ok, type, json };
  } finally {
    clearTimeout(timer);
  }
}

// POST /v1/clean. Returns {ok:true, article} or {ok:false, error}.
export async function cleanPage(capture, { serverUrl, timeoutSeconds, fetchImpl = globalThis.fetch }) {
  let r;
  try {
    r = await request(fetchImpl, cleanEndpoint(serverUrl), cleanRequestInit(capture), timeoutSeconds);
  } catch (err) {
    return { ok: false, error: fromFetchFailure(err, { serverUrl, timeoutSeconds }) };
  }
  if (!r.ok) return { ok: false, error: fromHttpError(r.status, r.json, { serverUrl }) };
  if (r.json === null) return { ok: false, error: badResponse(`Expected JSON, got ${r.type || "no content type"}.`) };
  return checkArticle(r.json);
}

// GET /healthz. Returns {ok:true, version, status} or {ok:false, error}.
export async function checkServer({ serverUrl, timeoutSeconds, fetchImpl = globalThis.fetch }) {
  let r;
  try {
    r = await request(fetchImpl, healthEndpoint(serverUrl), { headers: { Accept: "application/json" }, credentials: "omit", cache: "no-store" }, timeoutSeconds);
  } catch (err) {
    return { ok: false, error: fromFetchFailure(err, { serverUrl, timeoutSeconds }) };
  }
  if (!r.ok) return { ok: false, error: fromHttpError(r.status, r.json, { serverUrl }) };
  const j = r.json;
  if (!j || typeof j !== "object" || typeof j.status !== "string") {
    return { ok: false, error: badResponse("GET /healthz did not answer {status, version}.") };
  }
  return { ok: true, status: j.status, version: typeof j.version === "string" ? j.version : "unknown" };
}
