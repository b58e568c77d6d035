"""Choose and clean the main story's content. (Interim: readability-lxml decides.)"""
from __future__ import annotations

from dataclasses import dataclass, field

import lxml.html

from ..article import RelatedLink, RemovedBlock


@dataclass
class Extraction:
    """The chosen story fragment and what was set aside on the way."""

    node: lxml.html.HtmlElement | None
    related: list[RelatedLink] = field(default_factory=list)
    removed: list[RemovedBlock] = field(default_factory=list)


def extract_content(tree, metadata, url=None) -> Extraction:
    from readability import Document

    html = lxml.html.tostring(tree, encoding="unicode")
    summary = Document(html, url=url).summary(html_partial=True)
    node = lxml.html.fragment_fromstring(summary, create_parent="div") if summary.strip() else None
    return Extraction(node=node)
