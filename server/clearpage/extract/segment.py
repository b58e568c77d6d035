"""Split the page into story units and keep the main one.

News pages bundle other stories with the main one: related cards with full text,
infinite-scroll follow-ups, teasers placed before the story. Scoring alone likes long
text, so it merges them or picks the wrong one. This stage decides by structure:

1. ``collect_blocks``: the page as a sequence of text blocks in reading order;
2. ``find_starts``: blocks that open a story (a headline with a dateline, byline or
   link elsewhere; the first block of repeated card-shaped siblings; a new ``<article>``)
   and blocks that open a related section (a "Related" / "More from" label);
3. ``split_segments``: the sequence cut at those starts;
4. ``choose_main``: the segment that matches the page's identity (``<title>``,
   ``og:title``, JSON-LD headline and body, canonical URL), else the first substantial one;
5. ``drop_foreign``: every other story and every related section after the main one is
   removed from the tree, its headline and link kept as ``related``.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlsplit

from lxml import etree

from ..article import RelatedLink, RemovedBlock
from . import patterns
from .boilerplate import vocabulary_reason
from .dom import HEADING_TAGS, is_element, remove
from .identity import IDENTITY_MIN_SHARE, identity_share, url_slug, words_of
from .text import CJK_CHAR_RE, normalize_space, text_of, word_count
from .urls import join_url

BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "td", "th",
    "figcaption", "caption", "div", "section", "article", "header", "footer", "main", "aside",
    "nav", "ul", "ol", "dl", "table", "tr", "tbody", "thead", "figure", "form", "address",
    "details", "summary", "body",
})
# Cells, items and captions are parts of a table, list or figure: never a story's headline.
ITEM_TAGS = frozenset({"li", "td", "th", "dt", "dd", "caption", "figcaption", "summary", "tr"})
# Optional parts of a card that do not change its shape.
MEDIA_TAGS = frozenset({"img", "picture", "figure", "svg", "video"})
# Captions: their credit lines are not datelines.
CAPTION_TAGS = frozenset({"figcaption", "caption"})
# Repeated rows of a table are data, not cards.
TABLE_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr"})
LIST_TAGS = frozenset({"ol", "ul"})
# A plain line promoted to a card title has at least this many words and does not end
# like a sentence.
PLAIN_TITLE_MIN_WORDS = 3
# Blocks after a plain title's dateline within which its prose must start.
PLAIN_TITLE_PROSE_WINDOW = 2
SENTENCE_PUNCTUATION = frozenset(".!?…:;,。！？")
# A line ending in a separator ("Reuters |", "Globe Daily ·") is a label waiting for its
# value (a time, a name), never a title.
LABEL_SEPARATORS = frozenset("|·•—–-/")
# Closing quotes and brackets that may follow a sentence's last punctuation.
CLOSING_MARKS = "\"'”’»)]」』）"
# Inline wrappers that make a whole paragraph read as a headline when they hold all its text.
HEADLINE_WRAPPERS = ("b", "strong", "a")
# A headline is a label, not a paragraph: at most this many characters.
HEADLINE_MAX_CHARS = 200
HEADLINE_MIN_WORDS = 2
# A dateline / byline / source line is short.
META_MAX_CHARS = 80
# A short label repeated this many times on a page is a source name on cards ("Korea Herald").
SOURCE_LABEL_MIN_REPEATS = 2
SOURCE_LABEL_MAX_CHARS = 40
LABEL_EDGE_RE = re.compile(r"^\W+|\W+$")
# Elements (or JSON-LD scripts) whose attributes mention the page URL's path; libxml2 filters,
# Python then compares whole URLs.
SELF_URL_CANDIDATES = etree.XPath(
    "descendant-or-self::*[@*[contains(., $path)]] | "
    "descendant::script[@type='application/ld+json'][contains(., $path)]")
SELF_URL_MAX_CHARS = 2048
# A teaser box (linked heading + summary) holds at most this much text.
TEASER_BOX_MAX_CHARS = 600
# Among same-shaped sections, those whose heading links away are appended stories only
# while they are at most this share (a story's own sections link nowhere).
FOREIGN_SECTION_MAX_SHARE = 1 / 3
# ... or, with its own dateline, a card with a full excerpt (about three paragraphs).
DATED_TEASER_MAX_CHARS = 2000
# A teaser box sits among the story's paragraphs: at least this many beside it.
TEASER_PROSE_NEIGHBOURS = 2
# A headline owns the dateline below it only when it is a real title, not a short label.
OWNER_HEADLINE_MIN_WORDS = 4
# A headline "links elsewhere" when the link holds most of its text (not an "[edit]" link).
HEADLINE_LINK_MIN_SHARE = 0.6
# A dateline belongs to a headline when both sit in one box: a common ancestor at most
# this many levels up (a card's meta row is usually one or two levels below the card).
META_BOX_DEPTH = 3
# How many blocks around a headline are searched for its dateline.
META_WINDOW_BEFORE = 3
META_WINDOW_AFTER = 3
# Prose the main story must have before a follow-up story can start (a full article
# body, not a dek and byline): 1000 characters is about three paragraphs.
MAIN_BODY_BEFORE_FOLLOWUP = 1000
# An end-of-story widget (patterns.END_OF_STORY) is at most this long.
END_MARKER_MAX_CHARS = 200
# Above the main headline, in its own container, a dek or caption stays; more prose than
# this is other stories placed first.
PROSE_ABOVE_MAX_CHARS = 600
# A bare headline in the main one's tag starts the next article only after this much of the
# main story (a few paragraphs; a section heading comes sooner).
PEER_MAIN_MIN_PROSE = 400
# Prose (characters in sentence-like blocks) a story needs after its headline.
STORY_BODY_MIN_CHARS = 200
PROSE_MIN_CHARS = 60
# Share of a segment's word 5-grams found in JSON-LD articleBody that identifies it.
ARTICLE_BODY_MIN_SHARE = 0.3
SHINGLE = 5
# Without identity, the first segment with this share of the longest one is the main story.
MAIN_PROSE_SHARE = 0.5
# Without identity, a story whose headline stays on the page is preferred over longer ones
# whose headline links away, once its body is an article's (section fronts hold unlinked
# labels over 200-character blurbs; the article bodies of the test pages start near 1,000).
OWN_HEADLINE_MIN_PROSE = 1000
# Repeated siblings ("cards") need this many text blocks each.
CARD_MIN_BLOCKS = 2
CARD_META_WINDOW = 4
# A card without a headline needs a dated first line (captions have none) and a body of at
# least one prose paragraph (a one-sentence comment counts).
HEADLESS_CARD_MIN_PROSE = 60


@dataclass
class Block:
    el: object
    index: int
    text: str
    heading: bool = False
    meta: bool = False
    link: str | None = None
    weight: int | None = None


@dataclass
class Segment:
    start: int
    end: int
    kind: str  # "preamble", "story", "teaser", "related-section" or "gap"
    headline: Block | None = None
    prose: int = 0
    identity: float = 0.0


@dataclass
class Separation:
    related: list[RelatedLink] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)
    # The kept story's own headline and byline line, when segmentation found them: on an
    # infinite-scroll page they can differ from the page's <title> (the first story's).
    headline: str | None = None
    byline: str | None = None
    # The kept story's own heading, whenever it has one (for pages whose title is only the
    # site's name).
    main_heading: str | None = None


def _normal_url(url: str | None) -> str | None:
    """A URL for comparison: no fragment, no trailing slash, scheme and host lower-cased."""
    if not url:
        return None
    try:
        parts = urlsplit(urldefrag(url.strip())[0])
    except ValueError:
        return None
    if not parts.netloc:
        return None
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}" + \
        (f"?{parts.query}" if parts.query else "")


def _jsonld_urls(text: str) -> list[str]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return []
    found, stack = [], [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key in ("url", "mainEntityOfPage", "@id"):
                value = item.get(key)
                if isinstance(value, str):
                    found.append(value)
                elif isinstance(value, dict):
                    stack.append(value)
            stack.extend(v for k, v in item.items() if k == "@graph")
    return found


def self_references(body, page_url: str | None) -> list:
    """Elements of the body that name the page's own URL: an article's ``data-url`` or
    permalink, a headline linking to itself, an in-article JSON-LD ``url`` (its parent is
    kept, since scripts are dropped later). Found before preparation, used to tell which
    story the reader is on when an infinite-scroll page holds several."""
    target = _normal_url(page_url)
    if target is None:
        return []
    path = urlsplit(target).path or "/"
    found = []
    for el in SELF_URL_CANDIDATES(body, path=path):
        if el.tag == "script":
            if any(_normal_url(join_url(page_url, u)) == target for u in _jsonld_urls(el.text or "")):
                found.append(el.getparent())
        elif any(_normal_url(join_url(page_url, v)) == target for v in el.attrib.values()
                 if path in v and len(v) < SELF_URL_MAX_CHARS):
            found.append(el)
    return [el for el in found if el is not None]


def _is_headline(el, text: str) -> bool:
    if el.tag in HEADING_TAGS[:4]:
        return True
    if el.tag in ITEM_TAGS:
        return False
    if len(text) > HEADLINE_MAX_CHARS or word_count(text) < HEADLINE_MIN_WORDS:
        return False
    loose = (el.text or "") + "".join((c.tail or "") for c in el if is_element(c))
    wrapped = [c for c in el if is_element(c) and c.tag in HEADLINE_WRAPPERS]
    return not loose.strip() and len(wrapped) == 1 and normalize_space(text_of(wrapped[0])) == text


def _headline_link(el, text: str) -> str | None:
    # A headline that is a direct child link of its block ("<div><a>Title</a><div>body…")
    own = next((c for c in el if is_element(c) and c.tag == "a" and c.get("href")
                and normalize_space(text_of(c)) == text), None)
    if own is not None:
        href = own.get("href")
        return href if href.startswith(("http://", "https://", "/")) else None
    links = [a for a in el.iter("a") if a.get("href")]
    if links and len(normalize_space(text_of(links[0]))) < HEADLINE_LINK_MIN_SHARE * len(text):
        return None
    if el.tag != "a" and len(links) != 1:
        parent = el.getparent()
        if parent is not None and parent.tag == "a" and parent.get("href"):
            return parent.get("href")
        return None
    href = (el.get("href") if el.tag == "a" else links[0].get("href")) or ""
    return href if href.startswith(("http://", "https://", "/")) else None


@dataclass
class _Reading:
    """A block element being read by ``_layout``'s walk."""

    el: object
    parts: list
    leads: bool | None = None  # own text before its first block child? (None: none seen yet)
    between: bool = False  # own text between two block children (a card's title line)
    mark: int | None = None  # len(parts) when the last block child ended


