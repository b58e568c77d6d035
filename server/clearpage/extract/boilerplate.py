"""Widgets inside the story container: hashtags, promos, share bars, comment notices,
newsletter prompts, advertisement labels, cookie text, gallery counters, author boxes.

Stages of ``strip_boilerplate``:
0. ``_related_links``: "Read more: <a>another story</a>" lines;
1. ``_widgets``: short blocks whose whole text is a widget label or call to action
   (vocabularies in ``patterns.WIDGET_PATTERNS``);
2. ``_app_boxes``: the small box around app-store badges (the pitch above them goes too);
3. ``_headline_teasers``: a block that opens with a link whose text is the headline its URL
   names, followed by a blurb: a "read also" teaser of that story dropped into the body;
4. ``_author_bio``: an "X is a reporter ..." box among the last blocks;
5. ``_trailing_labels``: bare labels left at the very end ("Comments", "Related").
Each removal is recorded with its reason for explain mode.
"""
from __future__ import annotations

from ..article import RemovedBlock
from . import patterns
from .dom import PHRASING_TAGS, inner_text, is_element, link_density, remove, short_text
from .identity import IDENTITY_MIN_SHARE, identity_share, url_slug

# A "Read more:" line is a related link when links hold at least this share of its text.
RELATED_LINK_MIN_DENSITY = 0.5
# Widgets are short: longer blocks are prose and never matched against the vocabularies.
WIDGET_MAX_CHARS = 200
# Paywall, subscription and product pitches (a heading, a line, a list of features) run
# longer than other widgets; their patterns are anchored on a call to action, so a longer
# limit is safe for those.
PITCH_MAX_CHARS = 400
PITCH_REASONS = ("paywall", "newsletter", "promo")
# Elements considered as widget containers (inline elements are judged with their block).
WIDGET_TAGS = ("p", "div", "section", "aside", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6",
               "span", "a", "figcaption", "small", "header", "footer", "form", "nav", "dl")
# Boxes holding these are content, whatever links they carry.
DATA_TAGS = ("table", "pre", "ol", "ul")
# Boxes a sponsor label may open (a paid card).
CARD_BOX_TAGS = ("div", "section", "aside", "li", "article")
# Levels the label may sit below its card (in a wrapper line with the card's picture).
CARD_LABEL_DEPTH = 2
# A teaser is a headline and a blurb (as segment.TEASER_BOX_MAX_CHARS).
TEASER_MAX_CHARS = 600
# A paragraph beside a teaser is the story's prose from this length (two sentences).
TEASER_NEIGHBOUR_MIN_CHARS = 120
# An author box is among the last blocks of the story and at most this long.
AUTHOR_BIO_MAX_CHARS = 400
AUTHOR_BIO_TAIL_BLOCKS = 3
# A line that ends with the author's name ("More stories by Dave Steer") is a link line.
AUTHOR_LINE_MAX_CHARS = 80
# A one-word byline ("Staff", "Reuters") names no person whose box could follow the story.
AUTHOR_NAME_MIN_WORDS = 2
# A trailing label is a short line without sentence punctuation.
TRAILING_LABEL_MAX_CHARS = 40
TRAILING_LABEL_MAX_WORDS = 3
# Widget residue is a heading or two ("Comments", "Related Articles"); stop after a few.
TRAILING_LABEL_MAX_COUNT = 3
# A page this short is all label-sized lines; nothing there is residue.
TRAILING_LABEL_MIN_STORY_CHARS = 500
BLOCKS = ("p", "div", "section", "ul", "ol", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
          "table", "pre", "aside")


def _record(removed: list, reason: str, el, text: str) -> None:
    removed.append(RemovedBlock(reason=reason, sample=text[:120], length=len(text), tag=el.tag))


def vocabulary_reason(text: str) -> str | None:
    """The widget group whose vocabulary the whole short text matches, if any."""
    # One anchored pattern per group: each fails at the first character, which a combined
    # alternation cannot (it is retried at every position).
    for reason, pattern in patterns.WIDGET_PATTERNS.items():
        if pattern.match(text):
            return reason
    return None


def _widget_reason(text: str) -> str | None:
    reason = vocabulary_reason(text)
    if reason:
        return reason
    lowered = text.lower()
    if any(cta in lowered for cta in patterns.PITCH_CTAS) and patterns.PITCH_ENDING.search(text):
        return "newsletter"
    if "app" in lowered and patterns.APP_PROMO.search(text):
        return "promo"
    return None


