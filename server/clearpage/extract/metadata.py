"""Page metadata: title, byline, date, site, language, direction, lead image, excerpt.

Sources in order of trust: JSON-LD (schema.org Article types), OpenGraph / Twitter /
Dublin Core / Parse.ly ``<meta>``, microdata (``itemprop`` inside ``itemscope``), then
the document itself (``<title>`` with the site name stripped, ``<html lang>``, ``dir``,
byline-looking elements). The same module also reads the page's *identity* (canonical
URL, JSON-LD ``articleBody``, the headline strings), which segmentation uses to pick the
main story among several.

The precedence and the title/byline rules follow Mozilla Readability.js (``_getJSONLD``,
``_getArticleMetadata``, ``_getArticleTitle``, ``_checkByline``), whose output on 130 real
pages is the reference (``clearpage.metadata_bench``). Sources Readability.js does not
read (microdata, ``<time>``, ``og:locale``, ``dc.date``) only fill fields it leaves empty.
Where a reader would see a repetition Readability.js keeps, the title and byline are
tidied last (``tidy_title``, ``tidy_byline``): no "By ", no title part that is the site's
or the author's name, no byline that is the site's name.

Cost: one pass over ``<title>``/``<meta>``/``<link>``/``<script>``; the byline and
microdata fallbacks are single XPath queries, run only when the cheaper sources are empty.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from lxml import etree

from . import patterns
from .text import normalize_space, text_of

# Readability.js title rules: below this many words a split title lost the headline.
TITLE_MIN_WORDS = 3
# ... a title of at most this many words after cutting is a site name or a section,
# so the whole <title> is kept (unless a hierarchical separator cut exactly one word).
TITLE_SHORT_WORDS = 4
# ... more than this many words before a colon: the colon is inside the headline.
TITLE_COLON_PREFIX_MAX_WORDS = 5
# ... a <title> outside these lengths (chars) is replaced by the page's only <h1>.
TITLE_MIN_CHARS, TITLE_MAX_CHARS = 15, 150
# An excerpt is a summary, not the article: cut a long description at this many characters.
EXCERPT_MAX_CHARS = 500
# A byline this long or longer is a paragraph, not a name (Readability.js: 100).
BYLINE_MAX_CHARS = 100
# How many elements after the first <h1> to look at for a "By X" line.
BYLINE_NEAR_H1_ELEMENTS = 12

_SEPARATORS = r"\|\-–—\\/>»"
TITLE_SEPARATOR_RE = re.compile(rf"\s[{_SEPARATORS}]\s")
# "Section / Page", "Site » Story": the parts are nested, not "headline | site".
TITLE_HIERARCHICAL_RE = re.compile(r"\s[\\/>»]\s")
TITLE_FIRST_PART_RE = re.compile(rf"^[^{_SEPARATORS}]*[{_SEPARATORS}]")
WORD_SPLIT_RE = re.compile(r"\s+")
SCHEMA_ORG_RE = re.compile(r"^https?://schema\.org/?$")
CDATA_RE = re.compile(r"^\s*<!\[CDATA\[|\]\]>\s*$")
URL_RE = re.compile(r"^https?://", re.IGNORECASE)
# Readability.js's <meta property> pattern: several space-separated properties may match.
# Without its leading "\s*" (the key drops all spaces anyway): tried at every space of a long
# run, that rescanned the rest of the run each time (quadratic).
META_PROPERTY_RE = re.compile(
    r"(article|dc|dcterm|og|twitter)\s*:\s*"
    r"(author|creator|description|published_time|title|site_name)\s*", re.IGNORECASE)
# ... and its <meta name> pattern (one value).
META_NAME_RE = re.compile(
    r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?"
    r"(author|creator|pub-date|description|title|site_name)\s*$", re.IGNORECASE)
ENTITY_NAMED_RE = re.compile(r"&(quot|amp|apos|lt|gt);")
ENTITY_NUMERIC_RE = re.compile(r"&#(?:x([0-9a-f]+)|([0-9]+));", re.IGNORECASE)
_NAMED = {"quot": '"', "amp": "&", "apos": "'", "lt": "<", "gt": ">"}
# Digits of the largest code point, 0x10FFFF (1114111): 7 in decimal, 6 in hex.
CODE_POINT_MAX_DIGITS = 7
LOCALE_RE = re.compile(r"^([a-z]{2,3})(?:[_-]([a-z]{2}|[0-9]{3}))?$", re.IGNORECASE)
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A JSON "\ud83d" escape without its pair (a CMS cutting an emoji in half) decodes to a lone
# surrogate, which no output encoding can hold: it becomes U+FFFD where JSON strings enter.
LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls (and DEL) but tab and newline: never text, and ESC/CSI/OSC sequences in a
# title would drive the terminal that shows ``clearpage clean --format text``.
CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
UNPRINTABLE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

# Elements that may carry a byline (any class/id/rel/itemprop), in document order; the
# byline words are then matched in Python: one C-level pass, one cheap test each.
BYLINE_CANDIDATES_XPATH = etree.XPath("//body//*[@class or @id or @rel or @itemprop]")
MICRODATA_XPATH = etree.XPath(
    "//*[@itemprop and ancestor-or-self::*[@itemscope]]"
    "[contains(@itemprop, 'headline') or contains(@itemprop, 'author') or "
    "contains(@itemprop, 'datePublished') or contains(@itemprop, 'publisher')]")


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    byline: str | None = None
    published: str | None = None        # ISO 8601 where parseable, else as the page says
    site_name: str | None = None
    lang: str | None = None
    dir: str | None = None
    lead_image: str | None = None
    excerpt: str | None = None
    canonical_url: str | None = None
    # Identity of the main story, for segmentation (not shown to users).
    headlines: tuple[str, ...] = ()
    article_body: str | None = None
    published_raw: str | None = None    # the date string as the page wrote it


def printable(text: str) -> str:
    """``text`` without control characters (tab and newline kept) and lone surrogates (U+FFFD)."""
    if not UNPRINTABLE_RE.search(text):  # one scan for the usual text that has neither
        return text
    text = CONTROL_CHARS_RE.sub("", text)
    return LONE_SURROGATE_RE.sub("\ufffd", text)


def unescape_entities(text: str | None) -> str | None:
    """Entities left in metadata by double escaping (Readability.js ``_unescapeHtmlEntities``)."""
    if not text or "&" not in text:
        return text

    def numeric(match):
        digits = (match.group(1) or match.group(2)).lstrip("0")
        # Longer than any code point: int() would refuse thousands of decimal digits.
        if len(digits) > CODE_POINT_MAX_DIGITS:
            return "\ufffd"
        num = int(digits or "0", 16 if match.group(1) else 10)
        if num == 0 or num > 0x10FFFF or 0xD800 <= num <= 0xDFFF:
            num = 0xFFFD
        return chr(num)

    text = ENTITY_NAMED_RE.sub(lambda m: _NAMED[m.group(1)], text)
    return ENTITY_NUMERIC_RE.sub(numeric, text)


# --- one pass over the head-ish elements -------------------------------------------------

@dataclass
class _Scan:
    title: str | None = None
    values: dict | None = None      # Readability.js's name -> content (last one wins)
    extra: dict | None = None       # every other meta key -> content (first one wins)
    jsonld: list | None = None
    canonical: str | None = None
    image_src: str | None = None


def _scan(tree) -> _Scan:
    scan = _Scan(values={}, extra={}, jsonld=[])
    for el in tree.iter("title", "meta", "link", "script"):
        tag = el.tag
        if tag == "meta":
            _read_meta(el, scan.values, scan.extra)
        elif tag == "script":
            if (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
                scan.jsonld.append(el.text)
        elif tag == "title":
            if scan.title is None:
                scan.title = normalize_space(text_of(el))
        else:
            rel = (el.get("rel") or "").lower().split()
            href = (el.get("href") or "").strip()
            if href and "canonical" in rel and scan.canonical is None:
                scan.canonical = href
            elif href and "image_src" in rel and scan.image_src is None:
                scan.image_src = href
    return scan


def _read_meta(el, values: dict, extra: dict) -> None:
    content = el.get("content")
    if not content or not content.strip():
        return
    content = content.strip()
    prop, name = el.get("property"), el.get("name")
    matched = False
    if prop:
        match = META_PROPERTY_RE.search(prop)
        if match:
            matched = True
            values[re.sub(r"\s", "", match.group(0).lower())] = content
        for key in prop.lower().split():
            extra.setdefault(key, content)
    if not matched and name and META_NAME_RE.match(name):
        values[re.sub(r"\s", "", name.lower()).replace(".", ":")] = content
    for attr in ("name", "itemprop", "http-equiv"):
        value = el.get(attr)
        if value:
            extra.setdefault(normalize_space(value).lower().replace(".", ":"), content)


# --- JSON-LD -----------------------------------------------------------------------------

@dataclass(frozen=True)
class _JsonLd:
    title: str | None = None
    headline: str | None = None
    byline: str | None = None
    excerpt: str | None = None
    site_name: str | None = None
    published: str | None = None
    image: str | None = None
    url: str | None = None
    body: str | None = None


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def _is_article(obj) -> bool:
    return isinstance(obj, dict) and any(patterns.JSONLD_ARTICLE_TYPES.search(k) for k in _types(obj))


def _best_article(items: list):
    """The first story-typed object, else the first page-typed one (WebPage)."""
    articles = [item for item in items if _is_article(item)]
    for item in articles:
        if not all(patterns.JSONLD_PAGE_TYPES.match(k) for k in _types(item)):
            return item
    return articles[0] if articles else None


def _schema_org(obj: dict) -> bool:
    context = obj.get("@context")
    if isinstance(context, dict):
        context = context.get("@vocab")
    return isinstance(context, str) and bool(SCHEMA_ORG_RE.match(context.strip()))


def _find_article(data):
    """The article object of one JSON-LD block: top level, a list, or inside ``@graph``."""
    if isinstance(data, list):
        found = _best_article(data)
        if found is None:
            graphs = (_find_article(item) for item in data if isinstance(item, dict))
            return next((g for g in graphs if g is not None), None)
        return found if _schema_org(found) or any(_schema_org(d) for d in data
                                                    if isinstance(d, dict)) else None
    if not isinstance(data, dict) or not _schema_org(data):
        return None
    graph = data.get("@graph")
    if _is_article(data) and not (isinstance(graph, list) and _best_article(graph)):
        return data
    graph = data.get("@graph")
    if isinstance(graph, list):
        return _best_article(graph)
    return None


def _text(value) -> str | None:
    if isinstance(value, str):
        return normalize_space(printable(value)) or None
    return None


def _person_names(value) -> str | None:
    """JSON-LD author: an object with a name, or a list of them (Readability.js), or a string."""
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and value:
        if isinstance(value[0], dict):
            names = [n for n in (_text(v.get("name")) for v in value if isinstance(v, dict)) if n]
        else:
            names = [n for n in (_text(v) for v in value) if n and not URL_RE.match(n)]
        return ", ".join(names) or None
    name = _text(value)
    return name if name and not URL_RE.match(name) else None


def _url_of(value) -> str | None:
    if isinstance(value, str):
        return printable(value).strip() or None
    if isinstance(value, dict):
        return _url_of(value.get("url") or value.get("contentUrl") or value.get("@id"))
    if isinstance(value, list) and value:
        return _url_of(value[0])
    return None


def _read_jsonld(blocks: list[str], doc_title) -> _JsonLd:
    for raw in blocks:
        try:
            data = json.loads(CDATA_RE.sub("", raw))
        except (ValueError, RecursionError):
            continue
        try:
            obj = _find_article(data)
        except RecursionError:
            continue
        if obj is None:
            continue
        name, headline = _text(obj.get("name")), _text(obj.get("headline"))
        title = name or headline
        if name and headline and name != headline:
            # Some sites put their own name in "name" (aktualne.cz): take whichever
            # matches the document title (Readability.js).
            cleaned = doc_title()
            if _similarity(headline, cleaned) > 0.75 and not _similarity(name, cleaned) > 0.75:
                title = headline
        publisher = obj.get("publisher")
        return _JsonLd(
            title=title, headline=headline or name,
            byline=_person_names(obj.get("author")),
            excerpt=_text(obj.get("description")),
            site_name=_text(publisher.get("name")) if isinstance(publisher, dict) else None,
            published=_text(obj.get("datePublished")),
            image=_url_of(obj.get("image") or obj.get("thumbnailUrl")),
            url=_url_of(obj.get("url") or obj.get("mainEntityOfPage")),
            body=_text(obj.get("articleBody")))
    return _JsonLd()


TOKEN_RE = re.compile(r"\W+")


def _similarity(a: str, b: str | None) -> float:
    """Share of b's text covered by words also in a (Readability.js ``_textSimilarity``)."""
    if not b:
        return 0.0
    ta = [t for t in TOKEN_RE.split(a.lower()) if t]
    tb = [t for t in TOKEN_RE.split(b.lower()) if t]
    if not ta or not tb:
        return 0.0
    uniq_b = [t for t in tb if t not in ta]
    return 1 - len(" ".join(uniq_b)) / len(" ".join(tb))


