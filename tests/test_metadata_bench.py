"""Per-field metadata agreement with Readability.js, on small synthetic cases."""
from __future__ import annotations

import json
from pathlib import Path

from clearpage import seeds
from clearpage.metadata_bench import (FieldAgreement, MetadataCase, agreement_table,
                                      load_metadata_cases, metadata_agreement)

STORY = " ".join(f"Sentence {i} says the harbour ferry will run every hour from May to September."
                 for i in range(20))


def page(head: str) -> bytes:
    return (f"<html lang='en'><head>{head}</head><body><article><h1>Ferry news today</h1>"
            f"<p>{STORY}</p></article></body></html>").encode()


GUARDIAN_LIKE = MetadataCase("suffix", page(
    '<meta property="og:title" content="Ferry to run hourly all summer | Ana Ruiz">'
    '<meta name="author" content="Ana Ruiz"><meta property="og:site_name" content="The Daily">'
    '<meta property="article:published_time" content="2019-01-03T07:00:02.000Z">'), {
    "title": "Ferry to run hourly all summer | Ana Ruiz", "byline": "By  Ana Ruiz",
    "siteName": "The Daily", "publishedTime": "2019-01-03T07:00:02.000Z", "lang": "en"})
WRONG = MetadataCase("wrong", page(
    '<meta property="og:title" content="Ferry to run hourly all summer">'
    '<meta property="og:site_name" content="The Daily">'), {
    "title": "Another story entirely", "byline": None, "siteName": "The Weekly"})


def by_field(rows: list[FieldAgreement]) -> dict[str, FieldAgreement]:
    return {row.field: row for row in rows}


def test_fields_the_bench_reports() -> None:
    rows = metadata_agreement([GUARDIAN_LIKE])
    assert [r.field for r in rows][:6] == ["title", "byline", "date", "site", "lead image", "language"]


def test_agreement_after_normalization_and_exact() -> None:
    rows = by_field(metadata_agreement([GUARDIAN_LIKE, WRONG]))
    # The reader's "Ferry to run hourly all summer" agrees with Readability.js's suffixed title
    # once the same presentation rule is applied to it, but not exactly.
    assert (rows["title"].agree, rows["title"].exact, rows["title"].stated) == (1, 0, 2)
    assert rows["title"].disagreements == ("wrong",)
    assert rows["title"].share == 0.5
    # "By  Ana Ruiz" vs "Ana Ruiz"; None vs None agrees.
    assert (rows["byline"].agree, rows["byline"].exact) == (2, 1)
    # The date agrees as ISO 8601 (clearpage normalizes, Readability.js keeps the page's form).
    assert (rows["date"].agree, rows["date"].exact, rows["date"].stated) == (1, 0, 1)
    assert (rows["site"].agree, rows["site"].stated) == (1, 2)
    assert (rows["language"].agree, rows["language"].stated) == (1, 1)


def test_a_field_readability_does_not_state_has_no_share() -> None:
    lead = by_field(metadata_agreement([GUARDIAN_LIKE]))["lead image"]
    assert lead.stated == 0 and lead.share is None and lead.found == 0
    assert "not in Readability.js's metadata" in agreement_table([lead])


def test_loads_both_corpus_layouts_and_seed_cases(tmp_path: Path) -> None:
    seed = tmp_path / "a-seed"
    seed.mkdir()
    (seed / seeds.PAGE_FILE).write_bytes(GUARDIAN_LIKE.page)
    (seed / "reference-metadata.json").write_text(json.dumps(GUARDIAN_LIKE.expected))
    (seed / seeds.CASE_FILE).write_text(json.dumps({"url": "http://fakehost/test/page.html",
                                                    "group": "reference"}))
    shared = tmp_path / "b-shared"
    shared.mkdir()
    (shared / "source.html").write_bytes(WRONG.page)
    (shared / "expected-metadata.json").write_text(json.dumps(WRONG.expected))
    bare = tmp_path / "c-no-reference"
    bare.mkdir()
    (bare / seeds.PAGE_FILE).write_bytes(WRONG.page)
    (bare / seeds.CASE_FILE).write_text(json.dumps({"group": "cluttered"}))
    assert [c.name for c in load_metadata_cases(tmp_path)] == ["a-seed", "b-shared"]
    # seeds.Case items work too; one without reference metadata is skipped.
    cases = seeds.load_cases(tmp_path)
    assert [c.slug for c in cases] == ["a-seed", "c-no-reference"]
    rows = by_field(metadata_agreement(cases))
    assert rows["title"].pages == 1 and rows["title"].agree == 1


def test_table_is_markdown() -> None:
    table = agreement_table(metadata_agreement([GUARDIAN_LIKE, WRONG]))
    lines = table.splitlines()
    assert lines[0].startswith("| field |") and lines[1].startswith("|---")
    assert "| title | 1/2 (50.0%) | 0/2 | 2 | 2/2 |" in lines
