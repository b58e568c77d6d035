"""Scaling shapes: pages (and pattern inputs) that grow one structure at a time, so that the
cost per element of every stage can be watched from 1x to 16x (``clearpage bench --scaling``).

Each shape is a page a real site can send (a long code listing, a feed of cards) or a hostile
string that once made a stage quadratic or a pattern backtrack. Linear work shows a flat time
per element; the benchmark prints it, the tests (tests/test_linear.py) assert only answers.
Every size runs in a fresh child process, so its peak RSS is its own.
"""
from __future__ import annotations

import importlib
import json
import pkgutil
import re
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Callable

# Growth factors the benchmark runs: 1x to 16x, doubling.
FACTORS = (1, 2, 4, 8, 16)
# Story paragraphs around each shape, so the page has a story to keep.
STORY_PARAGRAPH = ("<p>The council voted on Tuesday to approve the plan after a long debate about "
                   "the costs, the benefits and the years of construction ahead.</p>")
STORY_PARAGRAPHS = 4


def _page(body: str, head: str = "") -> str:
    story = STORY_PARAGRAPH * STORY_PARAGRAPHS
    return (f"<!DOCTYPE html><html><head><title>The council approves the plan</title>{head}</head>"
            f"<body><article><h1>The council approves the plan</h1>{story}{body}{story}</article></body></html>")


@dataclass(frozen=True)
class Shape:
    """A page built from ``count`` copies of one structure; 1x is ``base`` copies (16x is the
    size at which the issue measured the stage)."""

    name: str
    what: str  # the unit that grows, for the table
    base: int
    build: Callable[[int], str]


def _code_listing(count: int) -> str:
    tokens = "".join(f'<span class="tok k{i % 7}">t{i}</span> ' for i in range(count))
    return _page(f"<pre><code>{tokens}</code></pre>")


def _noscript_images(count: int) -> str:
    figures = "".join(f'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><noscript>'
                      f'<img src="/images/{i}.jpg" alt="Photo {i}"></noscript>' for i in range(count))
    return _page(f"<div>{figures}</div>")


def _linked_articles(count: int) -> str:
    articles = "".join(f'<article class="post"><h2><a href="/story/{i}">Story number {i} of the day</a></h2>'
                       f"{STORY_PARAGRAPH * 2}</article>" for i in range(count))
    return _page(articles)


def _teaser_cards(count: int) -> str:
    cards = "".join(f'<div class="card c{i}"><h3><a href="/teaser/{i}">Teaser headline number {i}</a></h3>'
                    f"<p>A short summary of teaser {i}.</p></div>{STORY_PARAGRAPH}" for i in range(count))
    return _page(cards)


def _same_class_cards(count: int) -> str:
    cards = "".join(f'<div class="card"><h3>Card headline number {i} today</h3><p>May 3, 2026</p>'
                    f"{STORY_PARAGRAPH}{STORY_PARAGRAPH}</div>" for i in range(count))
    return _page(cards)


# Boxes nested about as deep as the parser keeps (limits.MAX_DEPTH is 200).
NESTING = 150


