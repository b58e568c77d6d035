"""Work grows linearly with the input: no pattern backtracks, no stage rescans the page per
element. These tests assert answers on inputs large enough that a backtracking pattern or a
quadratic stage would not finish in any reasonable run (they hang instead of passing);
``clearpage bench --scaling`` prints the times."""
from __future__ import annotations

import io
import re

import pytest

from clearpage import clean
from clearpage.cli import build_parser
from clearpage.extract import patterns
from clearpage.extract.metadata import META_PROPERTY_RE
from clearpage.render import MD_MAX_QUOTE_DEPTH, render
from clearpage.scaling import (PATTERN_INPUTS, SHAPES_BY_NAME, STORY_PARAGRAPHS, package_patterns,
                               run_scaling)

PATTERNS = package_patterns()
# Sizes of the generic pattern inputs: far above every counted bound of the patterns
# ({0,120} at most), and far past where an exponential pattern stops finishing (2^128).
PATTERN_SIZES = (128, 1024)
# Space runs of the quadratic shapes, 1x to 16x: 64,000 spaces cost a quadratic pattern
# about 2 * 10^9 steps.
SPACE_RUNS = (4000, 16000, 64000)
HASHTAG_RUNS = (30, 300, 3000)


def _verdict(pattern, text: str) -> tuple[bool, bool, bool, bool]:
    """Found, matched at the start, found up to the end, found from the start: what a
    repeated input's answer is made of, whatever its length."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(pattern.pattern, bytes) else text
    found, matched = pattern.search(data), pattern.match(data)
    return (found is not None, matched is not None, found is not None and found.end() == len(data),
            found is not None and found.start() == 0)


def test_the_audit_sees_the_package_patterns():
    assert "clearpage.extract.patterns.END_OF_STORY" in PATTERNS
    assert "clearpage.extract.patterns.WIDGET_PATTERNS[hashtags]" in PATTERNS
    assert "clearpage.extract.metadata.META_PROPERTY_RE" in PATTERNS
    assert len(PATTERNS) > 80


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_answers_alike_at_every_size(name):
    pattern = PATTERNS[name]
    for item in PATTERN_INPUTS:
        small, large = (_verdict(pattern, item.text(n)) for n in PATTERN_SIZES)
        assert small == large, (name, item)


@pytest.mark.parametrize("count", HASHTAG_RUNS)
def test_hashtag_runs(count):
    widget = patterns.WIDGET_PATTERNS["hashtags"]
    unfinished = "#a-" * count + " b"
    assert widget.match(unfinished) is None
    assert patterns.END_OF_STORY.match(unfinished) is None
    finished = "#a-" * count
    assert widget.match(finished).group(0) == finished
    assert patterns.END_OF_STORY.match(finished).group(0) == finished
    assert widget.match("#Korea ##Nuclear-Test #a") is not None
    assert widget.match("#Korea # b") is None


@pytest.mark.parametrize("count", SPACE_RUNS)
def test_space_runs(count):
    spaces = " " * count
    assert META_PROPERTY_RE.search(spaces + "x") is None
    assert META_PROPERTY_RE.search(spaces + "og:title").group(0) == "og:title"
    assert META_PROPERTY_RE.search("og" + spaces + ":" + spaces + "title x").group(0) == \
        "og" + spaces + ":" + spaces + "title "
    assert patterns.NAME_SEPARATOR.split("Ana" + spaces + "x") == ["Ana" + spaces + "x"]
    assert patterns.NAME_SEPARATOR.split("Ana" + spaces + "and Lee," + spaces + "Jo") == ["Ana", "Lee", "Jo"]
    assert patterns.BYLINE_TAIL.sub("", "Ana" + spaces + "x") == "Ana" + spaces + "x"
    assert patterns.BYLINE_TAIL.sub("", "Ana" + spaces + "· Reuters") == "Ana"


STORY = ("<p>The council voted on Tuesday to approve the plan after a long debate about the costs, "
         "the benefits and the years of construction ahead.</p>") * 4


def _page(body: str, head: str = "") -> str:
    return (f"<html><head><title>The council approves the plan</title>{head}</head><body><article>"
            f"<h1>The council approves the plan</h1>{body}</article></body></html>")


def test_page_with_unfinished_hashtag_lines_keeps_its_story():
    lines = "".join(f"<p>{'#a-' * 30} b</p>" for _ in range(50))
    article = clean(_page(STORY + lines + STORY))
    assert article.text.count("The council voted") == 8
    assert article.text.count("#a-" * 30 + " b") == 50


def test_page_with_a_long_meta_property_keeps_its_story():
    head = f'<meta property="{" " * 60000}x" content="y"><meta property="og:title" content="Plan approved">'
    article = clean(_page(STORY, head))
    assert article.title == "Plan approved"
    assert article.text.count("The council voted") == 4


# --- per-element stages, at the sizes that found them (scaling.SHAPES at 16x) ---

def _clean_shape(name: str, factor: int = 16):
    shape = SHAPES_BY_NAME[name]
    count = shape.base * factor
    return count, clean(shape.build(count))


def test_code_listing_of_20000_tokens_keeps_every_token():
    count, article = _clean_shape("code-listing")
    assert count == 20000
    tokens = [w for w in article.text.split() if re.fullmatch(r"t\d+", w)]
    assert tokens == [f"t{i}" for i in range(count)]
    assert "<span" not in article.content_html


def test_noscript_fallbacks_become_one_image_each():
    count, article = _clean_shape("noscript-images", factor=4)
    sources = re.findall(r'<img src="([^"]*)"', article.content_html)
    assert sources == [f"/images/{i}.jpg" for i in range(count)]


def test_linked_articles_in_a_row_are_the_content():
    # Where every section's heading links away, the page is a list of linked entries.
    count, article = _clean_shape("linked-articles")
    assert count == 2000
    assert article.text.count("Story number") == count
    assert article.related == ()


def test_teaser_cards_among_the_story_are_dropped_and_listed():
    count, article = _clean_shape("teaser-cards")
    assert count == 6000
    assert "Teaser headline" not in article.text
    assert [r.title for r in article.related] == [f"Teaser headline number {i}" for i in range(count)]
    assert article.text.count("The council voted") == 2 * STORY_PARAGRAPHS + count


def test_same_class_cards_are_kept_as_the_story_sections():
    # 4x: at 16x the story's text passes the fragment cap (sanitize.MAX_FRAGMENT_CHARS)
    count, article = _clean_shape("same-class-cards", factor=4)
    assert article.text.count("Card headline number") == count
    assert article.related == ()


def test_byline_candidates_under_chrome():
    count, article = _clean_shape("styled-bylines")
    assert count == 4000
    assert article.byline == "Writer 0"  # the reader view drops "By " (metadata.tidy_byline)
    assert article.text.count("The council voted") == 2 * STORY_PARAGRAPHS


def test_markdown_marks_at_most_eight_quote_levels():
    count, article = _clean_shape("nested-blockquotes", factor=12)  # 0.5 MB of HTML
    markdown = render(article, "markdown").body
    quoted = [line for line in markdown.split("\n") if "Quoted words." in line]
    assert len(quoted) == count
    assert set(quoted) == {"> " * MD_MAX_QUOTE_DEPTH + "Quoted words."}
    assert len(markdown) < 3 * len(article.content_html)


def test_scaling_benchmark_measures_each_size_in_a_child_process():
    out = io.StringIO()
    measures = run_scaling(out, names=["byline-spaces"], factors=(1, 2))
    assert [(m.shape, m.factor, m.count) for m in measures] == [("byline-spaces", 1, 4000), ("byline-spaces", 2, 8000)]
    assert all(m.seconds > 0 and m.peak_rss_mb > 1 for m in measures)
    rows = out.getvalue().splitlines()
    assert rows[0].split()[:3] == ["shape", "size", "units"] and len(rows) == 3
    assert build_parser().parse_args(["bench", "--scaling"]).scaling is True
