"""The page's identity: what names its story, and how well a headline agrees with it.

Identity strings are the page's own headlines (JSON-LD, OpenGraph, <title>) and the slugs of
its URLs; segmentation keeps the story they name, boilerplate recognises a teaser by the
agreement of a link's text with its target's slug.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

# Headline/title agreement: shared words over the larger of the two word sets
# (so a site name found inside "<headline> | Site" does not match).
IDENTITY_MIN_SHARE = 0.8
IDENTITY_MIN_WORDS = 3

# CJK scripts write words without spaces: each character is a token there.
TOKEN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|\w+")


def words_of(text: str) -> list[str]:
    return TOKEN_RE.findall(text.lower())


# --- the URL slug as an identity string ---
# "/news/2026/11/superbugs-what-they-are-and-how-you-get-them-374301": CMSs write the headline
# into the path, lowercased, accents folded, often cut short, with an id or extension around.
SLUG_SEPARATORS_RE = re.compile(r"[-_+.,]+|%20")
SLUG_EXTENSION_RE = re.compile(r"\.(s?html?|php|aspx?|jsp|cms)$", re.IGNORECASE)
# Numbers longer than a year are ids, not headline words.
SLUG_ID_MIN_DIGITS = 5
COMBINING_MARKS_RE = re.compile("[\u0300-\u036f]")
# A slug names a headline when nearly all its words are in it (IDENTITY_MIN_SHARE, as for
# titles) and it is not a stub of it: its words cover at least this share of the headline's.
SLUG_MIN_COVER = 0.5
# Identity strings whose word sets are remembered: a page has a handful, a worker serves
# pages one after another. A pure memo (the words of the text alone, as an immutable set);
# typed, so a UrlSlug and a plain str of the same text keep separate entries.
WORD_SET_CACHE = 256


class UrlSlug(str):
    """An identity string read from a URL path: compared by containment (a slug may be cut
    short or drop stop words), with accents folded on the headline's side."""


def url_slug(url: str | None) -> UrlSlug | None:
    """The words of the URL path segment that reads like a headline (the one with most words),
    or None when none has ``IDENTITY_MIN_WORDS``."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    best: list[str] = []
    for segment in path.split("/"):
        words = [w for w in SLUG_SEPARATORS_RE.split(SLUG_EXTENSION_RE.sub("", segment).lower())
                 if w and not (w.isdigit() and len(w) >= SLUG_ID_MIN_DIGITS)]
        if len(words) > len(best):
            best = words
    return UrlSlug(" ".join(best)) if len(set(best)) >= IDENTITY_MIN_WORDS else None


@lru_cache(maxsize=WORD_SET_CACHE, typed=True)
def _word_set(text: str) -> frozenset:
    """The words of an identity string (the same few are compared with every headline)."""
    return frozenset(words_of(text))


def _slug_share(text: str, words: set, slug: UrlSlug) -> float:
    if not text.isascii():
        words = set(words_of(COMBINING_MARKS_RE.sub("", unicodedata.normalize("NFKD", text))))
    slug_words = _word_set(slug)
    common = len(words & slug_words)
    return common / len(slug_words) if common >= SLUG_MIN_COVER * len(words) else 0.0


def identity_share(text: str, headlines) -> float:
    """How well a headline agrees with the page's identity strings: shared words over the
    larger word set, best over the strings (0 for headlines under three words); a URL slug
    agrees by containment (see ``UrlSlug``)."""
    words = set(words_of(text))
    if len(words) < IDENTITY_MIN_WORDS:
        return 0.0
    best = 0.0
    for headline in headlines:
        if isinstance(headline, UrlSlug):
            best = max(best, _slug_share(text, words, headline))
            continue
        other = _word_set(headline)
        if other:
            common = len(words & other)
            best = max(best, min(common / len(words), common / len(other)))
    return best
