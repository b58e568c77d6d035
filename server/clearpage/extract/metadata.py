"""Page metadata: title, byline, date, site, language, direction, lead image, excerpt.

Sources in order of trust: JSON-LD (schema.org Article types), OpenGraph / Twitter /
Dublin Core / Parse.ly ``<meta>``, microdata (``itemprop``), then the document itself
(``<title>``, ``<html lang>``, byline-looking elements). The same module also reads the
page's *identity* (canonical URL, JSON-LD ``articleBody``), which segmentation uses to
pick the main story among several.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

import lxml.html

from . import patterns
from .text import normalize_space, text_of

# Titles shorter or longer than these (in words) after stripping the site name are
# not trusted as a headline; the full <title> is kept instead (Readability.js values).
TITLE_MIN_WORDS = 3
TITLE_SPLIT_MAX_WORDS = 5
# An excerpt is a summary, not the article: cut a long description at this many characters.
EXCERPT_MAX_CHARS = 500
# A byline longer than this is a paragraph, not a name (Readability.js: 100).
BYLINE_MAX_CHARS = 100

TITLE_SEPARATORS_RE = re.compile(r"\s[\|\-–—\\/>»·:]\s")
JSONLD_CONTEXT_RE = re.compile(r"^https?://schema\.org/?$")


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    site_name: str | None = None
    lang: str | None = None
    dir: str | None = None
    lead_image: str | None = None
    excerpt: str | None = None
    canonical_url: str | None = None
    # Identity of the main story, for segmentation (not shown to users).
    headlines: tuple[str, ...] = ()
    article_body: str | None = None


def _meta_values(tree) -> dict[str, str]:
    """All ``<meta>`` name/property values, keys lower-cased, first value wins."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        keys = (meta.get("property") or "").split() + (meta.get("name") or "").split() \
            + (meta.get("itemprop") or "").split()
        for key in keys:
            key = key.strip().lower()
            # "og:title" and "twitter:title" also appear as "og:title" in name=.
            key = re.sub(r"\s+", "", key)
            values.setdefault(key, normalize_space(content))
    return values


def _jsonld_objects(tree) -> list[dict]:
    found: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*<!\[CDATA\[|\]\]>\s*$", "", raw)
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return found


def _is_article(obj: dict) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and patterns.JSONLD_ARTICLE_TYPES.match(k) for k in kinds)


def _names(value) -> str | None:
    """Author / publisher field of JSON-LD as text: a string, an object or a list of them."""
    if isinstance(value, str):
        return normalize_space(value) or None
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def _image_url(value) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return _image_url(value[0])
    return None


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


def _read_jsonld(tree, doc_title: str | None) -> _JsonLd:
    for obj in _jsonld_objects(tree):
        if not _is_article(obj):
            continue
        name, headline = _str(obj.get("name")), _str(obj.get("headline"))
        title = name or headline
        if name and headline and name != headline and doc_title:
            # Readability.js: prefer whichever matches the document title.
            title = headline if _similar(headline, doc_title) >= _similar(name, doc_title) else name
        return _JsonLd(title=title, headline=headline or name, byline=_names(obj.get("author")),
                       excerpt=_str(obj.get("description")),
                       site_name=_names(obj.get("publisher")),
                       published=_str(obj.get("datePublished")),
                       image=_image_url(obj.get("image") or obj.get("thumbnailUrl")),
                       url=_str(obj.get("url") or obj.get("mainEntityOfPage")),
                       body=_str(obj.get("articleBody")))
    return _JsonLd()