def _styled_bylines(count: int) -> str:
    # Short byline candidates under a deep stack of styled boxes inside page chrome (a
    # footer): a reader skips every one of them, each after looking at all its ancestors.
    depth = min(count // 10, NESTING)
    opening = '<div class="footer">' + "".join(f'<div style="color: #{i:03x}">' for i in range(depth))
    bylines = "".join(f'<span class="author">By Writer {i}</span>' for i in range(count))
    return _page(f"{opening}{bylines}{'</div>' * (depth + 1)}")


def _nested_blockquotes(count: int) -> str:
    # Each line of the innermost quote used to carry one "> " per level in Markdown.
    quotes = "<blockquote>" * NESTING
    return _page(quotes + "<p>Quoted words.</p>" * count + "</blockquote>" * NESTING)


def _attribute_names(count: int) -> str:
    attributes = " ".join(f"data-a{i}=x" for i in range(count))
    return _page(f"<div {attributes}>{STORY_PARAGRAPH}</div>")


def _hashtag_line(count: int) -> str:
    return _page("".join(f"<p>{'#a-' * 30} b</p>" for _ in range(count)))


def _meta_property_spaces(count: int) -> str:
    return _page("", head=f'<meta property="{" " * count}x" content="y">')


def _byline_spaces(count: int) -> str:
    return _page(f'<p class="byline">By Ana Ruiz{" " * count}and Lee Park</p>')


SHAPES = (
    Shape("code-listing", "<span> token", 1250, _code_listing),
    Shape("noscript-images", "<noscript> image", 940, _noscript_images),
    Shape("linked-articles", "<article>", 125, _linked_articles),
    Shape("teaser-cards", "card", 375, _teaser_cards),
    Shape("same-class-cards", "card", 250, _same_class_cards),
    Shape("styled-bylines", "byline candidate", 250, _styled_bylines),
    Shape("nested-blockquotes", "<blockquote>", 2000, _nested_blockquotes),
    Shape("attribute-names", "attribute name", 2000, _attribute_names),
    Shape("hashtag-lines", '"#a-"*30 line', 10, _hashtag_line),
    Shape("meta-property-spaces", "space", 4000, _meta_property_spaces),
    Shape("byline-spaces", "space", 4000, _byline_spaces),
)
SHAPES_BY_NAME = {shape.name: shape for shape in SHAPES}


# --- pattern inputs ---

@dataclass(frozen=True)
class PatternInput:
    """``unit * n + tail``: a run that a pattern may take many ways, then a character that
    makes the match fail late (the worst case of a backtracking engine)."""

    unit: str
    tail: str

    def text(self, count: int) -> str:
        return self.unit * count + self.tail


# Runs of the characters the package's patterns repeat (spaces, words, hashtags, separators,
# digits, entities), each ended by nothing, a word, punctuation or a NUL.
PATTERN_UNITS = (" ", "\t", "\n", "a", "a ", "A ", "#a-", "#a ", "#a", "a-", "1", "1 ", ", ", "-", "- ",
                 "by ", "and ", "&", "&#", "<", "<a ", ". ", "a.", ":", " :", "·", " · ", "'", "_")
PATTERN_TAILS = ("", " b", "!", "\x00")
PATTERN_INPUTS = tuple(PatternInput(unit, tail) for unit in PATTERN_UNITS for tail in PATTERN_TAILS)
# Units of the pattern inputs at 1x (every pattern on every input: keep it small).
PATTERN_BASE = 100


def package_patterns() -> dict[str, re.Pattern]:
    """Every compiled pattern of the package: module constants and the values of module
    dicts (WIDGET_PATTERNS), by dotted name."""
    import clearpage
    import clearpage.extract

    found: dict[str, re.Pattern] = {}
    for package in (clearpage, clearpage.extract):
        for info in pkgutil.iter_modules(package.__path__):
            if info.name == "__main__":
                continue
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for key, value in vars(module).items():
                if isinstance(value, re.Pattern):
                    found[f"{module.__name__}.{key}"] = value
                elif isinstance(value, dict):
                    found.update((f"{module.__name__}.{key}[{k}]", v) for k, v in value.items()
                                 if isinstance(v, re.Pattern))
    return found


def exercise(pattern: re.Pattern, text: str):
    """What the package asks of a pattern (search, match, split/sub), as one comparable answer."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(pattern.pattern, bytes) else text
    found = pattern.search(data)
    matched = pattern.match(data)
    return (found and found.span(), matched and matched.span(), len(pattern.split(data)))


# --- measuring ---

@dataclass(frozen=True)
class Measure:
    """One shape at one size, measured in its own process."""

    shape: str
    factor: int
    count: int
    seconds: float
    peak_rss_mb: float

    @property
    def micros_per_unit(self) -> float:
        return self.seconds / self.count * 1e6


def _clean_and_render(shape: Shape, count: int) -> float:
    from . import clean
    from .render import render

    page = shape.build(count)
    clean(shape.build(1))  # the first call pays for lazy imports and compiled patterns
    started = time.perf_counter()
    article = clean(page)
    render(article, "markdown")
    return time.perf_counter() - started


def _pattern_seconds(count: int) -> float:
    patterns = list(package_patterns().values())
    started = time.perf_counter()
    for item in PATTERN_INPUTS:
        text = item.text(count)
        for pattern in patterns:
            exercise(pattern, text)
    return time.perf_counter() - started


def measure_here(name: str, factor: int) -> Measure:
    """Measure in this process (the child side of ``measure``)."""
    if name == "patterns":
        count = PATTERN_BASE * factor
        seconds = _pattern_seconds(count)
    else:
        shape = SHAPES_BY_NAME[name]
        count = shape.base * factor
        seconds = _clean_and_render(shape, count)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return Measure(name, factor, count, seconds, peak_kb / 1024)


def measure(name: str, factor: int) -> Measure:
    """Measure one shape at one size in a fresh child process."""
    result = subprocess.run([sys.executable, "-m", "clearpage.scaling", name, str(factor)],
                            capture_output=True, text=True, check=True)
    return Measure(**json.loads(result.stdout))


def shape_names() -> list[str]:
    return [shape.name for shape in SHAPES] + ["patterns"]


def run_scaling(out=sys.stdout, names: list[str] | None = None, factors=FACTORS) -> list[Measure]:
    """Print time per size and per unit and peak RSS for every shape; flat µs/unit is linear."""
    measures = []
    what = {shape.name: shape.what for shape in SHAPES} | {"patterns": "input unit (all patterns)"}
    print(f"{'shape':22} {'size':>5} {'units':>8} {'seconds':>8} {'µs/unit':>9} {'peak MB':>8}  unit", file=out)
    for name in names or shape_names():
        for factor in factors:
            m = measure(name, factor)
            measures.append(m)
            print(f"{m.shape:22} {m.factor:>4}x {m.count:>8} {m.seconds:>8.3f} {m.micros_per_unit:>9.2f} "
                  f"{m.peak_rss_mb:>8.1f}  {what[name]}", file=out, flush=True)
    return measures


def main(argv: list[str]) -> int:
    name, factor = argv[0], int(argv[1])
    m = measure_here(name, factor)
    print(json.dumps({"shape": m.shape, "factor": m.factor, "count": m.count, "seconds": m.seconds,
                      "peak_rss_mb": m.peak_rss_mb}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
