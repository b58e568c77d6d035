// Settings validation (pure) and their storage in storage.sync.

import { DEFAULT_SETTINGS, FONTS, FONT_SIZE, LINE_HEIGHT, LINE_WIDTH, SETTING_KEYS, SPEECH_RATE, THEMES, TIMEOUT_SECONDS } from "./defaults.js";
import { normalizeServerUrl } from "./url.js";

function clampInt(value, { min, max }) {
  const n = typeof value === "number" ? value : Number.parseFloat(String(value));
  if (!Number.isFinite(n)) return null;
  return Math.min(max, Math.max(min, Math.round(n)));
}

// Clamps to the range and rounds to its step (0.1 steps stay 1.6, not 1.6000000000000003).
function clampStep(value, { min, max, step }) {
  const n = typeof value === "number" ? value : Number.parseFloat(String(value));
  if (!Number.isFinite(n)) return null;
  const stepped = Math.round(Math.min(max, Math.max(min, n)) / step) * step;
  return Number(stepped.toFixed(2));
}

// Validates one setting. Returns {ok:true, value} or {ok:false, message}.
export function validateSetting(key, value) {
  switch (key) {
    case "serverUrl": {
      const r = normalizeServerUrl(value);
      return r.ok ? { ok: true, value: r.url } : { ok: false, message: r.message };
    }
    case "theme":
      return THEMES.includes(value) ? { ok: true, value } : { ok: false, message: `Theme must be one of ${THEMES.join(", ")}` };
    case "font":
      return FONTS.includes(value) ? { ok: true, value } : { ok: false, message: `Font must be one of ${FONTS.join(", ")}` };
    case "fontSize": {
      const n = clampInt(value, FONT_SIZE);
      return n === null ? { ok: false, message: "Font size must be a number" } : { ok: true, value: n };
    }
    case "lineWidth": {
      const n = clampInt(value, LINE_WIDTH);
      return n === null ? { ok: false, message: "Line width must be a number" } : { ok: true, value: n };
    }
    case "lineHeight": {
      const n = clampStep(value, LINE_HEIGHT);
      return n === null ? { ok: false, message: "Line height must be a number" } : { ok: true, value: n };
    }
    case "speechRate": {
      const n = clampStep(value, SPEECH_RATE);
      return n === null ? { ok: false, message: "Speed must be a number" } : { ok: true, value: n };
    }
    case "justify":
      if (value === true || value === "true") return { ok: true, value: true };
      if (value === false || value === "false") return { ok: true, value: false };
      return { ok: false, message: "Justify must be true or false" };
    case "voice":
      return typeof value === "string" && value.length <= 200 ? { ok: true, value } : { ok: false, message: "Voice must be a voice name" };
    case "timeoutSeconds": {
      const n = clampInt(value, TIMEOUT_SECONDS);
      return n === null ? { ok: false, message: "Timeout must be a number of seconds" } : { ok: true, value: n };
    }
    default:
      return { ok: false, message: `Unknown setting ${key}` };
  }
}

// Validates a partial settings object. Unknown keys are dropped.
// Returns {values, errors} where errors maps key -> message.
export function validateSettings(input) {
  const values = {};
  const errors = {};
  for (const key of SETTING_KEYS) {
    if (input == null || !(key in input)) continue;
    const r = validateSetting(key, input[key]);
    if (r.ok) values[key] = r.value;
    else errors[key] = r.message;
  }
  return { values, errors };
}

// Whatever is stored (possibly by an older version, possibly edited by hand)
// becomes a complete, valid settings object; bad values fall back to defaults.
export function withDefaults(stored) {
  const { values } = validateSettings(stored ?? {});
  return { ...DEFAULT_SETTINGS, ...values };
}

export async function loadSettings(area) {
  const stored = await area.get(SETTING_KEYS);
  return withDefaults(stored);
}

// Saves the valid part of `partial`; returns {values, errors} like validateSettings.
export async function saveSettings(area, partial) {
  const result = validateSettings(partial);
  if (Object.keys(result.values).length > 0) await area.set(result.values);
  return result;
}
