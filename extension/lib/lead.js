// The lead image and the standfirst (dek) come from the page's metadata
// (`lead_image`, `excerpt`). They go above the body only when the story does not
// already hold them, so that nothing shows twice. Pure functions.

// The server falls back to the story's first paragraph when the page has no
// description; comparing this many leading characters of the excerpt is enough to
// recognise it in the body even when the page's description was cut short.
export const EXCERPT_PROBE_CHARS = 120;
// Trailing marks of a description cut short by the site ("…", "...", " [+]").
const CUT_MARKS = /(?:\s*(?:\u2026|\.\.\.|\[\+\]|\[\u2026\]))+\s*$/u;
// Size variants of one picture differ in a suffix of the file name:
// photo-800x600.jpg, photo_1024.jpg, photo@2x.jpg, photo-w640.jpg.
const SIZE_SUFFIX = /(?:[-_@](?:\d+x\d+|\d+x|w\d+|\d+w|\d{2,4}))+$/i;

function fold(text) {
  return String(text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function imageKey(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return "";
  }
  const file = decodeURIComponent(u.pathname.split("/").pop() ?? "").toLowerCase().replace(/\.[a-z0-9]{2,5}$/, "");
  return file.replace(SIZE_SUFFIX, "") || u.pathname;
}

// The lead image URL to show, or "" when it is missing, unsafe or already in the story.
export function leadImageToShow(leadImage, contentImageUrls = []) {
  if (typeof leadImage !== "string" || !/^https?:\/\//i.test(leadImage.trim())) return "";
  const key = imageKey(leadImage.trim());
  if (!key) return "";
  return contentImageUrls.some((src) => imageKey(src) === key) ? "" : leadImage.trim();
}

// The dek to show, or "" when it is missing, the title again, or the story's own opening.
export function excerptToShow(excerpt, { title = "", contentText = "" } = {}) {
  const raw = typeof excerpt === "string" ? excerpt.replace(CUT_MARKS, "").trim() : "";
  const probe = fold(raw).slice(0, EXCERPT_PROBE_CHARS).trim();
  if (!probe) return "";
  if (probe === fold(title)) return "";
  return fold(contentText).includes(probe) ? "" : excerpt.trim();
}