def _attached(el, root) -> bool:
    """Still inside ``root``: not under a block an earlier check removed. Each stage lists its
    candidates first, so one may sit in a box removed meanwhile."""
    return any(a is root for a in el.iterancestors())


def _widgets(root, removed: list) -> None:
    for el in list(root.iter(*WIDGET_TAGS)):
        if not _attached(el, root):
            continue
        text = short_text(el, PITCH_MAX_CHARS)
        if not text or any(True for _ in el.iter("img", "table")):
            continue
        reason = _widget_reason(text)
        if reason and len(text) > WIDGET_MAX_CHARS and reason not in PITCH_REASONS:
            continue
        if reason:
            if reason == "advertisement":
                el = _sponsored_card(root, el)
                text = inner_text(el)
            _record(removed, reason, el, text)
            remove(el)


def _sponsored_card(root, label):
    """A "Sponsored" label that opens a small box (a paid card: label, picture, linked title,
    blurb) takes the box with it; a label standing in the story's column goes alone."""
    el = label
    for _ in range(CARD_LABEL_DEPTH):
        box = el.getparent()
        if box is None or box is root or (box.text or "").strip() \
                or next((c for c in box if is_element(c)), None) is not el:
            return label
        if box.tag in CARD_BOX_TAGS and short_text(box, PITCH_MAX_CHARS) is not None \
                and any(True for _ in box.iter("a", "img")):
            return box
        el = box
    return label


def _app_boxes(root, removed: list) -> None:
    """Store badges ("App Store", "Google Play") close an app pitch: the largest box around
    them that is still pitch-sized goes, its wording whatever it is."""
    for link in list(root.iter("a")):
        if not _attached(link, root) or not _is_store_badge(link):
            continue
        box = None
        for ancestor in link.iterancestors():
            if ancestor is root or (short_text(ancestor, PITCH_MAX_CHARS) is None):
                break
            box = ancestor
        if box is not None and box.getparent() is not None and not any(True for _ in box.iter(*DATA_TAGS)):
            _record(removed, "promo", box, inner_text(box))
            remove(box)


def _is_store_badge(link) -> bool:
    """A store link standing alone (a badge), not one named inside a sentence ("available to
    rent on Google Play and YouTube")."""
    text = inner_text(link)
    if not (patterns.APP_STORE_LINK.search(text) or patterns.APP_STORE_LINK.search(link.get("href") or "")):
        return False
    previous = link.getprevious()
    before = previous.tail if previous is not None else link.getparent().text
    in_a_line = previous is not None and previous.tag in PHRASING_TAGS and previous.tag not in ("a", "img", "br")
    return not in_a_line and not (before or "").strip() and not (link.tail or "").strip()


def _headline_teasers(root, removed: list) -> None:
    """"<p><a href=/a/tram-line-wins-approval><b>Tram line wins approval</b></a><br>The
    council…</p>": a block opening on a link whose text is the headline its URL's slug
    names, plus a short blurb, is a teaser of that story. A run of such blocks side by side
    is a list that is the content ("the 21 best films"), so only a lone one goes."""
    for el in list(root.iter("p", "div", "li")):
        if not _attached(el, root):
            continue
        link = _opening_link(el)
        if link is None or not _names_its_target(link):
            continue
        text = short_text(el, TEASER_MAX_CHARS)
        if text is None or _in_a_run(el):
            continue
        _record(removed, "teaser", el, text)
        remove(el)


def _opening_link(el):
    """The link that makes up a block's first line (directly or inside a <b>/<strong>), or
    None: a link that a sentence goes on from ("<a>Jakarta</a> is the capital…") is no line."""
    if (el.text or "").strip():
        return None
    first = next((c for c in el if is_element(c)), None)
    if first is None or (first.tail or "").strip():
        return None
    after = first.getnext()
    if after is not None and after.tag in PHRASING_TAGS and after.tag != "br":
        return None
    if first.tag == "a":
        return first
    return first.find("a") if not (first.text or "").strip() else None


def _names_its_target(link) -> bool:
    slug = url_slug(link.get("href"))
    # the link's text agrees with its URL's slug as a headline agrees with the page's
    return slug is not None and identity_share(inner_text(link), (slug,)) >= IDENTITY_MIN_SHARE


