import { test } from "node:test";
import assert from "node:assert/strict";
import { readingMinutes, readingTimeLabel, formatPublished, siteLabel, metaParts, documentTitle, textDirection } from "../../extension/lib/format.js";

test("reading time prefers the server's number, else words / 230", () => {
  assert.equal(readingMinutes({ reading_minutes: 4 }), 4);
  assert.equal(readingMinutes({ reading_minutes: 0.2 }), 1);
  assert.equal(readingMinutes({ word_count: 1150 }), 5);
  assert.equal(readingMinutes({}), null);
  assert.equal(readingTimeLabel({ reading_minutes: 3 }), "3 min read");
  assert.equal(readingTimeLabel({}), "");
});

test("dates", () => {
  assert.equal(formatPublished("2024-03-12", "en-GB"), "12 March 2024");
  assert.equal(formatPublished("2024-03-12T23:30:00Z", "en-US").includes("2024"), true);
  assert.equal(formatPublished(null), "");
  assert.equal(formatPublished("yesterday"), "");
});

test("site falls back to the host", () => {
  assert.equal(siteLabel({ site_name: "The Paper" }), "The Paper");
  assert.equal(siteLabel({ site_name: "", url: "https://www.paper.example/a" }), "paper.example");
  assert.equal(siteLabel({}, "https://news.example/x"), "news.example");
});

test("meta parts drop what is missing", () => {
  const parts = metaParts({ byline: "By A", site_name: "S", published: "2024-01-02", reading_minutes: 2 }, { locale: "en-GB" });
  assert.deepEqual(parts.map((p) => p.name), ["byline", "site", "published", "reading-time"]);
  assert.equal(parts[2].datetime, "2024-01-02");
  assert.deepEqual(metaParts({ url: "https://x.example/" }).map((p) => p.name), ["site"]);
});

test("title and direction", () => {
  assert.equal(documentTitle({ title: " Story " }), "Story · clearpage");
  assert.equal(documentTitle({}), "clearpage");
  assert.equal(textDirection("rtl"), "rtl");
  assert.equal(textDirection("sideways"), "auto");
});
