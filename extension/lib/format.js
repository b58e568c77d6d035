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

export function readingTimeLabel(article) {
  const m = readingMinutes(article);
  return m === null ? "" : `${m} min read`;
}

// ISO 8601 -> "12 March 2024" in the given locale; "" when missing or invalid.
export function formatPublished(iso, locale = "en-GB") {
  if (typeof iso !== "string" || iso.trim() === "") return "";
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

// The header lines of the reader page in display order, empty ones dropped.
export function metaParts(article, { pageUrl, locale } = {}) {
  return [
    { name: "byline", text: bylineLabel(article) },
    { name: "site", text: siteLabel(article, pageUrl) },
    { name: "published", text: formatPublished(article?.published, locale), datetime: article?.published ?? "" },
    { name: "reading-time", text: readingTimeLabel(article) },
  ].filter((p) => p.text !== "");
}

export function documentTitle(article) {
  const t = typeof article?.title === "string" ? article.title.trim() : "";
  return t ? `${t} · clearpage` : "clearpage";
}

export function textDirection(dir) {
  return dir === "rtl" || dir === "ltr" ? dir : "auto";
}
