// The one place that says what a fresh install looks like. Imported by the
// service worker, the reader page, the options page and the unit tests.

export const DEFAULT_SERVER_URL = "http://127.0.0.1:8077";

// "contrast": black on white, no greys, underlined links, for low vision.
export const THEMES = Object.freeze(["light", "sepia", "dark", "contrast", "system"]);
// "mono": monospace, or a dyslexia-friendly face when one is installed; only fonts the
// browser already has (reader.css lists them), nothing is downloaded.
export const FONTS = Object.freeze(["serif", "sans", "mono"]);

export const FONT_SIZE = Object.freeze({ min: 14, max: 32, step: 1 }); // CSS px
export const LINE_WIDTH = Object.freeze({ min: 40, max: 100, step: 4 }); // ch
export const TIMEOUT_SECONDS = Object.freeze({ min: 2, max: 120 });
export const LINE_HEIGHT = Object.freeze({ min: 1.2, max: 2.2, step: 0.1 }); // times the font size
// Read aloud: the speechSynthesis rate range most voices honour (1 = normal speed).
export const SPEECH_RATE = Object.freeze({ min: 0.5, max: 2, step: 0.25 });

export const DEFAULT_SETTINGS = Object.freeze({
  serverUrl: DEFAULT_SERVER_URL,
  theme: "system",
  font: "serif",
  fontSize: 19,
  lineWidth: 68,
  lineHeight: 1.6,
  justify: false,
  speechRate: 1,
  // "" = the browser's default voice for the article's language.
  voice: "",
  timeoutSeconds: 20,
});

export const SETTING_KEYS = Object.freeze(Object.keys(DEFAULT_SETTINGS));

// How many captured pages storage.session keeps for reloads of reader tabs.
export const KEPT_CAPTURES = 4;

// Words per minute used when the server gives no reading time.
export const WORDS_PER_MINUTE = 230;

// The reading list (storage.local). Articles only read, not saved, are history: the newest
// HISTORY_LIMIT stay so that reader tabs survive a restart; saved ones stay until deleted.
export const HISTORY_LIMIT = 50;