# --- title ---------------------------------------------------------------------------------

def _word_count(text: str) -> int:
    return len(WORD_SPLIT_RE.split(text))


def clean_title(raw: str | None, tree) -> str | None:
    """Strip the site name from a ``<title>`` (Readability.js ``_getArticleTitle``).

    "Headline | Site" loses its last part; if that leaves under 3 words, the first part
    goes instead ("Site | Headline"). Without separators, "Site: Headline" keeps what
    follows the colon unless a heading repeats the whole title. A title of 4 words or
    fewer after cutting was a name, not a headline: the whole ``<title>`` stays.
    """
    if not raw:
        return raw
    orig = cur = raw
    hierarchical = False
    separators = list(TITLE_SEPARATOR_RE.finditer(orig))
    if separators:
        hierarchical = bool(TITLE_HIERARCHICAL_RE.search(orig))
        cur = orig[:separators[-1].start()]
        if _word_count(cur) < TITLE_MIN_WORDS:
            cur = TITLE_FIRST_PART_RE.sub("", orig, count=1)
    elif ": " in cur:
        if not any(normalize_space(text_of(h)) == cur for h in tree.iter("h1", "h2")):
            cur = orig[orig.rfind(":") + 1:]
            if _word_count(cur) < TITLE_MIN_WORDS:
                cur = orig[orig.find(":") + 1:]
            elif _word_count(orig[:orig.find(":")]) > TITLE_COLON_PREFIX_MAX_WORDS:
                cur = orig
    elif len(cur) > TITLE_MAX_CHARS or len(cur) < TITLE_MIN_CHARS:
        h1s = list(tree.iter("h1"))
        if len(h1s) == 1:
            cur = normalize_space(text_of(h1s[0]))
    cur = normalize_space(cur)
    words = _word_count(cur)
    if words <= TITLE_SHORT_WORDS and (
            not hierarchical or words != _word_count(TITLE_SEPARATOR_RE.sub("", orig)) - 1):
        cur = orig
    return cur