@dataclass
class Layout:
    """The page as blocks in reading order, and the block span of every element."""

    blocks: list[Block]
    spans: dict


@dataclass
class _Siblings:
    """What the children of each parent look like, summed once per parent and page: the box
    checks ask it for every headline, and counting the siblings anew each time was quadratic
    on a page of thousands of cards or articles. Lives for one ``find_starts`` call."""

    blocks: list[Block]
    spans: dict
    signatures: dict = field(default_factory=dict)  # parent -> Counter of _signature
    prose_boxes: dict = field(default_factory=dict)  # parent -> one-block prose <p>/<div> children
    sections: dict = field(default_factory=dict)  # parent -> (tag, class) -> [linked, unlinked]
    shapes: dict = field(default_factory=dict)  # parent -> Counter of (tag, class)

    def signature_count(self, parent, shape: tuple) -> int:
        if parent not in self.signatures:
            self.signatures[parent] = Counter(_signature(c) for c in parent if is_element(c))
        return self.signatures[parent][shape]

    def is_prose_box(self, el) -> bool:
        span = self.spans.get(el)
        return el.tag in ("p", "div") and span is not None and span[0] == span[1] \
            and _is_prose(self.blocks[span[0]])

    def prose_box_count(self, parent) -> int:
        if parent not in self.prose_boxes:
            self.prose_boxes[parent] = sum(1 for c in parent if is_element(c) and self.is_prose_box(c))
        return self.prose_boxes[parent]

    def section_links(self, parent, shape: tuple) -> list[int]:
        """[linked, unlinked]: children of that (tag, class) whose first heading is in or
        around a link, and those whose first heading is not."""
        if parent not in self.sections:
            counts: dict = {}
            for child in parent:
                if not is_element(child):
                    continue
                heading = next(child.iter(*HEADING_TAGS), None)
                if heading is not None:
                    pair = counts.setdefault((child.tag, child.get("class")), [0, 0])
                    pair[0 if _in_or_around_link(heading) else 1] += 1
            self.sections[parent] = counts
        return self.sections[parent].get(shape, [0, 0])

    def shape_count(self, parent, shape: tuple) -> int:
        if parent not in self.shapes:
            self.shapes[parent] = Counter((c.tag, c.get("class")) for c in parent if is_element(c))
        return self.shapes[parent][shape]


def _block_child_starts(reading: _Reading) -> None:
    if reading.leads is None:
        reading.leads = bool("".join(reading.parts).strip())
    elif reading.mark is not None and "".join(reading.parts[reading.mark:]).strip():
        reading.between = True