def _in_a_run(el) -> bool:
    """Not a lone teaser among the story's paragraphs: a neighbour also opens on a link (a
    list of such entries), or no neighbour is a paragraph of prose (a section front's column)."""
    neighbours = [n for n in (el.getprevious(), el.getnext()) if n is not None and is_element(n)]
    if any(_opening_link(n) is not None for n in neighbours):
        return True
    return not any(n.tag == "p" and len(inner_text(n)) >= TEASER_NEIGHBOUR_MIN_CHARS for n in neighbours)


def _last_blocks(root, count: int) -> list:
    """The last ``count`` innermost blocks with text, found from the end."""
    found = []
    for el in reversed(list(root.iter(*BLOCKS))):
        if el is root or any(is_element(c) and c.tag in BLOCKS for c in el):
            continue
        if any(piece.strip() for piece in el.itertext()):
            found.append(el)
            if len(found) == count:
                break
    return found[::-1]


def _author_bio(root, removed: list, authors: tuple[str, ...]) -> None:
    """An "X is a reporter …" box among the last blocks, or one that opens with the name of
    one of the story's own authors ("Dave Steer has written for …", "More stories by Dave
    Steer")."""
    for el in _last_blocks(root, AUTHOR_BIO_TAIL_BLOCKS):
        text = inner_text(el)
        if len(text) > AUTHOR_BIO_MAX_CHARS or not _attached(el, root):
            continue
        if patterns.AUTHOR_BIO.match(text) or any(_names_author(text, author) for author in authors):
            box = _author_box(root, el)
            _record(removed, "author bio", box, inner_text(box))
            remove(box)


def _author_box(root, el):
    """The bio's box: its largest ancestor below ``root`` that stays bio-sized (the photo and
    the "More stories by …" link go with the text)."""
    box = el
    for ancestor in el.iterancestors():
        if ancestor is root or len(inner_text(ancestor)) > AUTHOR_BIO_MAX_CHARS:
            break
        box = ancestor
    return box


def _names_author(text: str, author: str) -> bool:
    if text.startswith(author):
        return True
    return len(text) <= AUTHOR_LINE_MAX_CHARS and text.endswith(author) and not patterns.SENTENCE_END.search(text)


def _author_names(byline: str | None) -> tuple[str, ...]:
    """The names a byline gives ("By Dave Steer | Staff" -> "Dave Steer"; "By Ana Ruiz and
    Lee Park" -> both), each of two words or more."""
    if not byline:
        return ()
    names = patterns.BYLINE_TAIL.sub("", patterns.BYLINE_PREFIX.sub("", byline)).strip()
    return tuple(name.strip() for name in patterns.NAME_SEPARATOR.split(names)
                 if len(name.split()) >= AUTHOR_NAME_MIN_WORDS)


def _is_trailing_label(el, text: str) -> bool:
    if len(text) > TRAILING_LABEL_MAX_CHARS or any(ch in text for ch in ".!?。"):
        return False
    if any(True for _ in el.iter("img")):
        return False
    return el.tag in ("h2", "h3", "h4", "h5", "h6") or len(text.split()) <= TRAILING_LABEL_MAX_WORDS


def _trailing_labels(root, removed: list) -> None:
    if len(inner_text(root)) < TRAILING_LABEL_MIN_STORY_CHARS:
        return
    for _ in range(TRAILING_LABEL_MAX_COUNT):
        tail = _last_blocks(root, 1)
        if not tail:
            return
        el = tail[0]
        text = inner_text(el)
        if not _is_trailing_label(el, text):
            return
        _record(removed, "trailing label", el, text)
        remove(el)


def _related_links(root, removed: list) -> None:
    """"Read more: <a>Another story</a>" lines inside the body: a related label and a link
    that holds most of the line."""
    for el in list(root.iter("p", "div", "li")):
        if not _attached(el, root):
            continue
        text = short_text(el, WIDGET_MAX_CHARS)
        if text and patterns.RELATED_LINK_LABEL.match(text) \
                and link_density(el, len(text)) >= RELATED_LINK_MIN_DENSITY:
            _record(removed, "related link", el, text)
            remove(el)


def strip_boilerplate(root, byline: str | None = None) -> list[RemovedBlock]:
    """The stages above on the story container, in place; ``byline`` is the page's byline,
    whose name marks the author's own box after the body."""
    removed: list[RemovedBlock] = []
    _related_links(root, removed)
    _widgets(root, removed)
    _app_boxes(root, removed)
    _headline_teasers(root, removed)
    _author_bio(root, removed, _author_names(byline))
    _trailing_labels(root, removed)
    return removed
