// The WebExtension namespace: `browser` in Firefox, `chrome` in Chromium.
// Both return promises from their MV3 APIs, so the rest of the code uses one style.
export const ext = globalThis.browser ?? globalThis.chrome;
