"""Prepare the document before any scoring: drop what is never content.

Stages (Readability.js ``_prepDocument`` plus clearpage's own):
1. ``drop_non_content``: scripts, styles, templates, form controls, hidden nodes;
2. ``embeds_to_links``: video players become plain links to the video;
3. ``replace_brs``: runs of ``<br>`` become paragraph boundaries;
4. ``font_to_span``: presentational ``<font>`` is only a span.
"""
from __future__ import annotations

import re

from lxml import etree

from . import patterns
from .dom import PHRASING_TAGS, STORY_HEAD_TAGS, is_element, remove
from .text import normalize_space, text_of

# Elements that never hold reading content in a reader view.
NON_CONTENT_TAGS = ("script", "style", "template", "link", "meta", "noscript", "head",
                    "input", "select", "textarea", "button", "option", "dialog", "frameset",
                    "frame", "canvas", "map", "param")
HIDDEN_STYLE_RE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
EMBED_TAGS = ("iframe", "embed", "object", "video")
# Containers judged as a call-to-action box around a button, and their longest text.
CTA_BOX_TAGS = ("div", "section", "aside", "form", "p", "li", "body")
CTA_BOX_MAX_CHARS = 200
# A box around an e-mail field is a signup form for sure: its title, pitch and legal line
# together run longer (as boilerplate.PITCH_MAX_CHARS for subscription pitches).
SIGNUP_BOX_MAX_CHARS = 400
# Inputs that make a box a signup form.
CTA_INPUT_TYPES = frozenset({"email", "submit"})


# Elements that may be hidden (``is_hidden`` decides), found by libxml2 in one pass instead of
# a Python check of every element.
HIDING_CANDIDATES = etree.XPath("descendant-or-self::*[@style or @hidden or @aria-hidden]")


def is_hidden(el) -> bool:
    """Readability.js ``_isProbablyVisible`` inverted: hidden by style, attribute or ARIA."""
    style = el.get("style")
    if style and HIDDEN_STYLE_RE.search(style):
        return True
    if el.get("hidden") is not None:
        return True
    return el.get("aria-hidden") == "true" and "fallback-image" not in (el.get("class") or "")


def drop_call_to_action_boxes(body) -> None:
    """A short box holding a button or an e-mail field is a call to action (app promo,
    "try it free", newsletter signup, comment prompt): story text never comes with buttons.
    The box is the largest ancestor that stays short."""
    for control in list(body.iter("button", "input")):
        if control.tag == "input" and (control.get("type") or "").lower() not in CTA_INPUT_TYPES:
            continue
        box = None
        limit = SIGNUP_BOX_MAX_CHARS if (control.get("type") or "").lower() == "email" else CTA_BOX_MAX_CHARS
        for ancestor in control.iterancestors(*CTA_BOX_TAGS):
            if ancestor.tag == "body" or len(normalize_space(text_of(ancestor))) > limit \
                    or any(True for _ in ancestor.iter(*STORY_HEAD_TAGS)):  # the header, buttons or not
                break
            box = ancestor
        if box is not None and box.getparent() is not None:
            remove(box)


def drop_non_content(body) -> None:
    drop_call_to_action_boxes(body)
    for el in list(body.iter(*NON_CONTENT_TAGS)):
        if el.getparent() is not None:
            remove(el)
    for el in HIDING_CANDIDATES(body):
        if el.getparent() is not None and is_hidden(el):
            remove(el)


def embeds_to_links(body) -> None:
    """A reader view runs no players: keep a link to each known video instead."""
    for el in list(body.iter(*EMBED_TAGS)):
        if el.getparent() is None:
            continue
        src = el.get("src") or el.get("data") or ""
        if not src:
            source = el.find(".//source")
            src = source.get("src", "") if source is not None else ""
        if src.startswith(("http://", "https://")) and (el.tag == "video" or patterns.VIDEO_HOSTS.search(src)):
            link = etree.Element("a", href=src)
            link.text = "Video: " + src
            para = etree.Element("p")
            para.append(link)
            para.tail = el.tail
            el.getparent().replace(el, para)
        else:
            remove(el)


def _is_blank(text: str | None) -> bool:
    return not text or not text.strip()


def replace_brs(body) -> None:
    """``a<br><br>b`` becomes ``a<p>b</p>`` (Readability.js ``_replaceBrs``)."""
    for br in list(body.iter("br")):
        parent = br.getparent()
        if parent is None:
            continue
        chained = False
        nxt = br.getnext()
        while nxt is not None and nxt.tag == "br" and _is_blank(br.tail):
            chained = True
            br.tail = nxt.tail
            parent.remove(nxt)
            nxt = br.getnext()
        if not chained:
            continue
        para = etree.Element("p")
        para.text = br.tail
        sibling = br.getnext()
        while sibling is not None:
            if sibling.tag == "br":
                after = sibling.getnext()
                if after is not None and after.tag == "br" and _is_blank(sibling.tail):
                    break
            if is_element(sibling) and sibling.tag not in PHRASING_TAGS:
                break
            following = sibling.getnext()
            para.append(sibling)
            sibling = following
        while len(para) and para[-1].tag == "br" and _is_blank(para[-1].tail):
            para.remove(para[-1])
        para.tail = None
        parent.replace(br, para)
        if parent.tag == "p":
            parent.tag = "div"


def font_to_span(body) -> None:
    for el in body.iter("font"):
        el.tag = "span"


def prepare(body) -> None:
    drop_non_content(body)
    embeds_to_links(body)
    replace_brs(body)
    font_to_span(body)