def _layout(body) -> Layout:
    """One walk of the tree: each block's own text (text not inside a nested block; element
    edges separate words, as CSS does for "<span>Agence</span><span>há 6 min</span>"), and
    its place in reading order: where it starts, or after its children when all its text
    follows the last of them (a card's trailing "Continue reading" link)."""
    found: list[tuple[int, object, str]] = []
    marks: dict = {}
    stack: list[_Reading] = []
    for tick, (event, el) in enumerate(etree.iterwalk(body, events=("start", "end"))):
        block = el.tag in BLOCK_TAGS
        if event == "start":
            marks[el] = [tick, tick]
            if block:
                if stack:
                    _block_child_starts(stack[-1])
                stack.append(_Reading(el, [el.text or ""]))
            elif stack:
                stack[-1].parts.extend((" ", el.text or ""))
            continue
        marks[el][1] = tick
        if block:
            reading = stack.pop()
            text = normalize_space("".join(reading.parts))
            if text:
                trailing = reading.leads is False and not reading.between
                found.append((tick if trailing else marks[el][0], el, text))
            if stack:
                stack[-1].mark = len(stack[-1].parts)
        elif stack:
            stack[-1].parts.append(" ")
        if stack and el.tail:
            stack[-1].parts.append(el.tail)
    found.sort(key=lambda item: item[0])
    blocks = [_new_block(index, el, text) for index, (_, el, text) in enumerate(found)]
    return Layout(blocks=blocks, spans=_spans_from(marks, [key for key, _, _ in found]))


def _spans_from(marks: dict, keys: list[int]) -> dict:
    """Element -> (first, last) block index inside it, from the walk's start/end ticks."""
    spans = {}
    for el, (start, end) in marks.items():
        first = bisect_left(keys, start)
        last = bisect_right(keys, end) - 1
        if first <= last:
            spans[el] = (first, last)
    return spans


def collect_blocks(body) -> list[Block]:
    """Text blocks in reading order (see ``_layout``)."""
    return _finish(_layout(body)).blocks


def _finish(layout: Layout) -> Layout:
    _mark_meta(layout.blocks)
    _promote_plain_titles(layout.blocks)
    return layout


def _new_block(index: int, el, text: str) -> Block:
    heading = _is_headline(el, text)
    return Block(el=el, index=index, text=text, heading=heading,
                 link=_headline_link(el, text) if heading else None)


def _ends_like_sentence(text: str) -> bool:
    """Ends on sentence punctuation, also inside closing quotes or brackets ('…paid for.”')."""
    stripped = text.rstrip(CLOSING_MARKS)
    return not stripped or stripped[-1] in SENTENCE_PUNCTUATION or "," in text[-3:]


def _promote_plain_titles(blocks: list[Block]) -> None:
    """Cards built from plain divs: a short unpunctuated line right under a dateline and
    right above prose, or right above a dateline and prose, is a title, whatever its markup."""
    for block in blocks[1:-1]:
        if block.heading or block.meta or block.el.tag in ITEM_TAGS:
            continue
        if len(block.text) > HEADLINE_MAX_CHARS or _ends_like_sentence(block.text) \
                or block.text[-1] in LABEL_SEPARATORS \
                or word_count(block.text) < PLAIN_TITLE_MIN_WORDS:
            continue
        above, below = blocks[block.index - 1], blocks[block.index + 1]
        dated_above = above.meta or _is_label(above) and blocks[max(0, block.index - 2)].meta
        # "Title / By Name · 2 hours ago / prose": a dateline under the line also makes it a title
        # (a photo caption may sit between that dateline and the prose)
        dated_below = below.meta and any(_is_prose(b) for b in blocks[block.index + 2:block.index + 2 + PLAIN_TITLE_PROSE_WINDOW])
        if (dated_above and _is_prose(below)) or dated_below:
            block.heading = True


def _identity_strings(metadata, page_url: str | None) -> tuple[str, ...]:
    """What names the page's story: its headlines (JSON-LD, OpenGraph, <title>) and the slugs
    of the URL the reader is on and of the canonical URL."""
    slugs = (url_slug(page_url), url_slug(metadata.canonical_url))
    return tuple(metadata.headlines) + tuple(dict.fromkeys(s for s in slugs if s))


def _promote_identity_line(blocks: list[Block], headlines) -> None:
    """Where no heading says what the page's title says, the first line that does is the
    story's headline, whatever its markup (a styled <span> or <div>)."""
    if any(b.heading and _identity(b, headlines) >= IDENTITY_MIN_SHARE for b in blocks):
        return
    for block in blocks:
        if block.heading or block.meta or block.el.tag in ITEM_TAGS or len(block.text) > HEADLINE_MAX_CHARS:
            continue
        if _identity(block, headlines) >= IDENTITY_MIN_SHARE:
            block.heading = True
            return


def _label_key(text: str) -> str:
    """"- Korea Herald" and "Korea Herald" are the same source label."""
    return LABEL_EDGE_RE.sub("", text).lower()


def _mark_meta(blocks: list[Block]) -> None:
    short = Counter(_label_key(b.text) for b in blocks
                    if len(b.text) <= SOURCE_LABEL_MAX_CHARS and not b.heading)
    for block in blocks:
        if block.heading or len(block.text) > META_MAX_CHARS or block.el.tag in CAPTION_TAGS:
            # A caption's "Photo by …" credits a picture, it does not sign a story.
            continue
        block.meta = bool(
            patterns.is_date_line(block.text) or patterns.BYLINE_LINE.search(block.text)
            or any(True for _ in block.el.iter("time"))
            or short[_label_key(block.text)] >= SOURCE_LABEL_MIN_REPEATS and not patterns.SENTENCE_END.search(block.text)
            # a repeated ad or widget label ("Advertisement") names no source
            and vocabulary_reason(block.text) is None)


def _weight(block: Block) -> int:
    """Text length in Latin-script terms: a CJK character carries about two letters' worth."""
    if block.weight is None:
        block.weight = len(block.text) + len(CJK_CHAR_RE.findall(block.text))
    return block.weight


def _is_prose(block: Block) -> bool:
    return not block.heading and not block.meta and _weight(block) >= PROSE_MIN_CHARS


def _signature(el) -> tuple:
    """Shape of a card: its tag, class and the tags of its children, images aside
    (some cards of a list have a thumbnail, others not)."""
    return (el.tag, el.get("class") or "",
            tuple(c.tag for c in el if is_element(c) and c.tag not in MEDIA_TAGS))


def _card_starts(blocks: list[Block], spans: dict, main_heading: Block | None = None) -> dict[int, int]:
    """First -> last block of repeated card-shaped siblings that carry a headline and a
    dateline or link (or, without a headline, a source/time line over a body)."""
    starts: dict[int, int] = {}
    parents = {el.getparent() for el in spans if el.getparent() is not None}
    for parent in parents:
        if parent.tag in TABLE_PARTS:
            continue
        groups: dict = {}
        for child in parent:
            span = spans.get(child)
            if span is not None and span[1] - span[0] + 1 >= CARD_MIN_BLOCKS:
                groups.setdefault(_signature(child), []).append(span)
        prose_at = _prose_children(parent, blocks, spans)
        # The entries of a list (<ol>/<ul>) that stands among the story's own paragraphs are
        # a list article's items, as a run of boxes among them is (see _is_list_run).
        in_story_list = parent.tag in LIST_TAGS and parent.getparent() is not None \
            and len(_prose_children(parent.getparent(), blocks, spans)) >= TEASER_PROSE_NEIGHBOURS
        # Beside the main headline, same-shaped boxes may be the story's own sections
        # ("<h2>Subhead</h2><p>Updated 10:03</p>…"): cards there must link away or put
        # their source line above the title.
        rank = _level(main_heading) if main_heading is not None and _contains(parent, main_heading.el) else 0
        for shape, members in groups.items():
            if len(members) >= 2:
                starts.update(_cards_in(members, blocks, strict_rank=rank,
                                        need_meta=in_story_list or _is_list_run(parent, shape, prose_at)))
    return starts


