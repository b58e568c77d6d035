"""DOM helpers over lxml used by every extraction stage."""
from __future__ import annotations

import re

from lxml import etree

from .text import normalize_space, text_of

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    "tbody", "thead", "tfoot", "tr", "td", "th", "select", "textarea", "canvas", "video",
})
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# What only a story's own head holds: the page's top headline, a dateline. A box holding
# one is a story's header or a whole article, never a widget or one section of a story.
STORY_HEAD_TAGS = ("h1", "time")
PHRASING_TAGS = frozenset({
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em",
    "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object",
    "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
    "sub", "sup", "textarea", "time", "var", "wbr", "a", "del", "ins", "u", "s", "font", "tt",
    "big", "strike", "picture", "source",
})
COMMA_RE = re.compile("[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]")


def is_element(node) -> bool:
    return isinstance(node.tag, str)


def drop_tag(el) -> None:
    """Remove the element but keep its text and children in place (lxml.html ``drop_tag``)."""
    parent = el.getparent()
    if parent is None:
        return
    previous = el.getprevious()
    if el.text:
        if previous is not None:
            previous.tail = (previous.tail or "") + el.text
        else:
            parent.text = (parent.text or "") + el.text
    if el.tail:
        if len(el):
            last = el[-1]
            last.tail = (last.tail or "") + el.tail
        elif previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    # Each child moves in front of the element, then the element goes: constant work per
    # node, where ``parent.index(el)`` and a slice assignment walked the siblings each time
    # (a code listing of 20,000 <span> tokens took minutes).
    for child in list(el):
        el.addprevious(child)
    parent.remove(el)


def drop_tags(elements) -> None:
    """``drop_tag`` for many elements at once (given in document order), in time linear in
    the nodes touched: dropping them one by one appends each one's text to the same growing
    string of its parent (a code listing of 20,000 <span> tokens copied it 20,000 times)."""
    dropped = set(elements)
    keepers: dict = {}  # dropped element -> the nearest ancestor that stays
    for el in elements:
        parent = el.getparent()
        if parent is not None:
            keepers[el] = keepers.get(parent, parent) if parent in dropped else parent
    for parent in dict.fromkeys(keepers[el] for el in elements if el in keepers):
        _flatten_into(parent, dropped)


def _lifted(parent, dropped: set) -> list:
    """The content of ``parent`` as strings and kept nodes, in order, with every dropped
    element replaced by its own content (an explicit stack: nesting can be deep)."""
    items = [parent.text] if parent.text else []
    stack = [iter(parent)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, str):  # a dropped element's tail, after its content
            items.append(child)
        elif child in dropped:
            if child.text:
                items.append(child.text)
            stack.append(_then_tail(child))
        else:
            items.append(child)
            if child.tail:
                items.append(child.tail)
    return items


def _then_tail(el):
    """The children of ``el``, then its tail (as a string item)."""
    yield from el
    if el.tail:
        yield el.tail


def _flatten_into(parent, dropped: set) -> None:
    text: list[str] = []
    kept: list = []
    tails: list[list[str]] = []
    for item in _lifted(parent, dropped):
        if isinstance(item, str):
            (tails[-1] if kept else text).append(item)
        else:
            kept.append(item)
            tails.append([])
    for child in list(parent):
        parent.remove(child)
    parent.text = "".join(text) or None
    for node, tail in zip(kept, tails):
        parent.append(node)
        node.tail = "".join(tail) or None


def inner_text(el) -> str:
    return normalize_space(text_of(el))


def short_text(el, limit: int) -> str | None:
    """Normalized text of an element, or None as soon as it is known to exceed ``limit``
    (stops early: widget checks look at every element and most are long)."""
    total = 0
    pieces = []
    for piece in el.itertext():
        total += len(piece.strip())
        if total > limit:
            return None
        pieces.append(piece)
    # Element edges separate words ("<p>Our app</p><p>Alerts…" is "Our app Alerts…"), as
    # they do on screen between blocks; a word split across inline tags may gain a space,
    # which widget vocabularies do not mind.
    text = normalize_space(" ".join(pieces))
    return text if len(text) <= limit else None


def text_len(el) -> int:
    return len(inner_text(el))


def link_density(el, text_length: int | None = None) -> float:
    """Share of an element's text that sits inside links; in-page anchors count 30%.

    Readability.js weights ``#fragment`` links at 0.3: a table of contents is still content.
    """
    total = text_length if text_length is not None else text_len(el)
    if not total:
        return 0.0
    linked = 0.0
    for a in el.iter("a"):
        href = a.get("href") or ""
        coefficient = 0.3 if href.startswith("#") else 1.0
        linked += len(inner_text(a)) * coefficient
    return linked / total


def match_string(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def remove(el) -> None:
    """Remove an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def has_ancestor(el, tags, max_depth: int = 0) -> bool:
    depth = 0
    parent = el.getparent()
    while parent is not None:
        if max_depth and depth >= max_depth:
            return False
        if parent.tag in tags:
            return True
        parent = parent.getparent()
        depth += 1
    return False


def ancestors(el, max_depth: int):
    out = []
    parent = el.getparent()
    while parent is not None and len(out) < max_depth:
        out.append(parent)
        parent = parent.getparent()
    return out


def has_block_child(el) -> bool:
    return any(is_element(child) and (child.tag in BLOCK_TAGS or has_block_child(child))
               for child in el)


def is_phrasing(node) -> bool:
    if not is_element(node):
        return True
    if node.tag in PHRASING_TAGS:
        return True
    return node.tag in ("a", "del", "ins") and all(is_phrasing(c) for c in node)


def element_children(el):
    return [c for c in el if is_element(c)]


def is_without_content(el) -> bool:
    """No text and nothing but line breaks and rules (Readability.js ``_isElementWithoutContent``)."""
    if any(piece.strip() for piece in el.itertext()):
        return False
    children = element_children(el)
    return not children or all(c.tag in ("br", "hr") for c in children)


def wrap_phrasing_runs(div) -> None:
    """Group loose text and inline children of a mixed div into paragraphs."""
    run = None
    if div.text and div.text.strip():
        run = etree.Element("p")
        run.text = div.text
        div.insert(0, run)
        div.text = None
    for child in list(div):
        if child is run:
            continue
        if is_phrasing(child):
            if run is None:
                run = etree.Element("p")
                child.addprevious(run)
            run.append(child)
        else:
            run = None
            if child.tail and child.tail.strip():
                run = etree.Element("p")
                run.text = child.tail
                child.tail = None
                child.addnext(run)
