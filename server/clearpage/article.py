"""Result types of the public API: plain frozen dataclasses, serialisable with ``to_dict``."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class RelatedLink:
    """Another story found on the page (a related card, a follow-up article)."""

    title: str
    url: str | None = None


@dataclass(frozen=True)
class RemovedBlock:
    """A block the extractor dropped, kept for explain mode."""

    reason: str
    sample: str
    length: int
    tag: str = ""


@dataclass(frozen=True)
class Article:
    """The reader view of one page: metadata plus the sanitized main story."""

    title: str | None = None
    byline: str | None = None
    published: str | None = None
    site_name: str | None = None
    lang: str | None = None
    dir: str | None = None
    lead_image: str | None = None
    excerpt: str | None = None
    url: str | None = None
    word_count: int = 0
    reading_minutes: int = 0
    readerable: bool = False
    content_html: str = ""
    text: str = ""
    related: tuple[RelatedLink, ...] = ()
    removed: tuple[RemovedBlock, ...] | None = None
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        data = asdict(self)
        data["related"] = [asdict(r) for r in self.related]
        if self.removed is None:
            data.pop("removed")
        else:
            data["removed"] = [asdict(r) for r in self.removed]
        data["warnings"] = list(self.warnings)
        return data
