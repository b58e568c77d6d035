// Captured pages live in storage.session (memory only, gone when the browser
// closes) under "capture:<id>", so the service worker keeps no state and a
// reader tab can be reloaded. `area` is storage.session or a fake in tests.

import { KEPT_CAPTURES } from "./defaults.js";

export const CAPTURE_PREFIX = "capture:";

export function newCaptureId(random = globalThis.crypto) {
  const bytes = new Uint8Array(12);
  random.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function makeCapture({ html, url, title }, now = Date.now()) {
  return { html: String(html ?? ""), url: String(url ?? ""), title: String(title ?? ""), capturedAt: now };
}

// Ids of captures to drop so that at most `keep` remain, oldest first.
export function capturesToPrune(all, keep = KEPT_CAPTURES) {
  const entries = Object.entries(all ?? {})
    .filter(([k]) => k.startsWith(CAPTURE_PREFIX))
    .sort(([, a], [, b]) => (a?.capturedAt ?? 0) - (b?.capturedAt ?? 0));
  return entries.slice(0, Math.max(0, entries.length - keep)).map(([k]) => k);
}

export async function storeCapture(area, id, capture) {
  const all = await area.get(null);
  const stale = capturesToPrune(all, KEPT_CAPTURES - 1);
  if (stale.length) await area.remove(stale);
  try {
    await area.set({ [CAPTURE_PREFIX + id]: capture });
  } catch (err) {
    // Over quota: drop every older capture and try once more.
    const rest = Object.keys(await area.get(null)).filter((k) => k.startsWith(CAPTURE_PREFIX));
    if (rest.length) await area.remove(rest);
    await area.set({ [CAPTURE_PREFIX + id]: capture });
  }
}

export async function loadCapture(area, id) {
  const key = CAPTURE_PREFIX + id;
  const got = await area.get(key);
  return got?.[key] ?? null;
}