# --- byline from the document ------------------------------------------------------------

def _short_text(el, limit: int) -> str | None:
    """The element's text, or None as soon as it is clearly longer than ``limit``."""
    parts, size = [], 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if size > limit * 4:
            return None
    return "".join(parts).strip()


def _hidden(el) -> bool:
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(HIDDEN_STYLE_RE.search(el.get("style") or "")))


class _DroppedBoxes:
    """Which elements sit in a box a reader drops whole before it reads bylines: hidden, a
    modal, page chrome (header, menu...) below the body. Each element's verdict is worked out
    once per page from its parent's, where every candidate used to walk all its ancestors
    (and each of those all of theirs, for a table or code around it)."""

    def __init__(self) -> None:
        self._inside: dict = {}  # element -> is it, or an ancestor below body, dropped?
        self._in_table: dict = {}  # element -> has a <table> or <code> ancestor?

    def holds(self, el) -> bool:
        parent = el.getparent()
        return parent is not None and self._is_inside(parent)

    def _is_inside(self, el) -> bool:
        chain = []
        while el is not None and el not in self._inside and el.tag not in ("body", "html"):
            chain.append(el)
            el = el.getparent()
        verdict = self._inside.get(el, False) if el is not None else False
        for box in reversed(chain):
            verdict = verdict or self._drops(box)
            self._inside[box] = verdict
        return verdict

    def _drops(self, box) -> bool:
        if _hidden(box) or box.tag in ("script", "noscript", "style", "template"):
            return True
        if box.get("role") in patterns.BYLINE_SKIP_ROLES:
            return True
        if box.get("aria-modal") == "true" and box.get("role") == "dialog":
            return True
        match = f"{box.get('class') or ''} {box.get('id') or ''}"
        return bool(patterns.BYLINE_SKIP_CONTAINERS.search(match)) and \
            not patterns.BYLINE_KEEP_CONTAINERS.search(match) and box.tag != "a" and \
            not self._has_table_ancestor(box)

    def _has_table_ancestor(self, el) -> bool:
        chain = []
        parent = el.getparent()
        while parent is not None and parent not in self._in_table:
            chain.append(parent)
            parent = parent.getparent()
        found = parent is not None and (self._in_table[parent] or parent.tag in ("table", "code"))
        for ancestor in reversed(chain):
            # an ancestor of ``el`` has one when it is one or one of its own ancestors is
            self._in_table[ancestor] = found
            found = found or ancestor.tag in ("table", "code")
        return found


