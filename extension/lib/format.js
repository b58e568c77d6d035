// Formatting for the reader page header. Pure functions.

import { WORDS_PER_MINUTE } from "./defaults.js";
import { hostOf } from "./url.js";

export function readingMinutes(article) {
  const m = Number(article?.reading_minutes);
  if (Number.isFinite(m) && m > 0) return Math.max(1, Math.round(m));
  const words = Number(article?.word_count);
  if (Number.isFinite(words) && words > 0) return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  return null;
}

// "min read" in the article's language: Intl formats the minutes ("5 min", "5 Min.",
// "٥ دقائق"), this table adds the word for reading. A language not listed gets the
// minutes alone, which still reads right. `display` is Intl's unitDisplay: where the
// short unit is an abbreviation readers do not use with the phrase, the long one.
export const READING_TIME_PHRASES = Object.freeze({
  en: { phrase: "{minutes} read", display: "short" },
  fr: { phrase: "{minutes} de lecture", display: "short" },
  de: { phrase: "{minutes} Lesezeit", display: "short" },
  es: { phrase: "{minutes} de lectura", display: "short" },
  it: { phrase: "{minutes} di lettura", display: "short" },
  pt: { phrase: "{minutes} de leitura", display: "short" },
  nl: { phrase: "{minutes} leestijd", display: "short" },
  ar: { phrase: "{minutes} \u0642\u0631\u0627\u0621\u0629", display: "long" },
  he: { phrase: "{minutes} \u05e7\u05e8\u05d9\u05d0\u05d4", display: "long" },
});

// A BCP 47 tag Intl accepts, else the fallback: pages declare lang="" or "en_US" too.
export function safeLocale(lang, fallback = "en") {
  const tag = String(lang ?? "").trim().replace(/_/g, "-");
  if (!tag) return fallback;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

export function readingTimeLabel(article, locale = "en") {
  const m = readingMinutes(article);
  if (m === null) return "";
  const tag = safeLocale(locale);
  const { phrase, display } = READING_TIME_PHRASES[tag.split("-")[0].toLowerCase()] ?? { phrase: "{minutes}", display: "long" };
  const minutes = new Intl.NumberFormat(tag, { style: "unit", unit: "minute", unitDisplay: display }).format(m);
  return phrase.replace("{minutes}", minutes);
}

// ISO 8601 -> "12 March 2024" in the given locale; "" when missing or invalid.
export function formatPublished(iso, locale = "en-GB") {
  if (typeof iso !== "string" || iso.trim() === "") return "";
  locale = safeLocale(locale, "en-GB");
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  // A date without a time means that calendar day; do not shift it by the time zone.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", ...(dateOnly ? { timeZone: "UTC" } : {}) }).format(d);
}

export function siteLabel(article, pageUrl) {
  const name = typeof article?.site_name === "string" ? article.site_name.trim() : "";
  return name || hostOf(article?.url || pageUrl);
}

export function bylineLabel(article) {
  const b = typeof article?.byline === "string" ? article.byline.trim() : "";
  return b;
}

// The article's own language when it declares one, else the reader's.
export function articleLocale(article, uiLocale = "en") {
  return safeLocale(article?.lang, safeLocale(uiLocale));
}

// The header lines of the reader page in display order, empty ones dropped.
// Dates and reading time are in `locale`, the article's language (articleLocale).
export function metaParts(article, { pageUrl, locale } = {}) {
  return [
    { name: "byline", text: bylineLabel(article) },
    { name: "site", text: siteLabel(article, pageUrl) },
    { name: "published", text: formatPublished(article?.published, locale), datetime: article?.published ?? "" },
    { name: "reading-time", text: readingTimeLabel(article, locale ?? "en") },
  ].filter((p) => p.text !== "");
}

export function documentTitle(article) {
  const t = typeof article?.title === "string" ? article.title.trim() : "";
  return t ? `${t} · clearpage` : "clearpage";
}

export function textDirection(dir) {
  return dir === "rtl" || dir === "ltr" ? dir : "auto";
}
