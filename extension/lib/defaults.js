// The one place that says what a fresh install looks like. Imported by the
// service worker, the reader page, the options page and the unit tests.

export const DEFAULT_SERVER_URL = "http://127.0.0.1:8077";

export const THEMES = Object.freeze(["light", "sepia", "dark", "system"]);
export const FONTS = Object.freeze(["serif", "sans"]);

export const FONT_SIZE = Object.freeze({ min: 14, max: 32, step: 1 }); // CSS px
export const LINE_WIDTH = Object.freeze({ min: 40, max: 100, step: 4 }); // ch
export const TIMEOUT_SECONDS = Object.freeze({ min: 2, max: 120 });

export const DEFAULT_SETTINGS = Object.freeze({
  serverUrl: DEFAULT_SERVER_URL,
  theme: "system",
  font: "serif",
  fontSize: 19,
  lineWidth: 68,
  timeoutSeconds: 20,
});

export const SETTING_KEYS = Object.freeze(Object.keys(DEFAULT_SETTINGS));

// How many captured pages storage.session keeps for reloads of reader tabs.
export const KEPT_CAPTURES = 4;

// Words per minute used when the server gives no reading time.
export const WORDS_PER_MINUTE = 230;