def _byline_from_document(tree) -> str | None:
    """The first visible byline-looking element (Readability.js ``_checkByline``)."""
    hint = patterns.BYLINE_HINTS.search
    dropped = _DroppedBoxes()
    for el in BYLINE_CANDIDATES_XPATH(tree):
        get = el.get
        if not (get("rel") == "author" or "author" in (get("itemprop") or "")
                or hint(get("class") or "") or hint(get("id") or "")):
            continue
        if _hidden(el) or el.tag in ("script", "style", "noscript", "template", "meta", "link"):
            continue
        text = _short_text(el, BYLINE_MAX_CHARS)
        if not text or len(text) >= BYLINE_MAX_CHARS or dropped.holds(el):
            continue
        # A name inside the byline block ("By <span itemprop=name>X</span> on date").
        for sub in el.iterdescendants():
            if "name" in (sub.get("itemprop") or "") and isinstance(sub.tag, str):
                name = normalize_space(text_of(sub))
                if name:
                    return name
                break
        return normalize_space(text)
    return None


# "By Jane Doe", "Written by Jane Doe", "Par Jean Dupont": the word is the page's layout,
# not part of the name; a reader shows the name alone (Readability.js keeps the word).
BYLINE_BY_PREFIX_RE = re.compile(
    r"^(?:written\s+)?(?:by|par|von|por|di|door|av|af)(?:\s*:\s*|\s+)(?=\S)", re.IGNORECASE)
