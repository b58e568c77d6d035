"""Choose and clean the main story's content.

Stages of ``extract_content``:
1. prepare: drop what is never content (scripts, hidden nodes, form controls), embeds to links;
2. segment: split the page into story units, keep the main one, set the others aside;
3. grab: score candidates and take the story container, retrying with fewer flags;
4. cleanup: conditional cleaning of the container (Readability.js rules);
5. boilerplate: widgets inside the story (hashtags, promos, share, comments, newsletter).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from lxml import etree

from ..article import RelatedLink, RemovedBlock
from .boilerplate import strip_boilerplate
from .cleanup import prep_article
from .dom import inner_text
from .prepare import prepare
from .score import ALL_FLAGS, Flag, grab
from .segment import self_references, separate

# A result shorter than this (characters) makes the grab retry with fewer flags
# (Readability.js DEFAULT_CHAR_THRESHOLD).
CHAR_THRESHOLD = 500
# Flags dropped one at a time, in Readability.js's order.
RETRY_ORDER = (Flag.STRIP_UNLIKELYS, Flag.WEIGHT_CLASSES, Flag.CLEAN_CONDITIONALLY)


@dataclass
class Extraction:
    """The chosen story fragment and what was set aside on the way."""

    node: etree._Element | None
    related: list[RelatedLink] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)
    # The kept story's headline and byline as segmentation saw them (None: not found).
    headline: str | None = None
    story_byline: str | None = None
    main_heading: str | None = None
    # How sure the choice was (read by ``second_opinion``): grabs it took (more than one:
    # the story was short with every flag on), and the page as the grab saw it, after
    # segmentation set the other stories aside.
    attempts: int = 1
    remaining: etree._Element | None = None


def _body_of(tree):
    body = tree.find("body")
    if body is None:
        body = etree.Element("body")
        for child in list(tree):
            if child.tag != "head":
                body.append(child)
    return body


@dataclass(frozen=True)
class Grabbed:
    """The grab's container (None: nothing found) and how many grabs it took."""

    content: etree._Element | None
    attempts: int


def _grab_with_retries(body, title) -> Grabbed:
    flags = ALL_FLAGS
    attempts = []
    for dropped in (None,) + RETRY_ORDER:
        if dropped is not None:
            flags = flags & ~dropped
        attempt_body = copy.deepcopy(body)
        result = grab(attempt_body, flags, title)
        prep_article(result.content, result.scores)
        length = len(inner_text(result.content))
        attempts.append((length, result))
        if length >= CHAR_THRESHOLD:
            return Grabbed(result.content, len(attempts))
    length, best = max(attempts, key=lambda pair: pair[0])
    return Grabbed(best.content if length else None, len(attempts))


def extract_content(tree, metadata, url=None) -> Extraction:
    body = _body_of(copy.deepcopy(tree))
    marks = self_references(body, url)
    prepare(body)
    separation = separate(body, metadata, url, marks)
    grabbed = _grab_with_retries(body, metadata.title)
    node = grabbed.content
    widgets = strip_boilerplate(node, metadata.byline) if node is not None else []
    return Extraction(node=node, related=separation.related, removed=separation.removed + widgets,
                      headline=separation.headline, story_byline=separation.byline,
                      main_heading=separation.main_heading, attempts=grabbed.attempts,
                      remaining=body)
