"""Candidate scoring: find the element that holds the story (Readability.js ``_grabArticle``).

Stages of one ``grab`` attempt:
1. ``_walk``: drop unlikely chrome, remember the byline, turn text-only divs into
   paragraphs and collect the elements to score;
2. ``_score``: every paragraph gives points to its parent and ancestors;
3. ``_top_candidate``: the best-scoring container, corrected by its ancestors;
4. ``_merge_siblings``: siblings that belong to the story join it.
The caller retries with fewer flags when the result is too short.
"""
from __future__ import annotations

import enum
import re
from functools import lru_cache
from dataclasses import dataclass, field

from lxml import etree

from . import patterns
from .dom import (COMMA_RE, ancestors, wrap_phrasing_runs, element_children, has_ancestor, inner_text, is_element,
                  is_without_content, link_density, match_string, remove, text_len, STORY_HEAD_TAGS)

# Paragraphs shorter than this give no points (Readability.js: 25 characters).
MIN_PARAGRAPH_CHARS = 25
# Ancestors that receive a paragraph's points (Readability.js: 5 levels).
SCORE_ANCESTOR_DEPTH = 5
# Points per 100 characters of a paragraph, capped (Readability.js: at most 3).
LENGTH_POINTS_CAP = 3
# How many best candidates are compared (Readability.js DEFAULT_N_TOP_CANDIDATES).
N_TOP_CANDIDATES = 5
# Alternative candidates within this share of the top score vote for a common ancestor.
ALTERNATIVE_SCORE_SHARE = 0.75
MIN_ALTERNATIVES = 3
# Siblings join when their score reaches this share of the top score (or the floor).
SIBLING_SCORE_SHARE = 0.2
# Verdicts on class/id strings remembered: a page repeats a few hundred of them over
# thousands of elements. A pure memo: each verdict is a regex search of the text alone, the
# same whatever was asked before; typed, so a str subclass never shares a key with a str.
NAME_VERDICT_CACHE = 4096
# A run of at least this many same-shaped boxes holding prose (this long each) is one story
# in sections; the chosen container is looked for in such a run this many levels up.
MIN_SECTIONS = 3
SECTION_MIN_CHARS = 140
SECTION_SEARCH_DEPTH = 3
# (... unless they carry a story's own head, dom.STORY_HEAD_TAGS: then they are articles
# one after another, which segmentation may have left.)
# Quoted material: never the story's container by itself.
QUOTE_TAGS = frozenset({"blockquote", "q"})
SIBLING_SCORE_FLOOR = 10
# Stand-alone paragraphs join the story when longer than this and rarely linked.
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25
# A div holding one paragraph is that paragraph when its link density is below this.
SINGLE_P_MAX_LINK_DENSITY = 0.25
# Weight of a positive or negative class/id hint.
CLASS_WEIGHT = 25
# Initial scores by tag: containers gain, list items and headings lose.
TAG_SCORES = {"div": 5, "pre": 3, "td": 3, "blockquote": 3, "address": -3, "ol": -3, "ul": -3,
              "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3, "h1": -5, "h2": -5, "h3": -5,
              "h4": -5, "h5": -5, "h6": -5, "th": -5}
TAGS_TO_SCORE = frozenset({"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"})
# Children that make a div a container rather than a paragraph (Readability.js DIV_TO_P_ELEMS).
DIV_TO_P_ELEMS = frozenset({"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"})
# Sibling tags kept as they are when merged (Readability.js ALTER_TO_DIV_EXCEPTIONS).
KEEP_TAG_SIBLINGS = frozenset({"div", "article", "section", "p", "ol", "ul"})
EMPTY_REMOVABLE = frozenset({"div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"})
# Similarity above which an h1/h2 repeats the title (Readability.js: 0.75).
TITLE_HEADER_SIMILARITY = 0.75
BYLINE_MAX_CHARS = 100


class Flag(enum.Flag):
    STRIP_UNLIKELYS = enum.auto()
    WEIGHT_CLASSES = enum.auto()
    CLEAN_CONDITIONALLY = enum.auto()


