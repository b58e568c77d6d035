"""Human-annotated truth: the corpus layout, the tune/check split and the scorer.

The layout (``../shared/corpus/human-truth/``, described in its README)::

    <set>/pages/<id>.html   page bytes as stored by the source
    <set>/truth.json        {"<id>": {"text": ..., "comments": ... | null, "url": ... | null}}

The scorer is the definition of scrapinghub's article-extraction-benchmark, written from the
corpus README (no peer code): ``\\w+`` tokens, case kept; word 4-shingles (a text of 1 to 3
tokens is one shorter shingle); per page, multiset overlap of the answer's shingles with the
truth's gives precision and recall; a set's precision is the mean over pages that returned
text, its recall the mean over all pages, and F1 is the harmonic mean of those two means.

Pages are split by a stable hash of ``<set>/<id>`` into a **tune** part (4 in 5) and a
**check** part (1 in 5): failures are studied on tune pages only, and a gain the check part
does not show is overfitting.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import lxml.html

TRUTH_FILE = "truth.json"
PAGES_DIR = "pages"
SHINGLE = 4
TOKEN_RE = re.compile(r"\w+")
# One page in CHECK_SHARE_DENOMINATOR goes to the check part (the 1/5).
CHECK_SHARE_DENOMINATOR = 5
TUNE, CHECK = "tune", "check"

# The scorer's HTML flattening: these elements start and end a line; script, style and head
# are dropped; everything else is inline and adds nothing between its text and its tail.
DROPPED_TAGS = frozenset({"script", "style", "head", "noscript", "template"})
LINE_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})


@dataclass(frozen=True)
class TruthPage:
    """One annotated page."""

    set_name: str
    page_id: str
    path: Path
    text: str
    url: str | None

    @property
    def key(self) -> str:
        return f"{self.set_name}/{self.page_id}"

    @property
    def part(self) -> str:
        return split_part(self.key)

    def page_bytes(self) -> bytes:
        return self.path.read_bytes()


def split_part(key: str) -> str:
    """``check`` for one key in five, ``tune`` otherwise; stable across runs and machines."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return CHECK if digest[0] % CHECK_SHARE_DENOMINATOR == 0 else TUNE


def is_truth_corpus(folder: Path) -> bool:
    """A folder in the human-truth layout: some ``<set>/truth.json`` beside ``<set>/pages``."""
    return any((d / TRUTH_FILE).is_file() and (d / PAGES_DIR).is_dir()
               for d in folder.iterdir() if d.is_dir()) if folder.is_dir() else False


def load_truth_corpus(folder: Path, set_name: str | None = None) -> list[TruthPage]:
    pages = []
    for set_dir in sorted(d for d in folder.iterdir() if (d / TRUTH_FILE).is_file()):
        if set_name and set_dir.name != set_name:
            continue
        truth = json.loads((set_dir / TRUTH_FILE).read_text(encoding="utf-8"))
        for page_id in sorted(truth):
            path = set_dir / PAGES_DIR / f"{page_id}.html"
            if path.is_file():
                entry = truth[page_id]
                pages.append(TruthPage(set_dir.name, page_id, path, entry["text"], entry.get("url")))
    return pages


# --------------------------------------------------------------------------- scoring

def html_text(html: str) -> str:
    """An answer given as HTML, flattened the scorer's way."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:
        return ""
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag in DROPPED_TAGS:
            parts.append(el.tail or "")
            return
        line = tag in LINE_TAGS
        if line:
            parts.append("\n")
        if tag is not None:
            parts.append(el.text or "")
            for child in el:
                walk(child)
        if line:
            parts.append("\n")
        parts.append(el.tail or "")

    walk(root)
    return "".join(parts)


def shingles(text: str) -> Counter:
    tokens = TOKEN_RE.findall(text)
    if 0 < len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


@dataclass(frozen=True)
class PageScore:
    """Precision is None when the answer is empty (it then costs recall only)."""

    precision: float | None
    recall: float

    @property
    def f1(self) -> float:
        p = self.precision or 0.0
        return 2 * p * self.recall / (p + self.recall) if p + self.recall else 0.0


def score_text(answer: str, truth: str) -> PageScore:
    got, want = shingles(answer), shingles(truth)
    tp = sum((got & want).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    if fp == 0 and fn == 0:
        return PageScore(1.0 if got or not want else None, 1.0)
    precision = tp / (tp + fp) if got else None
    recall = tp / (tp + fn) if tp + fn else 1.0
    return PageScore(precision, recall)


@dataclass(frozen=True)
class SetScore:
    pages: int
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def aggregate(scores: list[PageScore]) -> SetScore:
    answered = [s.precision for s in scores if s.precision is not None]
    precision = sum(answered) / len(answered) if answered else 0.0
    recall = sum(s.recall for s in scores) / len(scores) if scores else 0.0
    return SetScore(len(scores), precision, recall)