def _prose_children(parent, blocks: list[Block], spans: dict) -> list[int]:
    """Positions of the paragraphs of prose among ``parent``'s children."""
    return [i for i, c in enumerate(parent) if c.tag == "p" and c in spans and _is_prose(blocks[spans[c][0]])]


def _is_list_run(parent, shape: tuple, prose_at: list[int]) -> bool:
    """Same-shaped boxes in one unbroken run right among the story's own paragraphs are a
    list that is the content (a list article); boxes with story paragraphs between them
    were dropped into the story. List entries count as cards only with a dateline."""
    if len(prose_at) < TEASER_PROSE_NEIGHBOURS:
        return False
    at = [i for i, c in enumerate(parent) if is_element(c) and _signature(c) == shape]
    return not any(at[0] < i < at[-1] for i in prose_at)


def _is_headless_card(member: list[Block]) -> bool:
    """A card without a title: a dated source or author line over a body of its own (feeds
    of full-text stories, comment threads), not a labelled caption."""
    return bool(member[0].meta and patterns.is_date_line(member[0].text)
                and sum(len(b.text) for b in member if _is_prose(b)) >= HEADLESS_CARD_MIN_PROSE)


def _cards_in(members: list[tuple[int, int]], blocks: list[Block], need_meta: bool = False,
              strict_rank: int = 0) -> dict[int, int]:
    """Members that look like story cards, with titles that differ (a label repeated in every
    member is a template, not a title): a headline with a dateline or link, or no headline
    but a source/time line over a body (feeds of full-text stories, comment threads)."""
    found = {}
    titles = {}
    for first, last in members:
        window = blocks[first:min(last + 1, first + CARD_META_WINDOW)]
        heading = next((b for b in window if b.heading), None)
        if heading is None:
            if _is_headless_card(blocks[first:last + 1]):
                found[first] = last
                titles[first] = next(b.text for b in blocks[first:last + 1] if _is_prose(b))
            continue
        meta_above = any(b.meta for b in window if b.index < heading.index)
        if strict_rank and not (heading.link or meta_above or _level(heading) <= strict_rank):
            # Beside the main headline a lower-ranked, unlinked heading dated below is a section.
            continue
        if any(b.meta or (b.link and not need_meta) for b in window):
            found[first] = last
            titles[first] = heading.text
    if len(set(titles.values())) < len(titles) or len(found) < 2:
        return {}
    return found


def _card_interiors(cards: dict[int, int], size: int) -> list[bool]:
    """For each block index, whether it lies inside a card after the card's first block: a
    headline there is the card's own title, the card already opened the unit. (One pass over
    the cards, where asking every card for every headline was quadratic.)"""
    opened = [0] * (size + 1)
    for first, last in cards.items():
        if first < last:
            opened[first + 1] += 1
            opened[last + 1] -= 1
    inside, depth = [], 0
    for index in range(size):
        depth += opened[index]
        inside.append(depth > 0)
    return inside


def _identity(block: Block | None, headlines: tuple[str, ...]) -> float:
    if block is None:
        return 0.0
    return identity_share(block.text, headlines)


def _level(block: Block) -> int:
    """Heading rank: h1 = 1 ... h6 = 6, a bold or linked line = 7."""
    return int(block.el.tag[1]) if block.el.tag in HEADING_TAGS else len(HEADING_TAGS) + 1


def _is_label(block: Block) -> bool:
    return not block.heading and len(block.text) <= META_MAX_CHARS


def _close(a, b) -> bool:
    """Two elements sit in the same small box: a common ancestor at most
    ``META_BOX_DEPTH`` levels above each (a card, a header), not just the page column."""
    above_a = [a] + list(a.iterancestors())[:META_BOX_DEPTH]
    above_b = set([b] + list(b.iterancestors())[:META_BOX_DEPTH])
    return any(el in above_b for el in above_a)


def _has_own_meta(blocks: list[Block], block: Block) -> bool:
    """A dateline/byline next to the headline that belongs to it, not to an earlier headline
    or to a neighbouring box. Short label lines (source names, "- Agency") may sit between
    the headline and its date."""
    after = blocks[block.index + 1:block.index + 1 + META_WINDOW_AFTER]
    for nxt in after:
        if not _is_label(nxt):
            break
        if nxt.meta and _close(nxt.el, block.el):
            return True
    index = block.index - 1
    seen = False
    while index >= 0 and block.index - index <= META_WINDOW_BEFORE and _is_label(blocks[index]):
        seen = seen or (blocks[index].meta and _close(blocks[index].el, block.el))
        index -= 1
    if not seen:
        return False
    before = blocks[index] if index >= 0 else None
    # Lines under an earlier headline belong to it; a two-word label ("Read more") owns nothing.
    return before is None or not before.heading or _is_boundary(before) \
        or len(before.text.split()) < OWNER_HEADLINE_MIN_WORDS


def _is_boundary(block: Block) -> bool:
    """A "Related" / "More from" label that heads a section (not a menu item)."""
    if block.el.tag in ITEM_TAGS or block.el.tag == "a" or next(block.el.iterancestors("li", "nav"), None) is not None:
        return False
    return len(block.text) <= patterns.RELATED_HEADING_MAX_CHARS and bool(patterns.RELATED_HEADING.match(block.text))


def _starts_article(block: Block, spans: dict) -> bool:
    """The headline opens its own ``<article>`` (only a dateline or label may come first)."""
    article = next(block.el.iterancestors("article"), None)
    if article is None or article not in spans:
        return False
    return block.index - spans[article][0] <= META_WINDOW_BEFORE


def _is_story_start(blocks: list[Block], block: Block, main_level: int, page_url: str | None,
                    spans: dict, siblings: _Siblings, main_el=None) -> bool:
    """A headline opens another story when it is dated or signed and either ranks with the
    main headline or links to another page or opens its own ``<article>`` or box.
    Subheadings of the story itself rank lower and link nowhere; same-shaped boxes beside
    the main headline, in the story's own container, are its sections."""
    if not _has_own_meta(blocks, block):
        return False
    links_away = _links_away(block, page_url)
    if _level(block) <= main_level or links_away or _starts_article(block, spans):
        return True
    return _opens_container(blocks, block, spans, siblings, main_el)