ALL_FLAGS = Flag.STRIP_UNLIKELYS | Flag.WEIGHT_CLASSES | Flag.CLEAN_CONDITIONALLY


@dataclass
class Scores:
    """Content scores of candidate elements for one attempt."""

    flags: Flag
    values: dict = field(default_factory=dict)
    # Candidates whose score still awaits the link-density factor. Readability.js scales every
    # candidate at once; scaling on first read gives the same scores and spares the link
    # density of candidates that can no longer reach the top (it is O(size) each).
    unscaled: set = field(default_factory=set)

    def class_weight(self, el) -> int:
        if Flag.WEIGHT_CLASSES not in self.flags:
            return 0
        return _name_weight(el.get("class")) + _name_weight(el.get("id"))

    def initialize(self, el) -> float:
        if el not in self.values:
            self.values[el] = TAG_SCORES.get(el.tag, 0) + self.class_weight(el)
        return self.get(el)

    def get(self, el) -> float | None:
        """The final score: content points times (1 - link density) for candidates."""
        if el in self.unscaled:
            self.unscaled.discard(el)
            self.values[el] *= 1 - link_density(el)
        return self.values.get(el)

    def raw(self, el) -> float:
        return self.values[el]


@dataclass
class Grab:
    """One attempt's result: the article container and its scores."""

    content: etree._Element | None
    text_length: int
    scores: Scores


def text_similarity(a: str, b: str) -> float:
    tokens_a = set(t for t in re.split(r"\W+", a.lower()) if t)
    tokens_b = [t for t in re.split(r"\W+", b.lower()) if t]
    if not tokens_a or not tokens_b:
        return 0.0
    unique_b = [t for t in tokens_b if t not in tokens_a]
    return 1 - len(" ".join(unique_b)) / len(" ".join(tokens_b))


def _next_node(node, skip_children=False):
    if not skip_children:
        for child in node:
            if is_element(child):
                return child
    while node is not None:
        sibling = node.getnext()
        while sibling is not None and not is_element(sibling):
            sibling = sibling.getnext()
        if sibling is not None:
            return sibling
        node = node.getparent()
    return None


def _remove_and_next(node):
    nxt = _next_node(node, skip_children=True)
    remove(node)
    return nxt


@lru_cache(maxsize=NAME_VERDICT_CACHE, typed=True)
def _name_weight(value: str | None) -> int:
    """Readability.js's class weight of one class or id string."""
    if not value:
        return 0
    weight = 0
    if patterns.NEGATIVE_CLASS.search(value):
        weight -= CLASS_WEIGHT
    if patterns.POSITIVE_CLASS.search(value):
        weight += CLASS_WEIGHT
    return weight


@lru_cache(maxsize=NAME_VERDICT_CACHE, typed=True)
def _unlikely_name(names: str) -> bool:
    """Class and id read as page furniture ("sidebar", "comment"…) and not as content."""
    return bool(patterns.UNLIKELY_CANDIDATES.search(names)) and not patterns.OK_MAYBE_CANDIDATE.search(names)


@lru_cache(maxsize=NAME_VERDICT_CACHE, typed=True)
def _byline_name(names: str) -> bool:
    return bool(patterns.BYLINE_HINTS.search(names))


def _is_unlikely(node, flags: Flag) -> bool:
    if Flag.STRIP_UNLIKELYS not in flags or node.tag in ("body", "a"):
        return False
    if _unlikely_name(match_string(node)) and not has_ancestor(node, ("table", "code")):
        return True
    return (node.get("role") or "") in patterns.UNLIKELY_ROLES


def _is_byline(node) -> bool:
    if node.get("rel") == "author" or "author" in (node.get("itemprop") or "") \
            or _byline_name(match_string(node)):
        text = inner_text(node)
        return 0 < len(text) < BYLINE_MAX_CHARS
    return False


def _has_block_child(el) -> bool:
    for child in el.iter():
        if child is not el and child.tag in DIV_TO_P_ELEMS:
            return True
    return False


