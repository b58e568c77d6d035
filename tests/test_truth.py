"""The human-truth scorer and split, on synthetic texts (the corpus itself never feeds a test)."""
import json

import pytest

from clearpage import truth


def test_identical_answer_scores_one():
    s = truth.score_text("one two three four five six", "one two three four five six")
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_empty_answer_has_no_precision_and_zero_recall():
    s = truth.score_text("", "one two three four five")
    assert s.precision is None and s.recall == 0.0 and s.f1 == 0.0


def test_extra_text_costs_precision_only():
    want = "alpha beta gamma delta epsilon"
    s = truth.score_text(want + " zeta eta theta iota", want)
    assert s.recall == 1.0
    assert s.precision == pytest.approx(2 / 6)


def test_short_texts_are_one_shingle():
    assert truth.shingles("a b") == {("a", "b"): 1}
    assert truth.score_text("a b", "a b").f1 == 1.0
    assert truth.score_text("a c", "a b").f1 == 0.0


def test_shingles_are_a_multiset():
    s = truth.score_text("w x y z w x y z", "w x y z")
    assert s.recall == 1.0 and s.precision < 1.0


def test_aggregate_means_precision_over_answered_pages_only():
    scores = [truth.PageScore(1.0, 1.0), truth.PageScore(None, 0.0)]
    agg = truth.aggregate(scores)
    assert agg.precision == 1.0 and agg.recall == 0.5
    assert agg.f1 == pytest.approx(2 / 3)


def test_html_text_breaks_lines_at_blocks_and_drops_scripts():
    text = truth.html_text("<p>one<b>two</b></p><p>three</p><script>x y z w</script>tail")
    assert text.split() == ["onetwo", "three", "tail"]


def test_split_is_stable_and_about_one_in_five():
    keys = [f"set/{i}" for i in range(2000)]
    parts = [truth.split_part(k) for k in keys]
    assert parts == [truth.split_part(k) for k in keys]
    assert 0.15 < parts.count(truth.CHECK) / len(parts) < 0.25


def test_load_truth_corpus_reads_the_layout(tmp_path):
    set_dir = tmp_path / "demo"
    (set_dir / "pages").mkdir(parents=True)
    (set_dir / "pages" / "a.html").write_text("<p>hello</p>")
    (set_dir / "truth.json").write_text(json.dumps(
        {"a": {"text": "hello", "url": "https://example.org/a"},
         "missing": {"text": "x", "url": None}}))
    assert truth.is_truth_corpus(tmp_path)
    pages = truth.load_truth_corpus(tmp_path)
    assert [p.key for p in pages] == ["demo/a"]
    assert pages[0].page_bytes() == b"<p>hello</p>"
    assert not truth.is_truth_corpus(set_dir / "pages")