def _is_foreign_section(blocks: list[Block], block: Block, page_url: str | None, spans: dict,
                        siblings: _Siblings) -> bool:
    """Among same-shaped sections whose headings link nowhere (the story's own), a section
    whose heading links to another page and holds a body is another story appended there."""
    if block.el.tag not in HEADING_TAGS or not _links_away(block, page_url):
        return False
    box = _own_box(blocks, block.index, block.index, len(blocks), spans)
    if box is None or box.getparent() is None:
        return False
    first, last = spans[box]
    if _prose_after(blocks, first, last + 1) < STORY_BODY_MIN_CHARS:
        return False
    linked, unlinked = siblings.section_links(box.getparent(), (box.tag, box.get("class")))
    # The odd one out: where most sections link away, the page is a list of linked entries
    # (a listicle's films, a guide's products) and that is its content.
    return unlinked > 0 and linked <= FOREIGN_SECTION_MAX_SHARE * (linked + unlinked)


def _is_teaser_box(blocks: list[Block], block: Block, page_url: str | None, spans: dict,
                   siblings: _Siblings) -> bool:
    """A small box holding a heading that links to another page and a short summary: a
    teaser dropped into the story ("Read more" boxes). A section of the story itself
    neither links away nor sits alone in a small box. A styled line rather than a heading tag
    titles one only in a dated box (source or time line), as cards are."""
    if not block.heading or not _links_away(block, page_url):
        return False
    box = teaser_box(blocks, block, spans)
    if box is None:
        return False
    first, last = spans[box]
    # A dated box may carry a whole excerpt (a full-text card dropped into the body).
    dated = any(b.meta for b in blocks[first:last + 1])
    if block.el.tag not in HEADING_TAGS and not dated:
        return False
    if sum(len(b.text) for b in blocks[first:last + 1]) > (DATED_TEASER_MAX_CHARS if dated else TEASER_BOX_MAX_CHARS):
        return False
    # Isolated among the story's paragraphs (<p> or one <div> each): a run of same-shaped
    # boxes is a list that is the content itself ("the 21 best films", a linked title and a
    # blurb each).
    parent = box.getparent()
    prose_beside = siblings.prose_box_count(parent) - siblings.is_prose_box(box)
    return prose_beside >= TEASER_PROSE_NEIGHBOURS and siblings.signature_count(parent, _signature(box)) == 1


def teaser_box(blocks: list[Block], block: Block, spans: dict):
    """The small box a linked heading opens, with a label line just above it if any."""
    start = block.index - 1 if block.index and _is_label(blocks[block.index - 1]) else block.index
    return _own_box(blocks, block.index, start, len(blocks), spans)


def _opens_container(blocks: list[Block], block: Block, spans: dict, siblings: _Siblings,
                     main_el=None) -> bool:
    """The dated headline opens a wrapper of its own holding a story body: a card
    dropped into the page, not a section of the story (whose wrapper began earlier)."""
    box = _own_box(blocks, block.index, _meta_run_start(blocks, block.index), len(blocks), spans)
    if box is None or spans[box][1] <= block.index:
        return False
    parent = box.getparent()
    if main_el is not None and parent is not None and _contains(parent, main_el):
        # Beside the main headline, one of a run of same-shaped boxes is a section of the
        # story (its first part sits in the same shape); a lone box is a dropped-in card.
        shape = (box.tag, box.get("class"))
        # ... unless the main headline sits inside one of those boxes: then each box is an
        # article of its own (infinite scroll in same-shaped sections).
        around_main = _child_towards(parent, main_el)
        main_in_same = around_main is not None and around_main is not main_el and around_main is not box \
            and (around_main.tag, around_main.get("class")) == shape
        if siblings.shape_count(parent, shape) > 1 and not main_in_same:
            return False
    return _prose_after(blocks, block.index, spans[box][1] + 1) >= STORY_BODY_MIN_CHARS


def _child_towards(parent, el):
    """The child of ``parent`` that holds ``el`` (None when ``el`` is ``parent`` itself)."""
    for ancestor in el.iterancestors():
        if ancestor is parent:
            return el
        el = ancestor
    return None


def _prose_after(blocks: list[Block], start: int, end: int) -> int:
    return sum(_weight(b) for b in blocks[start:end] if _is_prose(b))


def _links_away(block: Block, page_url: str | None) -> bool:
    """The headline links to another page than this one."""
    if not block.link:
        return False
    if not page_url:
        return True
    joined = join_url(page_url, block.link)
    return joined is None or urldefrag(joined)[0] != urldefrag(page_url)[0]


def _is_teaser(block: Block, main_index: int, page_url: str | None) -> bool:
    """Above the main headline, a headline linking to another page opens a teaser
    ("top story", "editor's pick"): the story's own kicker and dek link nowhere."""
    return block.index < main_index and _links_away(block, page_url)


def _main_level(blocks: list[Block], headlines) -> int:
    identified = [b for b in blocks if b.heading and _identity(b, headlines) >= IDENTITY_MIN_SHARE]
    if identified:
        return _level(identified[0])
    return min((_level(b) for b in blocks if b.heading), default=1)


def find_starts(blocks: list[Block], headlines, page_url, spans: dict, cards: dict) -> dict[int, str]:
    """Block index -> "story", "teaser" or "related-section" for every block that opens a unit."""
    main_level = _main_level(blocks, headlines)
    main_index = next((b.index for b in blocks if b.heading and _identity(b, headlines) >= IDENTITY_MIN_SHARE),
                      -1)
    starts: dict[int, str] = {}
    # Units recognised by their own shape (cards, teaser boxes) may be short and may sit
    # anywhere; other starts must open a story body.
    shaped = set(cards)
    siblings = _Siblings(blocks, spans)
    in_card = _card_interiors(cards, len(blocks))
    for block in blocks:
        if _is_boundary(block):
            starts[block.index] = "related-section"
        elif block.index in cards:
            starts[block.index] = "story"
        elif not block.heading or in_card[block.index]:
            continue
        elif _is_foreign_section(blocks, block, page_url, spans, siblings) \
                or _is_bare_peer(blocks, block, main_index):
            starts[block.index] = "story"
        elif _is_teaser_box(blocks, block, page_url, spans, siblings):
            starts[block.index] = "teaser"
            shaped.add(block.index)
        elif _identity(block, headlines) >= IDENTITY_MIN_SHARE or _is_teaser(block, main_index, page_url) \
                or _is_story_start(blocks, block, main_level, page_url, spans, siblings,
                                   blocks[main_index].el if main_index >= 0 else None):
            starts[block.index] = "story"
    # Only the start at hand is ever deleted, so the next start after it is the next one here.
    keys = sorted(starts)
    for index in sorted(i for i, kind in starts.items() if kind in ("story", "teaser")):
        after = bisect_right(keys, index)
        following = keys[after] if after < len(keys) else len(blocks)
        if _prose_after(blocks, index, following) < STORY_BODY_MIN_CHARS \
                and index not in shaped and index != main_index:
            # The main headline stays a start even when its byline block separates it from
            # its body: the body may follow a dated first section.
            del starts[index]
    _drop_starts_inside_main(blocks, starts, shaped, headlines)
    _keep_entries_of_main(blocks, starts, cards, main_index)
    _keep_unlinked_entries_in_body(blocks, starts, cards, main_index)
    _starts_after_story_end(blocks, starts)
    return starts