def _single_p_child(div) -> bool:
    children = element_children(div)
    if len(children) != 1 or children[0].tag != "p":
        return False
    if div.text and div.text.strip():
        return False
    return not (children[0].tail and children[0].tail.strip())


@dataclass
class _Walk:
    to_score: list
    byline: str | None


def _walk(body, flags: Flag, title: str | None) -> _Walk:
    to_score = []
    byline = None
    title_removed = not title
    node = body
    while node is not None:
        tag = node.tag
        if byline is None and tag not in ("body", "html") and _is_byline(node):
            byline = inner_text(node)
            node = _remove_and_next(node)
            continue
        if not title_removed and tag in ("h1", "h2") \
                and text_similarity(title, inner_text(node)) > TITLE_HEADER_SIMILARITY:
            title_removed = True
            node = _remove_and_next(node)
            continue
        if _is_unlikely(node, flags):
            node = _remove_and_next(node)
            continue
        if tag in EMPTY_REMOVABLE and is_without_content(node):
            node = _remove_and_next(node)
            continue
        if tag in TAGS_TO_SCORE:
            to_score.append(node)
        if tag == "div":
            node = _divs_to_paragraphs(node, to_score)
        node = _next_node(node)
    return _Walk(to_score=to_score, byline=byline)


def _divs_to_paragraphs(div, to_score):
    if _has_block_child(div):
        wrap_phrasing_runs(div)
    if _single_p_child(div) and link_density(div) < SINGLE_P_MAX_LINK_DENSITY:
        child = element_children(div)[0]
        child.tail = div.tail
        div.getparent().replace(div, child)
        to_score.append(child)
        return child
    if not _has_block_child(div):
        div.tag = "p"
        to_score.append(div)
    return div


