"""Interim sanitizer (the security helper replaces this with the full bleach policy)."""
from __future__ import annotations

import bleach
import lxml.html

TAGS = {"p", "a", "h2", "h3", "h4", "ul", "ol", "li", "em", "strong", "img", "figure", "figcaption",
        "blockquote", "pre", "code", "table", "tr", "td", "th", "br"}


def sanitize_fragment(html: str) -> str:
    return bleach.clean(html, tags=TAGS, attributes={"a": ["href"], "img": ["src", "alt"]}, strip=True)


def fragment_text(html: str) -> str:
    if not html.strip():
        return ""
    return lxml.html.fragment_fromstring(html, create_parent="div").text_content()