def _story_end_marker(blocks: list[Block], first: int) -> int | None:
    """The first end-of-story widget (hashtags, share bar, comment notice) after the story
    has had a body: what follows it is no longer the story."""
    for block in blocks[first:]:
        if len(block.text) <= END_MARKER_MAX_CHARS and patterns.END_OF_STORY.match(block.text) \
                and _prose_after(blocks, first, block.index) >= PEER_MAIN_MIN_PROSE:
            return block.index
    return None


def _starts_after_story_end(blocks: list[Block], starts: dict) -> None:
    """After the story's end widgets, a title line over a body starts another story, even
    without a byline (related stories rendered as a plain title and paragraphs)."""
    first = min((i for i, kind in starts.items() if kind == "story"), default=0)
    marker = _story_end_marker(blocks, first)
    if marker is None:
        return
    for block in blocks[marker + 1:]:
        if block.index in starts or not (block.heading or _is_plain_title(block)):
            continue
        following = next((i for i in sorted(starts) if i > block.index), len(blocks))
        if _prose_after(blocks, block.index, following) >= STORY_BODY_MIN_CHARS \
                and block.index + 1 < len(blocks) and _is_prose(blocks[block.index + 1]):
            starts[block.index] = "story"


def _is_plain_title(block: Block) -> bool:
    """A short line without sentence punctuation that is not itself a widget label."""
    words = word_count(block.text)
    return not block.meta and PLAIN_TITLE_MIN_WORDS <= words and len(block.text) <= HEADLINE_MAX_CHARS \
        and not _ends_like_sentence(block.text) and block.el.tag not in ITEM_TAGS \
        and vocabulary_reason(block.text) is None


def _keep_entries_of_main(blocks: list[Block], starts: dict, cards: dict, main_index: int) -> None:
    """Card-shaped entries right under the main headline, before it has any body, are that
    body (a live blog's timestamped entries, a timeline): the run of them stays in the story."""
    if main_index < 0:
        return
    previous_end = main_index
    for index in sorted(i for i in starts if i > main_index):
        if index not in cards or _prose_after(blocks, previous_end + 1, index) >= STORY_BODY_MIN_CHARS \
                or starts[index] != "story":
            return
        del starts[index]
        previous_end = cards[index]


def _in_or_around_link(el) -> bool:
    """A link holds the heading or sits in it."""
    return bool(el.xpath("ancestor-or-self::a | descendant::a"))


def _keep_unlinked_entries_in_body(blocks: list[Block], starts: dict, cards: dict, main_index: int) -> None:
    """Card-shaped entries inside the box that holds the main story's first paragraphs, whose
    headings link nowhere, are the story's own (a dated timeline, an FAQ, numbered steps):
    another story's card names and links that story."""
    if main_index < 0:
        return
    first_prose = next((b for b in blocks[main_index + 1:] if _is_prose(b)), None)
    if first_prose is None:
        return
    body_box = first_prose.el.getparent()
    for index in [i for i in sorted(starts) if i > main_index and i in cards and starts[i] == "story"]:
        head = next((b for b in blocks[index:cards[index] + 1] if b.heading), None)
        if head is not None and head.link is None and not _in_or_around_link(head.el) \
                and _contains(body_box, blocks[index].el):
            del starts[index]


def _drop_starts_inside_main(blocks, starts: dict, cards: set, headlines) -> None:
    """A follow-up story cannot start before the main story has had its body: a dated
    heading right under the main headline is the story's own byline or first section."""
    main = next((i for i, kind in sorted(starts.items())
                 if kind == "story" and _identity(blocks[i], headlines) >= IDENTITY_MIN_SHARE), None)
    if main is None:
        return
    for index in sorted(starts):
        if index <= main or index in cards or starts[index] != "story":
            continue
        if _prose_after(blocks, main, index) >= MAIN_BODY_BEFORE_FOLLOWUP:
            break
        if _is_peer_headline(blocks, blocks[index], blocks[main]) or _is_bare_peer(blocks, blocks[index], main):
            # A headline of the main one's rank with its own byline is the next article even
            # after a short story.
            continue
        del starts[index]


def _is_bare_peer(blocks: list[Block], block: Block, main_index: int) -> bool:
    """Another headline in the main headline's own tag, after the story has had a body and
    before a body of its own, is the next article even without a byline (flat infinite
    scroll). Section headings in that tag come right under the headline (Medium's h1s)."""
    if main_index < 0 or block.index <= main_index or block.el.tag != "h1" \
            or blocks[main_index].el.tag != "h1":
        # Only a page's top-level headline tag says "another article"; lower tags are sections.
        return False
    following = next((b.index for b in blocks[block.index + 1:] if b.heading and b.el.tag == block.el.tag),
                     len(blocks))
    # An <h1> among the story's own paragraphs (same parent) titles a section of it (Medium
    # sets section headings in <h1>); the next article's sits in a box of its own.
    parent = block.el.getparent()
    if any(_is_prose(b) and b.el.getparent() is parent for b in blocks[main_index + 1:block.index]):
        return False
    return _prose_after(blocks, main_index, block.index) >= PEER_MAIN_MIN_PROSE \
        and _prose_after(blocks, block.index, following) >= STORY_BODY_MIN_CHARS


def _is_peer_headline(blocks: list[Block], block: Block, main: Block) -> bool:
    return block.el.tag in HEADING_TAGS and _level(block) <= _level(main) and _has_own_meta(blocks, block)


def _headline_of(blocks: list[Block], start: int, end: int) -> Block | None:
    """The headline of a unit: its first block, or the first heading of a card."""
    window = blocks[start:min(end, start + CARD_META_WINDOW)]
    return next((b for b in window if b.heading), blocks[start])


def _related_end(blocks: list[Block], index: int, end: int, spans: dict, main_rank: int = 0) -> int:
    stop = _container_end(blocks, index, end, spans)
    return stop if stop < end else _section_end(blocks, index, end, main_rank)


def _own_box(blocks: list[Block], index: int, start: int, end: int, spans: dict):
    """The largest element around block ``index`` whose blocks all lie in ``[start, end)``,
    when it holds more than that block: the card, article or section the block opens."""
    best = _highest_within(blocks[index].el, start, end, spans)
    if best is None or spans[best] == (index, index):
        return None
    return best


def _highest_within(el, start: int, end: int, spans: dict):
    """``el`` or its highest ancestor (below body) whose blocks all lie in ``[start, end)``."""
    best = None
    while el is not None and el.tag != "body":
        first, last = spans[el]
        if first < start or last >= end:
            break
        best = el
        el = el.getparent()
    return best


def _container_end(blocks: list[Block], index: int, end: int, spans: dict) -> int:
    """End (exclusive) of the element that a label opens, or ``end`` when it has none."""
    box = _own_box(blocks, index, index, end, spans)
    return end if box is None else spans[box][1] + 1