def _score(to_score, scores: Scores) -> list:
    candidates = []
    for el in to_score:
        parent = el.getparent()
        if parent is None or parent.getparent() is None:
            continue
        text = inner_text(el)
        if len(text) < MIN_PARAGRAPH_CHARS:
            continue
        points = 1 + len(COMMA_RE.findall(text)) + 1 + min(len(text) // 100, LENGTH_POINTS_CAP)
        for level, ancestor in enumerate(ancestors(el, SCORE_ANCESTOR_DEPTH)):
            if ancestor.getparent() is None:
                break
            if ancestor not in scores.values:
                scores.initialize(ancestor)
                candidates.append(ancestor)
            divider = 1 if level == 0 else 2 if level == 1 else level * 3
            scores.values[ancestor] += points / divider
    return candidates


def _top_candidates(candidates, scores: Scores) -> list:
    """The N best final scores. Scaling by (1 - link density) never raises a positive score,
    so candidates are scaled in order of raw score until no raw score can beat the N-th."""
    scores.unscaled.update(candidates)
    order = {el: position for position, el in enumerate(candidates)}
    best: list = []
    for el in sorted(candidates, key=scores.raw, reverse=True):
        raw = scores.raw(el)
        if len(best) == N_TOP_CANDIDATES:
            floor = scores.get(best[-1])
            if (raw <= floor) if raw > 0 else (floor > 0):
                break
        scores.get(el)
        best.append(el)
        # Stable like Readability.js's insertion: ties keep document order.
        best.sort(key=lambda c: (-scores.get(c), order[c]))
        del best[N_TOP_CANDIDATES:]
    return best


def _promote_common_ancestor(top, others, scores: Scores):
    top_score = scores.get(top)
    alternatives = [set(ancestors(el, 10_000)) for el in others
                    if top_score and scores.get(el) / top_score >= ALTERNATIVE_SCORE_SHARE]
    if len(alternatives) < MIN_ALTERNATIVES:
        return top
    parent = top.getparent()
    while parent is not None and parent.tag != "body":
        if sum(parent in chain for chain in alternatives) >= MIN_ALTERNATIVES:
            return parent
        parent = parent.getparent()
    return top


def _out_of_quotes(top, scores: Scores):
    """A quotation is never the story, only part of it: a long quoted passage can outscore a
    body that the page splits into several boxes (between ads, galleries, signup forms), so
    the candidate becomes the quote's container (whose same-shaped siblings then join)."""
    while top.tag in QUOTE_TAGS and top.getparent() is not None and top.getparent().tag != "body":
        top = top.getparent()
        scores.initialize(top)
    return top


def _whole_sections(top, scores: Scores):
    """The container chosen may be one of several same-shaped sections that each hold prose
    (an FAQ's question boxes, a long read's <section>s): the story is all of them. Other
    stories' cards were removed by segmentation before scoring, so such a run left in the
    page is the story's own."""
    node = top
    for _ in range(SECTION_SEARCH_DEPTH):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return top
        shape = (node.tag, node.get("class"))
        sections = [c for c in parent if is_element(c) and (c.tag, c.get("class")) == shape]
        if len(sections) >= MIN_SECTIONS and sum(text_len(c) >= SECTION_MIN_CHARS for c in sections) >= MIN_SECTIONS \
                and not any(True for c in sections for _ in c.iter(*STORY_HEAD_TAGS)):
            scores.initialize(parent)
            return parent
        node = parent
    return top


def _climb(top, scores: Scores):
    """A parent that scores higher than the candidate holds more of the story."""
    last = scores.initialize(top)
    threshold = last / 3
    parent = top.getparent()
    while parent is not None and parent.tag != "body":
        score = scores.get(parent)
        if score is None:
            parent = parent.getparent()
            continue
        if score < threshold:
            break
        if score > last:
            top = parent
            break
        last = score
        parent = parent.getparent()
    parent = top.getparent()
    while parent is not None and parent.tag != "body" and len(element_children(parent)) == 1:
        top = parent
        parent = top.getparent()
    scores.initialize(top)
    return top


def _sibling_joins(sibling, top, scores: Scores, threshold: float) -> bool:
    bonus = 0.0
    if sibling.get("class") and sibling.get("class") == top.get("class"):
        bonus = scores.get(top) * SIBLING_SCORE_SHARE
    score = scores.get(sibling)
    if score is not None and score + bonus >= threshold:
        return True
    if sibling.tag != "p":
        return False
    text = inner_text(sibling)
    density = link_density(sibling, len(text))
    if len(text) > SIBLING_PARAGRAPH_CHARS:
        return density < SIBLING_PARAGRAPH_MAX_LINK_DENSITY
    return 0 < len(text) and density == 0 and bool(patterns.SENTENCE_END.search(text))


def _merge_siblings(top, scores: Scores, keep_sibling) -> etree._Element:
    article = etree.Element("div")
    parent = top.getparent()
    threshold = max(SIBLING_SCORE_FLOOR, scores.get(top) * SIBLING_SCORE_SHARE)
    for sibling in element_children(parent):
        if sibling is not top and not (keep_sibling(sibling) and _sibling_joins(sibling, top, scores, threshold)):
            continue
        if sibling.tag not in KEEP_TAG_SIBLINGS:
            sibling.tag = "div"
        sibling.tail = None
        article.append(sibling)
    return article


def grab(body, flags: Flag, title: str | None, keep_sibling=lambda el: True) -> Grab:
    """One extraction attempt on ``body`` (mutated: the caller passes a copy)."""
    scores = Scores(flags)
    walk = _walk(body, flags, title)
    candidates = _score(walk.to_score, scores)
    top = _top_candidates(candidates, scores)
    if not top or top[0].tag == "body":
        # No container stands out: the whole body is the story (its loose text included).
        article = etree.Element("div")
        article.text, body.text = body.text, None
        for child in element_children(body):
            article.append(child)
        content = article
        scores.initialize(article)
    else:
        chosen = _climb(_out_of_quotes(_promote_common_ancestor(top[0], top[1:], scores), scores), scores)
        chosen = _whole_sections(chosen, scores)
        content = _merge_siblings(chosen, scores, keep_sibling)
    return Grab(content=content, text_length=len(inner_text(content)),
                scores=scores)
