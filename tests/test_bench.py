"""The benchmark runs on three tiny cases and prints well-formed Markdown tables.
Numbers are printed for people, never asserted (beyond their shape)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from clearpage import bench, seeds

STORY = " ".join(f"Sentence {i} says the harbour ferry will run every hour from May to September "
                 f"after the town council approved the budget." for i in range(12))
RELATED = ("Elsewhere in town the bakery on the corner has started selling rye bread again "
           "after a long winter pause that upset its many regular customers")


def make_case(root: Path, slug: str, group: str, body: str, clutter: list[str] | None = None) -> None:
    path = root / slug
    path.mkdir()
    (path / seeds.PAGE_FILE).write_text(f"<html><head><title>{slug}</title></head><body>{body}</body></html>")
    (path / seeds.REFERENCE_HTML).write_text(f"<div><p>{STORY}</p></div>")
    info = {"url": f"https://example.com/{slug}", "group": group, "clutter": clutter or []}
    (path / seeds.CASE_FILE).write_text(json.dumps(info))


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    make_case(tmp_path, "plain", "reference", f"<article><p>{STORY}</p></article>")
    make_case(tmp_path, "nav", "reference", f"<nav><a href='/'>Home</a></nav><article><p>{STORY}</p></article>")
    make_case(tmp_path, "related", "cluttered",
              f"<article><p>{STORY}</p></article><aside><h2>Related</h2><p>{RELATED}</p></aside>", [RELATED])
    return tmp_path


def tables(out: str) -> list[list[list[str]]]:
    """The Markdown tables in ``out``, each a list of rows of cells."""
    found, current = [], []
    for line in out.splitlines() + [""]:
        if line.startswith("|"):
            current.append([c.strip() for c in line.strip("|").split("|")])
        elif current:
            found.append(current)
            current = []
    return found


def assert_well_formed(table: list[list[str]]) -> None:
    assert len({len(row) for row in table}) == 1, "rows of different widths"
    assert all(cell == "---" for cell in table[1])


@pytest.mark.parametrize("peers", [False, True], ids=["clearpage", "peers"])
def test_bench_prints_well_formed_tables(corpus: Path, capsys, peers: bool) -> None:
    argv = ["--corpus", str(corpus), "--repeat", "1", "--worst", "2"] + (["--peers"] if peers else [])
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("Command: `clearpage bench --corpus ")
    summary, memory, *worst = tables(out)
    for table in (summary, memory, *worst):
        assert_well_formed(table)
    assert summary[0] == bench.SUMMARY_HEADER
    extractors = 4 if peers else 1  # clearpage, two peers, clearpage without its second opinion
    assert len(summary) == 2 + 2 * (extractors + 1)  # (extractors + floor) per group
    assert {row[0] for row in summary[2:]} == {"cluttered", "reference"}
    cluttered = next(r for r in summary[2:] if r[:2] == ["cluttered", "clearpage"])
    assert 0 <= float(cluttered[6]) <= 1 and cluttered[7].isdigit()  # leak, replaced
    assert len(worst) == 2 and len(memory) == 2 + len(list(corpus.iterdir()))


def test_score_is_bag_of_tokens() -> None:
    s = bench.score(["a", "b", "b", "c"], ["a", "b", "d", "e"])
    assert (s.precision, s.recall) == (0.5, 0.5) and s.f1 == 0.5
    assert bench.score([], []).f1 == 1.0 and bench.score([], ["a"]).f1 == 0.0


def test_leak_ignores_ngrams_of_the_main_story() -> None:
    main = seeds.words("one two three four five six")
    clutter = ("one two three four five six seven eight",)
    # The clutter's 5-grams minus those in the main story: (2..6 7), (3..7 8)... found: none.
    assert bench.leak_share(main, clutter, main) == 0.0
    assert bench.leak_share(seeds.words(clutter[0]), clutter, main) == 1.0


def make_truth_corpus(root: Path, pages: int = 12) -> Path:
    """A synthetic corpus in the human-truth layout: the story inside a page with a menu."""
    set_dir = root / "demo-set"
    (set_dir / "pages").mkdir(parents=True)
    truth_json = {}
    for i in range(pages):
        story = STORY.replace("Sentence", f"Line{i}")
        (set_dir / "pages" / f"p{i}.html").write_text(
            f"<html><head><title>p{i}</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/x'>Sport</a></nav><article><p>{story}</p></article></body></html>")
        truth_json[f"p{i}"] = {"text": story, "url": f"https://example.com/p{i}"}
    (set_dir / "truth.json").write_text(json.dumps(truth_json))
    return root


@pytest.mark.parametrize("jobs", [1, 2])
def test_bench_scores_a_human_truth_corpus_per_set_and_part(tmp_path: Path, capsys, jobs: int) -> None:
    corpus = make_truth_corpus(tmp_path)
    argv = ["--corpus", str(corpus), "--peers", "--worst", "3", "--jobs", str(jobs), "--clutter", "6"]
    assert bench.main(argv) == 0
    summary, worst, cluttered, templates = tables(capsys.readouterr().out)
    for table in (summary, worst, cluttered, templates):
        assert_well_formed(table)
    rows = summary[2:]
    assert {r[1] for r in rows} <= {"tune", "check", "all"} and "all" in {r[1] for r in rows}
    full = {r[3]: r for r in rows if r[1] == "all"}
    assert set(full) == {"clearpage", "readability-lxml", "trafilatura", bench.ALONE}
    assert full["clearpage"][2] == "12"
    assert float(full["clearpage"][4]) > 0.9  # the story is the article: nearly perfect
    assert len(worst) == 2 + 3
    assert {r[0] for r in cluttered[2:]} == {"cluttered-from-truth"}
    whole = {r[3]: r for r in cluttered[2:] if r[1] == "all"}
    assert whole["clearpage"][2] == "6" and 0 <= float(whole["clearpage"][7]) <= 1
    assert sum(int(r[2]) for r in templates[2:]) == 6  # each page under its template


def test_bench_without_clutter_prints_the_sets_only(tmp_path: Path, capsys) -> None:
    corpus = make_truth_corpus(tmp_path, pages=3)
    assert bench.main(["--corpus", str(corpus), "--clutter", "0", "--jobs", "1"]) == 0
    assert len(tables(capsys.readouterr().out)) == 1
