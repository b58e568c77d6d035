"""Stage 4 of ``clean``: readability-lxml as a second opinion where clearpage's choice is doubtful.

A wrong choice costs the whole page (a comment thread, an author box or a footer served
instead of the story), so when clearpage's own extraction shows doubt, the page also goes
through readability-lxml (an independent implementation of the Readability scoring, with its
own candidate walk and cleaning) and the two answers are compared by their shared word
4-shingles. Where they agree, clearpage's answer stands (its segmentation and boilerplate
removal are finer). Where clearpage kept a text readability-lxml does not hold, and
readability-lxml's story is one segmentation left on the page, readability-lxml's is served.
On pages without doubt readability-lxml never runs, so the median page costs no more.

The signs of doubt and the agreement thresholds were fitted on the tune part of the
human-truth corpus and confirmed on its check part by ``python tools/fit_second_opinion.py``
(its output, 2026-12-04, gives the figures); they decide by structure only.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import lxml.html
from lxml import etree

from .content import Extraction
from .dom import inner_text

# Doubt, fitted (tools/fit_second_opinion.py): the grab took at least this many attempts,
# i.e. with every flag on it found less than CHAR_THRESHOLD characters and had to relax
# (Readability.js's retry). That is where the comment thread beats a short post, or an
# author box or a footer beats a story its class names had hidden.
DOUBT_MIN_ATTEMPTS = 2
# Disagreement, fitted likewise: less than this share of clearpage's shingles is in
# readability-lxml's answer (clearpage kept another text than the story).
MIN_SHARED_OF_OURS = 0.6
# Availability, fitted likewise: at least this share of readability-lxml's shingles is still
# on the page after segmentation. readability-lxml often serves a related story instead of the
# main one (the failure segmentation exists for): a story segmentation set aside never returns.
MIN_AVAILABLE = 0.3
# Word 4-shingles: the human-truth scorer's unit, so agreement means what the measure means.
SHINGLE = 4
TOKEN_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class Doubt:
    """What clearpage's own extraction says about its confidence."""

    attempts: int

    @property
    def doubtful(self) -> bool:
        return self.attempts >= DOUBT_MIN_ATTEMPTS


@dataclass(frozen=True)
class Agreement:
    """Shares of shingles (0 for an empty answer): clearpage's found in readability-lxml's
    answer, and readability-lxml's found on the page segmentation left."""

    of_ours: float
    available: float

    @property
    def replaces(self) -> bool:
        """readability-lxml's answer should be served instead of clearpage's."""
        return self.of_ours < MIN_SHARED_OF_OURS and self.available >= MIN_AVAILABLE


def doubt_of(extraction: Extraction) -> Doubt:
    return Doubt(extraction.attempts)


def shingles(text: str) -> Counter:
    tokens = TOKEN_RE.findall(text)
    if 0 < len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def share_in(part: Counter, whole: Counter) -> float:
    total = sum(part.values())
    return sum((part & whole).values()) / total if total else 0.0


def agreement(ours: str, theirs: str, remaining: str) -> Agreement:
    a, b = shingles(ours), shingles(theirs)
    return Agreement(of_ours=share_in(a, b), available=share_in(b, shingles(remaining)))


def readability_answer(tree, url: str | None):
    """readability-lxml's story for the page, as a detached element (None: it found none).

    It is given our parsed tree serialized (lazy images already resolved), never the caller's
    tree: readability-lxml mutates what it reads."""
    from readability import Document

    page = etree.tostring(tree, encoding="unicode", method="html")
    try:
        summary = Document(page, url=url).summary(html_partial=True)
        node = lxml.html.fragment_fromstring(summary, create_parent="div") if summary.strip() else None
    except Exception:  # readability-lxml raises its own Unparseable and lxml's errors alike
        return None
    return node if node is not None and inner_text(node).strip() else None


@dataclass(frozen=True)
class Review:
    """The outcome: the node to serve and whether it is readability-lxml's."""

    node: etree._Element | None
    replaced: bool
    doubt: Doubt
    agreement: Agreement | None


def review(tree, extraction: Extraction, url: str | None) -> Review:
    """Whether to serve readability-lxml's story instead of ``extraction``'s, and why."""
    node = extraction.node
    doubt = doubt_of(extraction)
    if not doubt.doubtful:
        return Review(node, False, doubt, None)
    theirs = readability_answer(tree, url)
    if theirs is None:
        return Review(node, False, doubt, None)
    ours = inner_text(node) if node is not None else ""
    remaining = inner_text(extraction.remaining) if extraction.remaining is not None else ""
    agreed = agreement(ours, inner_text(theirs), remaining)
    if agreed.replaces:
        return Review(theirs, True, doubt, agreed)
    return Review(node, False, doubt, agreed)