def _str(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, str):
        value = normalize_space(value)
        return value or None
    return None


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _similar(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def document_title(tree) -> str | None:
    title_el = tree.find(".//title")
    raw = normalize_space(text_of(title_el)) if title_el is not None else ""
    return raw or None


def clean_title(raw: str | None, tree) -> str | None:
    """Strip the site name from a ``<title>`` the way Readability.js does."""
    if not raw:
        return None
    title = raw
    if TITLE_SEPARATORS_RE.search(raw):
        parts = TITLE_SEPARATORS_RE.split(raw)
        first = parts[0]
        last = TITLE_SEPARATORS_RE.split(raw)[-1]
        title = first if len(first.split()) >= TITLE_MIN_WORDS else raw
        if len(first.split()) < TITLE_MIN_WORDS and len(last.split()) >= TITLE_MIN_WORDS:
            title = raw
        # Keep the longer side when the site name comes first ("Site | Headline").
        if len(parts) == 2 and len(parts[1].split()) > len(first.split()) + TITLE_SPLIT_MAX_WORDS:
            title = parts[1]
    elif len(raw) > 150 or len(raw) < 15:
        headings = [normalize_space(text_of(h)) for h in tree.iter("h1")]
        if len(headings) == 1 and headings[0]:
            title = headings[0]
    if len(title.split()) <= TITLE_SPLIT_MAX_WORDS - 1 and title != raw \
            and len(TITLE_SEPARATORS_RE.sub(" ", raw).split()) - len(title.split()) <= 1:
        title = raw
    return title.strip() or raw


def _byline_from_document(tree) -> str | None:
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("rel") == "author" or (el.get("itemprop") or "").find("author") >= 0 \
                or patterns.BYLINE_HINTS.search(" ".join((el.get("class") or "", el.get("id") or ""))):
            text = normalize_space(text_of(el))
            if 0 < len(text) <= BYLINE_MAX_CHARS:
                return text
    return None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%a, %d %b %Y %H:%M:%S %z", "%Y-%m-%d", "%Y/%m/%d",
                "%B %d, %Y", "%d %B %Y"):
        try:
            return datetime.strptime(value, fmt).isoformat()
        except ValueError:
            continue
    return None


def _first(*values):
    for value in values:
        if value:
            return value
    return None


def _canonical(tree, meta: dict[str, str]) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return meta.get("og:url")


def _document_dir(tree) -> str | None:
    value = (tree.get("dir") or "").strip().lower()
    if not value:
        body = tree.find("body")
        value = (body.get("dir") or "").strip().lower() if body is not None else ""
    return value if value in ("ltr", "rtl", "auto") else None


def read_metadata(tree: lxml.html.HtmlElement) -> Metadata:
    """Everything the page says about itself, before any content is chosen."""
    meta = _meta_values(tree)
    doc_title = document_title(tree)
    ld = _read_jsonld(tree, doc_title)
    title = _first(ld.title, meta.get("dc:title"), meta.get("dcterm:title"), meta.get("og:title"),
                   meta.get("weibo:article:title"), meta.get("weibo:webpage:title"),
                   meta.get("title"), meta.get("twitter:title"), meta.get("parsely-title"))
    if not title:
        title = clean_title(doc_title, tree)
    byline = _first(ld.byline, meta.get("dc:creator"), meta.get("dcterm:creator"),
                    meta.get("author"), meta.get("parsely-author"))
    if byline and (byline.startswith("http") or len(byline) > BYLINE_MAX_CHARS):
        byline = None
    excerpt = _first(ld.excerpt, meta.get("dc:description"), meta.get("dcterm:description"),
                     meta.get("og:description"), meta.get("weibo:article:description"),
                     meta.get("weibo:webpage:description"), meta.get("description"),
                     meta.get("twitter:description"))
    published = _first(ld.published, meta.get("article:published_time"),
                       meta.get("parsely-pub-date"), meta.get("datepublished"),
                       meta.get("date"), meta.get("dc.date"))
    headlines = tuple(dict.fromkeys(h for h in (ld.headline, meta.get("og:title"),
                                                meta.get("twitter:title"), title, doc_title) if h))
    return Metadata(
        title=title,
        byline=byline or _byline_from_document(tree),
        published=_iso_date(published) or published,
        site_name=_first(ld.site_name, meta.get("og:site_name"), meta.get("application-name")),
        lang=(tree.get("lang") or tree.get("xml:lang") or meta.get("og:locale") or "").strip() or None,
        dir=_document_dir(tree),
        lead_image=_first(ld.image, meta.get("og:image"), meta.get("og:image:url"),
                          meta.get("twitter:image"), meta.get("twitter:image:src")),
        excerpt=excerpt[:EXCERPT_MAX_CHARS] if excerpt else None,
        canonical_url=_first(_canonical(tree, meta), ld.url),
        headlines=headlines,
        article_body=ld.body,
    )
