"""The orchestration behind ``clearpage.clean``."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields, replace

from . import sanitize
from .article import Article, RelatedLink
from .extract.content import extract_content
from .extract.metadata import printable, read_metadata
from .extract.parse import absolute_url, parse, resolve_urls
from .extract.second_opinion import review
from .extract.text import normalize_space, word_count
from .extract.urls import web_url

# Adult silent-reading speed for non-fiction, words per minute (Brysbaert 2019: 238).
READING_WORDS_PER_MINUTE = 238
# Below this many words the page holds no article worth a reader view
# (Readability.js's isProbablyReaderable uses 140 characters of paragraph text).
READERABLE_MIN_WORDS = 50
# A title this short ("Newsroll") names a site, not a story, when the story has a heading.
SITE_NAME_MAX_WORDS = 2
# A URL that names its scheme ("javascript:", "https:"), as opposed to a relative one.
SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# Excerpt taken from the first paragraph when the page gives no description.
EXCERPT_FALLBACK_CHARS = 300


def clean(html: str | bytes, url: str | None = None, *, charset: str | None = None,
          explain: bool = False, second_opinion: bool = True) -> Article:
    """Turn a page into its reader view.

    Stages:
    1. parse: decode bytes, parse into a fresh tree, real image sources, the base URL;
    2. metadata: title, byline, date, site, language, identity (JSON-LD, OpenGraph, meta);
    3. content: segment the page into stories, pick the main one, drop boilerplate (the
       kept story's own headline wins over a <title> that names another story on the page);
    4. review: where that choice is doubtful, readability-lxml's answer is asked too and
       served instead when the two disagree (``second_opinion=False`` skips it);
    5. sanitize: absolute URLs, then the bleach allowlist, always last, on the final fragment only;
    6. assemble: text, counts, excerpt into an ``Article``; only http(s) URLs leave as its
       address, lead image and related links, and no text holds control characters.
    """
    parsed = parse(html, url=url, charset=charset)
    meta = read_metadata(parsed.tree)
    extraction = extract_content(parsed.tree, meta, url=parsed.base_url)
    if second_opinion:
        extraction = _reviewed(parsed, extraction)
    if extraction.node is not None:
        resolve_urls(extraction.node, parsed.base_url)
    safe = sanitize.sanitize_element(extraction.node) if extraction.node is not None else sanitize.Sanitized("", "")
    content_html, text = safe.html, safe.text
    words = word_count(text)
    story = _describe(meta, extraction, parsed.base_url, text)
    return _printable(Article(
        title=story.title, byline=story.byline, published=story.published,
        site_name=meta.site_name, lang=meta.lang, dir=meta.dir, lead_image=story.lead_image,
        excerpt=story.excerpt, url=story.url,
        word_count=words, reading_minutes=math.ceil(words / READING_WORDS_PER_MINUTE) if words else 0,
        readerable=words >= READERABLE_MIN_WORDS, content_html=content_html if words else "",
        text=text if words else "",
        related=_web_related(extraction.related, parsed.base_url),
        removed=tuple(extraction.removed) if explain else None,
    ))


def _web_related(related, base_url: str | None) -> tuple[RelatedLink, ...]:
    """The related stories with their links made absolute. A story whose link names another
    scheme (javascript:, data:) is dropped; one whose relative link cannot be resolved (no page
    URL) or that has no link is kept with a null URL: its headline is still worth listing."""
    kept = []
    for link in related:
        url = web_url(absolute_url(base_url, link.url)) if link.url else None
        if url is None and link.url and SCHEME_RE.match(link.url.strip()):
            continue
        kept.append(RelatedLink(link.title, url))
    return tuple(kept)


def _printable(article: Article) -> Article:
    """Every text of the answer without control characters: the page's ESC/OSC sequences
    (double-escaped entities, JSON-LD "\\u001b") would reach the terminal of
    ``clearpage clean --format text|markdown``."""
    changes = {f.name: printable(value) for f in fields(article)
               if isinstance(value := getattr(article, f.name), str)}
    changes["related"] = tuple(replace(r, title=printable(r.title)) for r in article.related)
    if article.removed is not None:
        changes["removed"] = tuple(replace(b, sample=printable(b.sample)) for b in article.removed)
    changes["warnings"] = tuple(printable(w) for w in article.warnings)
    return replace(article, **changes)


def _reviewed(parsed, extraction):
    """The extraction, its node replaced by readability-lxml's when ``review`` says so; the
    story headline segmentation reported then describes a story no longer served."""
    outcome = review(parsed.tree, extraction, parsed.base_url)
    if not outcome.replaced:
        return extraction
    return replace(extraction, node=outcome.node, headline=None, story_byline=None)


@dataclass(frozen=True)
class _Description:
    """What the reader view says about the kept story."""

    title: str | None
    byline: str | None
    published: str | None
    excerpt: str | None
    lead_image: str | None
    url: str | None


def _describe(meta, extraction, base_url: str | None, text: str) -> _Description:
    """The page's metadata describes the kept story, unless segmentation reports the story's
    own headline: it does so only when the page's title names another story on the page
    (infinite scroll after the reader moved on), and then none of the metadata applies."""
    if extraction.headline is not None:
        return _Description(title=extraction.headline, byline=extraction.story_byline, published=None,
                            excerpt=_first_paragraph(text), lead_image=None, url=base_url)
    title = meta.title
    if extraction.main_heading and (not title or _is_site_name(title, meta.site_name, extraction.main_heading)):
        # A <title> that is only the site's name says nothing about the story: use its heading.
        title = extraction.main_heading
    return _Description(
        title=title, byline=meta.byline, published=meta.published,
        excerpt=meta.excerpt or _first_paragraph(text),
        lead_image=web_url(absolute_url(base_url, meta.lead_image)),
        url=web_url(absolute_url(base_url, meta.canonical_url)) or base_url)


def _is_site_name(title: str, site_name: str | None, heading: str) -> bool:
    """The title is the site's name (og:site_name), or a one- or two-word label where the
    story has a real heading."""
    if site_name and title.strip().lower() == site_name.strip().lower():
        return True
    return word_count(title) <= SITE_NAME_MAX_WORDS and word_count(heading) > SITE_NAME_MAX_WORDS + 1


def _first_paragraph(text: str) -> str | None:
    for para in text.split("\n\n"):
        para = normalize_space(para)
        if para:
            return para[:EXCERPT_FALLBACK_CHARS]
    return None