def _section_end(blocks: list[Block], index: int, end: int, main_rank: int = 0) -> int:
    """A labelled section without its own container runs to the next heading of the same or
    higher rank ("See also" ends at the next h2, not at the end of the page)."""
    rank = _level(blocks[index])
    first = index + 1
    if first < end and blocks[first].heading and _level(blocks[first]) <= main_rank:
        # Right under the label, a headline of the main one's rank is its first item's title
        # ("相关阅读" h2 over an h1 story), not the end of the section.
        first += 1
    return next((b.index for b in blocks[first:end] if b.heading and _level(b) <= rank), end)


def _teaser_end(blocks: list[Block], index: int, end: int, spans: dict) -> int:
    box = teaser_box(blocks, blocks[index], spans)
    return min(end, spans[box][1] + 1) if box is not None else end


def split_segments(blocks: list[Block], starts: dict[int, str], headlines, spans,
                   main_rank: int = 0) -> list[Segment]:
    """Cut the block sequence at every start; a related section that has its own
    container ends there, and what follows it is a "gap" that may hold the story."""
    cuts = sorted(starts)
    if not cuts or cuts[0] != 0:
        cuts = [0] + cuts
    segments = []
    for position, start in enumerate(cuts):
        end = cuts[position + 1] if position + 1 < len(cuts) else len(blocks)
        kind = starts.get(start, "preamble")
        stop = _related_end(blocks, start, end, spans, main_rank) if kind == "related-section" else \
            _teaser_end(blocks, start, end, spans) if kind == "teaser" else end
        headline = _headline_of(blocks, start, end) if kind == "story" else None
        segments.append(Segment(start=start, end=stop, kind=kind, headline=headline,
                                prose=_prose_after(blocks, start, stop),
                                identity=_identity(headline, headlines)))
        if stop < end:
            segments.append(Segment(start=stop, end=end, kind="gap", prose=_prose_after(blocks, stop, end)))
    _credit_story_around_teasers(segments)
    return segments


def _credit_story_around_teasers(segments: list[Segment]) -> None:
    """A teaser box sits inside a story: the body that goes on after it is still that story's,
    so it counts toward the story's prose."""
    owner = None  # the last segment before the teaser that is neither a teaser nor a gap
    for position, seg in enumerate(segments):
        if position >= 2 and segments[position - 2].kind not in ("teaser", "gap"):
            owner = segments[position - 2]
        if seg.kind != "gap" or position == 0 or segments[position - 1].kind != "teaser":
            continue
        if owner is not None and owner.kind == "story":
            owner.prose += seg.prose


def _shingles(text: str) -> set:
    words = words_of(text)
    return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


@dataclass
class MainChoice:
    segment: Segment
    identified: bool


def _url_owners(stories: list[Segment], marks: list, spans: dict) -> list[Segment]:
    """Story segments whose headline sits inside (or is) an element naming the page URL."""
    owners = []
    for seg in stories:
        if seg.kind != "story" or seg.headline is None:
            continue
        heading = seg.headline.el
        for mark in marks:
            if mark is heading or _contains(mark, heading) or _contains(heading, mark):
                span = spans.get(mark)
                if span is None or span[0] >= _meta_floor(seg):
                    owners.append(seg)
                    break
    return owners


def _meta_floor(seg: Segment) -> int:
    return seg.start - META_WINDOW_BEFORE


def choose_main(segments: list[Segment], blocks: list[Block], metadata, marks=(), spans=None,
                page_url: str | None = None) -> MainChoice | None:
    """The main story: the one the page's identity names (URL marks, then title, then
    JSON-LD articleBody), else the first substantial one whose headline does not link away."""
    stories = [s for s in segments if s.kind not in ("related-section", "teaser")]
    if not stories:
        return None
    identified = [s for s in stories if s.identity >= IDENTITY_MIN_SHARE and s.kind == "story"]
    owners = _url_owners(stories, marks, spans or {})
    both = [s for s in owners if s in identified]
    if both:
        return MainChoice(both[0], True)
    if len(owners) == 1 and owners[0].prose >= STORY_BODY_MIN_CHARS:
        # The URL the reader is on (infinite scroll updates it) beats a stale <title>.
        return MainChoice(owners[0], True)
    if identified:
        return MainChoice(next((s for s in identified if s.prose >= STORY_BODY_MIN_CHARS), identified[0]), True)
    if metadata.article_body:
        body = _shingles(metadata.article_body)
        def overlap(seg):
            own = _shingles(" ".join(b.text for b in blocks[seg.start:seg.end] if _is_prose(b)))
            return len(own & body) / len(own) if own else 0.0
        best = max(stories, key=overlap)
        if overlap(best) >= ARTICLE_BODY_MIN_SHARE:
            return MainChoice(best, True)
    return MainChoice(_first_substantial(segments, stories, page_url), False)


def _first_substantial(segments: list[Segment], stories: list[Segment], page_url: str | None) -> Segment:
    """Nothing names the story: the first one with a substantial body. Stories after a
    labelled related section, or whose headline links to another page, are that page's
    teasers: they are passed over while a story with an article's body stays ahead of them."""
    # A related section closes the story above it (a sidebar's label above everything does not).
    first_story = min((s.start for s in stories if s.prose >= STORY_BODY_MIN_CHARS), default=0)
    related_at = min((s.start for s in segments if s.kind == "related-section" and s.start > first_story),
                     default=None)
    primary = [s for s in stories if s.prose >= OWN_HEADLINE_MIN_PROSE
               and (related_at is None or s.start < related_at)
               and not (s.kind == "story" and s.headline is not None and _links_away(s.headline, page_url))]
    # Full articles one after another, each under its own <h1> (infinite scroll): the page
    # was opened on the first; the ones below load as the reader scrolls.
    full = [s for s in primary if s.headline is not None and s.headline.el.tag == "h1"]
    if len(full) >= 2:
        return full[0]
    pool = primary or stories
    longest = max(s.prose for s in pool)
    return next(s for s in pool if s.prose >= MAIN_PROSE_SHARE * longest)


def _topmost_within(blocks: list[Block], start: int, end: int, spans: dict) -> list:
    """The highest elements whose text blocks all fall inside ``[start, end)``."""
    chosen = []
    for block in blocks[start:end]:
        top = _highest_within(block.el, start, end, spans)
        if top is not None and not any(top is c or _contains(c, top) for c in chosen):
            chosen.append(top)
    return chosen


def _contains(ancestor, el) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _meta_run_start(blocks: list[Block], index: int) -> int:
    """Index of the dateline/source lines directly above a headline (cards put them first)."""
    start = index
    while start > 0 and index - start < META_WINDOW_BEFORE and _is_label(blocks[start - 1]) \
            and not _is_boundary(blocks[start - 1]):
        start -= 1
    return start if any(b.meta for b in blocks[start:index]) else index


def unit_of(blocks: list[Block], index: int, end: int, spans: dict, kind: str = "story") -> list:
    """Elements of the unit opened at ``index``: its own container when it has one
    (a card, an ``<article>``), else every block up to ``end``. A story also takes the
    dateline/source lines just above its headline; a labelled section starts at its label."""
    start = _meta_run_start(blocks, index) if kind == "story" else index
    box = _own_box(blocks, index, start, end, spans)
    return [box] if box is not None else _topmost_within(blocks, start, end, spans)