# A site name's domain ending ("Factorio.com", "Libération.fr") is not part of the name
# a <title> repeats ("... | Factorio").
SITE_DOMAIN_SUFFIX_RE = re.compile(r"\.[a-z]{2,6}$", re.IGNORECASE)
# Host parts that are not the site's name ("www.", "en." of en.wikipedia.org, the TLD).
HOST_NOISE_LABELS = frozenset({"www", "m", "mobile", "amp", "en", "de", "fr", "es", "it", "nl",
                               "co", "com", "org", "net"})

BY_LINE_RE = re.compile(r"^(by|par|von|por|di|door|av|af)\s+\S", re.IGNORECASE)
BY_WORD_RE = re.compile(r"^(by|par|von|por|di|door|av|af)\W*$", re.IGNORECASE)


def _byline_near_heading(tree) -> str | None:
    """A short "By X" line just after the page's first ``<h1>``."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return None
    for seen, el in enumerate(h1.itersiblings()):
        if seen >= BYLINE_NEAR_H1_ELEMENTS or not isinstance(el.tag, str):
            break
        for sub in el.iter():
            text = normalize_space(sub.text or "") if len(sub) else normalize_space(text_of(sub))
            if BY_WORD_RE.match(text):
                # "<span>By <a href=/by/name>Name</a></span>": the name is the child's text.
                text = normalize_space(text_of(sub))
            if text and BY_LINE_RE.match(text) and len(text) < BYLINE_MAX_CHARS:
                # "By Name · Nov 18, 2026": the date is the page's, not part of the byline.
                return patterns.BYLINE_TAIL.sub("", normalize_space(text_of(sub)))
    return None


# --- microdata -----------------------------------------------------------------------------

def _microdata(tree) -> dict[str, str]:
    """headline / author / datePublished / publisher from ``itemprop`` inside ``itemscope``."""
    found: dict[str, str] = {}
    for el in MICRODATA_XPATH(tree):
        for prop in (el.get("itemprop") or "").split():
            if prop not in ("headline", "author", "datePublished", "publisher") or prop in found:
                continue
            if el.get("itemscope") is not None:
                names = el.xpath(".//*[contains(@itemprop, 'name')]")
                value = _item_value(names[0]) if names else None
            else:
                value = _item_value(el)
            if value and len(value) < (BYLINE_MAX_CHARS if prop != "headline" else 500):
                found[prop] = value
    return found


def _item_value(el) -> str | None:
    for attr in ("content", "datetime"):
        if el.get(attr):
            return normalize_space(el.get(attr))
    return normalize_space(text_of(el)) or None


# --- the rest ------------------------------------------------------------------------------

DATE_ONLY_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")
DATETIME_FORMATS = ("%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M:%S %Z", "%Y/%m/%d %H:%M:%S")
TZ_NO_COLON_RE = re.compile(r"([+-]\d\d)(\d\d)$")
UNIX_SECONDS_RE = re.compile(r"^\d{9,10}$")


def _iso_date(value: str | None) -> str | None:
    """A date as ISO 8601 ("2017-03-09", "2017-01-18T23:00:00-08:00"), or None.

    The page's own offset is kept (no conversion); a date without a time stays a date.
    """
    if not value:
        return None
    value = normalize_space(value)
    for fmt in DATE_ONLY_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    candidate = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    candidate = TZ_NO_COLON_RE.sub(r"\1:\2", candidate)
    try:
        return datetime.fromisoformat(candidate).isoformat()
    except ValueError:
        pass
    for fmt in DATETIME_FORMATS:
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        if fmt.endswith("%Z"):
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.isoformat()
    if UNIX_SECONDS_RE.match(value):
        return datetime.fromtimestamp(int(value), tz=timezone.utc).isoformat()
    return None


def _first(*values):
    for value in values:
        if value:
            return value
    return None


def _lang(tree, extra: dict) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") \
        or tree.get("xml:lang")
    if lang and lang.strip():
        return lang.strip()
    for key in ("content-language", "og:locale", "dc:language", "language"):
        value = (extra.get(key) or "").split(",")[0].strip()
        match = LOCALE_RE.match(value)
        if match:
            return match.group(1).lower() + (f"-{match.group(2).upper()}" if match.group(2) else "")
    return None


def _document_dir(tree) -> str | None:
    """Direction of the story: the nearest ``dir`` above its headline (the first ``<h1>``,
    else ``<main>``/``<article>``), which reaches ``<body>`` and ``<html>`` last. Readability.js
    reads it from the ancestors of its chosen content the same way."""
    h1 = next(tree.iter("h1"), None)
    anchor = h1.getparent() if h1 is not None else next(tree.iter("main", "article"), None)
    if anchor is not None:
        return element_dir(anchor)
    body = tree.find("body")
    return element_dir(body if body is not None else tree)


def element_dir(node) -> str | None:
    """Text direction of a chosen content node: the nearest ``dir`` on it or an ancestor
    (Readability.js reads it from the article's ancestors, not only ``<html>``)."""
    while node is not None:
        value = (node.get("dir") or "").strip().lower() if isinstance(node.tag, str) else ""
        if value in ("ltr", "rtl", "auto"):
            return value
        node = node.getparent()
    return None


def _valid_byline(value: str | None) -> str | None:
    if not value:
        return None
    value = normalize_space(value)
    return value if 0 < len(value) < BYLINE_MAX_CHARS and not URL_RE.match(value) else None


def _name_key(text: str | None) -> str:
    """A site or person name compared loosely: case, a leading "the", a domain ending."""
    key = normalize_space(text or "").casefold()
    key = SITE_DOMAIN_SUFFIX_RE.sub("", key)
    return key[4:] if key.startswith("the ") else key


def _host_name(url: str | None) -> str | None:
    """The name-like label of a URL's host: "en.wikipedia.org" -> "wikipedia"."""
    match = re.match(r"^https?://([^/:?#]+)", (url or "").strip(), re.IGNORECASE)
    if not match:
        return None
    labels = [label for label in match.group(1).lower().split(".")[:-1]
              if label not in HOST_NOISE_LABELS]
    return labels[-1] if labels else None


def tidy_byline(byline: str | None, site_name: str | None) -> str | None:
    """The byline as a reader sees it: no leading "By", and none at all when it is only the
    site's name ("BBC News" on bbc.co.uk), which the meta line already shows."""
    if not byline:
        return byline
    name = BYLINE_BY_PREFIX_RE.sub("", normalize_space(byline)) or None
    if name and site_name and _name_key(name) == _name_key(site_name):
        return None
    return name


def tidy_title(title: str | None, names: tuple[str | None, ...]) -> str | None:
    """The title without a leading or trailing part that only repeats the site's or the
    author's name ("Headline | Eleanor Ainge Roy", "Headline - Medium"); og:title and
    JSON-LD carry such suffixes, which Readability.js keeps. One part always stays."""
    if not title:
        return title
    keys = {_name_key(name) for name in names if name and normalize_space(name)}
    if not keys:
        return title
    bounds = [0, *(pos for m in TITLE_SEPARATOR_RE.finditer(title) for pos in m.span()), len(title)]
    parts = [title[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]
    seps = [title[bounds[i]:bounds[i + 1]] for i in range(1, len(bounds) - 1, 2)]
    while len(parts) > 1 and _name_key(parts[-1]) in keys:
        parts.pop()
        seps.pop()
    while len(parts) > 1 and _name_key(parts[0]) in keys:
        parts.pop(0)
        seps.pop(0)
    return normalize_space("".join(p + s for p, s in zip(parts, [*seps, ""])))


def read_metadata(tree: etree._Element) -> Metadata:
    """Everything the page says about itself, before any content is chosen."""
    scan = _scan(tree)
    values, extra = scan.values, scan.extra
    raw_title = scan.title
    cleaned: list[str | None] = []

    def doc_title() -> str | None:
        if not cleaned:
            cleaned.append(clean_title(raw_title, tree))
        return cleaned[0]

    ld = _read_jsonld(scan.jsonld, doc_title)
    micro: dict[str, str] | None = None

    def microdata() -> dict[str, str]:
        nonlocal micro
        if micro is None:
            micro = _microdata(tree)
        return micro

    title = _first(ld.title, values.get("dc:title"), values.get("dcterm:title"),
                   values.get("og:title"), values.get("weibo:article:title"),
                   values.get("weibo:webpage:title"), values.get("title"),
                   values.get("twitter:title"), values.get("parsely-title"))
    if not title:
        title = doc_title() or microdata().get("headline")
    title = normalize_space(unescape_entities(title)) or None

    article_author = values.get("article:author")
    byline = _first(ld.byline, values.get("dc:creator"), values.get("dcterm:creator"),
                    values.get("author"), values.get("parsely-author"),
                    article_author if article_author and not URL_RE.match(article_author) else None)
    byline = _valid_byline(unescape_entities(byline)) or _byline_from_document(tree) \
        or _valid_byline(microdata().get("author")) or _byline_near_heading(tree)

    excerpt = _first(ld.excerpt, values.get("dc:description"), values.get("dcterm:description"),
                     values.get("og:description"), values.get("weibo:article:description"),
                     values.get("weibo:webpage:description"), values.get("description"),
                     values.get("twitter:description"))
    excerpt = normalize_space(unescape_entities(excerpt)) or None
    if excerpt and len(excerpt) > EXCERPT_MAX_CHARS:
        excerpt = excerpt[:EXCERPT_MAX_CHARS].rsplit(" ", 1)[0] + "…"

    published = _first(ld.published, values.get("article:published_time"),
                       values.get("parsely-pub-date"))
    if not published:
        # Sources Readability.js does not read: only a value that parses as a date.
        published = next((d for d in (extra.get("datepublished"), extra.get("dc:date"),
                                      extra.get("dcterms:created"), extra.get("date"))
                          if _iso_date(d)), None)
    if not published:
        published = microdata().get("datePublished")
        published = published if _iso_date(published) else None
    published = unescape_entities(published)

    site_name = normalize_space(unescape_entities(_first(ld.site_name, values.get("og:site_name")))) or None

    og_title, tw_title = values.get("og:title"), values.get("twitter:title")
    headlines = tuple(dict.fromkeys(
        normalize_space(unescape_entities(h)) for h in
        (ld.headline, og_title, tw_title, title, doc_title(), raw_title) if h))
    canonical_url = _first(scan.canonical, extra.get("og:url"), ld.url)
    byline = tidy_byline(byline, site_name)
    return Metadata(
        title=tidy_title(title, (site_name, _host_name(canonical_url), byline)),
        byline=byline,
        published=_iso_date(published) or published,
        published_raw=published,
        site_name=site_name,
        lang=_lang(tree, extra),
        dir=_document_dir(tree),
        lead_image=_first(ld.image, extra.get("og:image"), extra.get("og:image:url"),
                          extra.get("og:image:secure_url"), extra.get("twitter:image"),
                          extra.get("twitter:image:src"), scan.image_src),
        excerpt=excerpt,
        canonical_url=canonical_url,
        headlines=headlines,
        article_body=ld.body,
    )
