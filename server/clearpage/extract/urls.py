"""URLs read from a page: one safe split and join, the http(s) test, and ``srcset`` parsing.

Pages hold broken URLs as a matter of course (an unrendered template's ``https://[site]/a``,
a host with characters that NFKC-normalize to "/"): ``urllib.parse`` raises ``ValueError`` on
them, so every split and join of a page's URL goes through this module and a URL that cannot
be read is treated as absent instead of failing the request.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

# The only schemes a URL may have to leave the service as a page's address, image or link
# target: anything else (javascript:, data:, file:) is script, inline content or local.
WEB_SCHEMES = frozenset({"http", "https"})


def split_url(url: str) -> SplitResult | None:
    """``urlsplit``, or None when the URL cannot be split (a bracketed host that is no IP)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def join_url(base: str | None, value: str) -> str | None:
    """``value`` resolved against ``base`` (``value`` alone without a base), or None when
    either cannot be parsed as a URL."""
    try:
        return urljoin(base or "", value)
    except ValueError:
        return None


def web_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else None."""
    if not url:
        return None
    parts = split_url(url.strip())
    if parts is None or parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return None
    return url.strip()


# --- srcset, as the HTML standard parses it ("parse a srcset attribute") ------------------

# ASCII whitespace as HTML defines it (not Python's Unicode whitespace: U+00A0 may be in a URL).
_SPACES_OR_COMMAS_RE = re.compile(r"[\t\n\f\r ,]*")
_SPACES_RE = re.compile(r"[\t\n\f\r ]*")
_URL_RE = re.compile(r"[^\t\n\f\r ]+")
# One descriptor token: characters up to whitespace or a comma, where a parenthesis opens a
# group that runs to ")" (or the end) whatever it holds. The alternatives start with
# different characters and nothing follows the token, so matching is linear.
_DESCRIPTOR_TOKEN_RE = re.compile(r"(?:[^\t\n\f\r ,(]|\([^)]*\)?)+")
# The standard's "valid non-negative integer" and "valid floating-point number": ASCII only.
_INTEGER_RE = re.compile(r"[0-9]+\Z")
_FLOAT_RE = re.compile(r"-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")


@dataclass(frozen=True)
class SrcsetCandidate:
    """One image candidate: its URL and its descriptor ("640w", "2x", or "" for 1x)."""

    url: str
    descriptor: str = ""

    def __str__(self) -> str:
        return f"{self.url} {self.descriptor}" if self.descriptor else self.url


def parse_srcset(value: str) -> list[SrcsetCandidate]:
    """The candidates of a ``srcset`` value, split as the HTML standard does: a URL is a run of
    non-whitespace (commas inside it belong to it, as in CDN paths ``w_400,h_300`` and data:
    URLs), trailing commas end it; descriptors run to the next comma outside parentheses. A
    candidate whose descriptors are invalid is dropped, as a browser drops it."""
    out: list[SrcsetCandidate] = []
    pos, n = 0, len(value)
    while True:
        pos = _SPACES_OR_COMMAS_RE.match(value, pos).end()
        if pos >= n:
            return out
        match = _URL_RE.match(value, pos)
        url, pos = match.group(), match.end()
        tokens: list[str] = []
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            pos = _descriptor_tokens(value, pos, tokens)
        descriptor = _valid_descriptor(tokens)
        if descriptor is not None:
            out.append(SrcsetCandidate(url, descriptor))


def _descriptor_tokens(value: str, pos: int, tokens: list[str]) -> int:
    """Collect the descriptor tokens after a URL into ``tokens``; the position after them."""
    n = len(value)
    while True:
        pos = _SPACES_RE.match(value, pos).end()
        if pos >= n:
            return pos
        if value[pos] == ",":
            return pos + 1
        match = _DESCRIPTOR_TOKEN_RE.match(value, pos)
        tokens.append(match.group())
        pos = match.end()


def _valid_descriptor(tokens: list[str]) -> str | None:
    """The candidate's descriptor ("" when it has none), or None when the standard calls the
    descriptors an error: more than one width or density, a width with a density, a zero or
    non-integer width, a negative density, a height without a width, an unknown descriptor."""
    width = density = height = None
    for token in tokens:
        number, kind = token[:-1], token[-1:]
        if kind == "w" and width is None and density is None and _INTEGER_RE.match(number) \
                and number.strip("0"):
            width = number
        elif kind == "x" and width is None and density is None and height is None \
                and _FLOAT_RE.match(number) and 0 <= float(number) < math.inf:
            density = number
        elif kind == "h" and height is None and density is None and _INTEGER_RE.match(number) \
                and number.strip("0"):
            height = number
        else:
            return None
    if height is not None and width is None:
        return None
    if width is not None:
        return f"{width}w"
    return f"{density}x" if density is not None else ""


def format_srcset(candidates: list[SrcsetCandidate]) -> str:
    return ", ".join(str(candidate) for candidate in candidates)