def separate(body, metadata, page_url: str | None, marks=()) -> Separation:
    """Stages 1-5 on ``body`` (mutated): only the main story's segment and the chrome stay.
    ``marks`` are the elements ``self_references`` found before the body was prepared."""
    layout = _finish(_layout(body))
    blocks, spans = layout.blocks, layout.spans
    headlines = _identity_strings(metadata, page_url)
    _promote_identity_line(blocks, headlines)
    main_heading = next((b for b in blocks if b.heading and _identity(b, headlines)
                         >= IDENTITY_MIN_SHARE), None)
    cards = _card_starts(blocks, spans, main_heading)
    starts = find_starts(blocks, headlines, page_url, spans, cards)
    main_rank = _level(main_heading) if main_heading is not None else 0
    segments = split_segments(blocks, starts, headlines, spans, main_rank)
    choice = choose_main(segments, blocks, metadata, [m for m in marks if m.getparent() is not None], spans,
                         page_url)
    result = Separation()
    if choice is None or len(segments) < 2 or choice.segment.prose < STORY_BODY_MIN_CHARS:
        # No story stands out: leave the whole page to the scorer rather than guess.
        return result
    main = choice.segment
    if main.kind == "story" and main.headline is not None \
            and (main.headline.el.tag in HEADING_TAGS or main.identity >= IDENTITY_MIN_SHARE):
        result.main_heading = main.headline.text
    if choice.identified:
        _drop_prose_above(blocks, main, spans, result)
    if _title_names_another(segments, main, metadata.title):
        result.headline = main.headline.text
        result.byline = _byline_near(blocks, main.headline)
    end_marker = None if choice.identified else _story_end_marker(blocks, main.start)
    cuts = sorted(starts) + [len(blocks)]
    for position, index in enumerate(cuts[:-1]):
        if index == main.start or main.start <= index < main.end and starts[index] != "story":
            continue
        if not choice.identified and not _sure_without_identity(blocks, starts, index, cards, main, end_marker):
            continue
        end = cuts[position + 1]
        if starts[index] == "related-section":
            end = _related_end(blocks, index, end, spans, main_rank)
        if starts[index] == "story":
            end = _story_end(blocks, starts, cuts, position, spans, main)
        if starts[index] == "teaser":
            elements = [teaser_box(blocks, blocks[index], spans)]
        else:
            elements = unit_of(blocks, index, end, spans, starts[index])
        _drop_unit(_headline_of(blocks, index, end), starts[index], elements, result)
    return result


def _story_end(blocks: list[Block], starts: dict, cuts: list[int], position: int, spans: dict,
               main: Segment) -> int:
    """Where another story's unit ends: at the next start, unless that start is a labelled
    section inside the story's own box ("More about the federal debt" within a follow-up
    <article>): the box ends it then, so its second half goes with the first."""
    index, end = cuts[position], cuts[position + 1]
    following = next((c for c in cuts[position + 1:] if starts.get(c) != "related-section"), len(blocks))
    if index < main.start:
        following = min(following, main.start)
    box = _highest_within(blocks[index].el, _meta_run_start(blocks, index), following, spans)
    return end if box is None else max(end, spans[box][1] + 1)


def _drop_prose_above(blocks: list[Block], main: Segment, spans: dict, result: Separation) -> None:
    """Story text sitting above the main headline in the story's own container belongs to
    other stories (related items rendered first, a column of excerpts): a dek or a caption is
    short, several paragraphs are not. The story's container is the headline's lowest
    ancestor that also holds its body."""
    if main.kind != "story" or main.headline is None or main.headline.el.tag not in HEADING_TAGS:
        return
    head = main.headline
    container = next((a for a in head.el.iterancestors()
                      if a in spans and _prose_after(blocks, head.index, spans[a][1] + 1) >= STORY_BODY_MIN_CHARS),
                     None)
    if container is None or container.tag == "body":
        return
    first, start = spans[container][0], _meta_run_start(blocks, head.index)
    if _prose_after(blocks, first, start) < PROSE_ABOVE_MAX_CHARS:
        return
    for el in _topmost_within(blocks, first, start, spans):
        text = normalize_space(text_of(el))
        result.removed.append(RemovedBlock(reason="other story", sample=text[:120], length=len(text), tag=el.tag))
        remove(el)


def _sure_without_identity(blocks: list[Block], starts: dict, index: int, cards: dict, main: Segment,
                           end_marker: int | None) -> bool:
    """Without the page's identity only sure signs remove a unit: repetition (cards), a
    labelled section after the story, anything after the story's end widgets, or a later
    headline of the kept story's rank (of any rank if it has none) with its own byline (the
    next infinite-scroll article)."""
    if index in cards:
        return True
    if index <= main.start:
        return False
    if starts[index] == "related-section":
        return True
    if end_marker is not None and index > end_marker:
        return True
    if main.headline is None:
        # The story kept runs from the top of the page with no headline of its own: a later
        # headline with its own dateline, once that story has had a body, starts another.
        return starts[index] == "story" and _prose_after(blocks, main.start, index) >= PEER_MAIN_MIN_PROSE
    return _is_peer_headline(blocks, blocks[index], main.headline)


def _title_names_another(segments: list[Segment], main: Segment, title: str | None) -> bool:
    """The page's title is another story's headline on this page (infinite scroll after the
    reader moved on): the kept story then brings its own headline. A title that merely words
    the same story differently (an SEO title) names no other segment."""
    if not title or main.kind != "story" or main.headline is None or main.headline.el.tag not in HEADING_TAGS:
        return False
    if identity_share(main.headline.text, (title,)) >= IDENTITY_MIN_SHARE:
        return False
    return any(seg is not main and seg.kind == "story" and seg.headline is not None
               and identity_share(seg.headline.text, (title,)) >= IDENTITY_MIN_SHARE for seg in segments)


def _byline_near(blocks: list[Block], headline: Block) -> str | None:
    """A "By Name" line among the few lines around a story's headline, without its "By"."""
    for block in blocks[max(0, headline.index - META_WINDOW_BEFORE):headline.index + 1 + META_WINDOW_AFTER]:
        if block.meta and patterns.BYLINE_LINE.search(block.text):
            name = patterns.BYLINE_PREFIX.sub("", block.text)
            return patterns.BYLINE_TAIL.sub("", name).strip() or None
    return None


def _drop_unit(head: Block, kind: str, elements: list, result: Separation) -> None:
    if kind in ("story", "teaser") and head.heading:
        result.related.append(RelatedLink(title=head.text, url=head.link))
    reason = "related section" if kind == "related-section" else "other story"
    for el in elements:
        if el.getparent() is None:
            continue
        text = normalize_space(text_of(el))
        result.removed.append(RemovedBlock(reason=reason, sample=text[:120], length=len(text), tag=el.tag))
        remove(el)
