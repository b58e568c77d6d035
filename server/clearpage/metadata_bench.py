"""Per-field agreement of clearpage's metadata with Readability.js's, for the bench.

A case is a saved page with Readability.js's metadata for it: ``seeds/<slug>/page.html`` +
``reference-metadata.json``, or the shared corpus's ``<name>/source.html`` +
``expected-metadata.json``. clearpage's side is the ``Article`` a reader gets (``clean``), so
the title is the one the reader page shows and the excerpt may come from the first paragraph,
as Readability.js's does.

Agreement is equality after normalization:

- text: whitespace runs are one space; "" and None both mean "none";
- date: both sides as ISO 8601 (``2019-01-03T07:00:02+00:00``), kept as written if unparseable;
- title and byline: the reader view's presentation rules (``tidy_title``/``tidy_byline``) are
  applied to Readability.js's value too, so "By Jane Doe" agrees with "Jane Doe" and
  "Headline | the Guardian" with "Headline": the figure counts the data found, not the
  presentation. ``exact`` counts agreement with whitespace normalization only, which shows how
  often the presentation differs on purpose.

A field the reference does not state is not counted (``stated`` is then 0 and ``share`` None):
Readability.js has no lead image, so for it only ``found`` (pages where clearpage has one) says
anything.

Usage: ``python -m clearpage.metadata_bench [CORPUS_DIR] [-v FIELD]``.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import seeds
from .article import Article
from .extract.metadata import _host_name, _iso_date, tidy_byline, tidy_title
from .extract.text import normalize_space
from .pipeline import clean

# Readability.js's test pages all live at this address; relative URLs resolve against it.
REFERENCE_URL = "http://fakehost/test/page.html"
# (page file, metadata file) of the two corpus layouts, in the order they are looked for.
SEED_REFERENCE_METADATA = "reference-metadata.json"
LAYOUTS = ((seeds.PAGE_FILE, SEED_REFERENCE_METADATA), ("source.html", "expected-metadata.json"))


@dataclass(frozen=True)
class MetadataCase:
    """One page and Readability.js's metadata for it."""

    name: str
    page: bytes
    expected: dict
    url: str = REFERENCE_URL


@dataclass(frozen=True)
class FieldAgreement:
    """How often clearpage says what Readability.js says about one field."""

    field: str
    agree: int      # pages that agree after normalization
    exact: int      # pages that agree with whitespace normalization only
    stated: int     # pages where the reference states the field
    found: int      # pages where clearpage has a value (all pages, stated or not)
    pages: int
    disagreements: tuple[str, ...] = ()  # names of the stated pages that disagree

    @property
    def share(self) -> float | None:
        return self.agree / self.stated if self.stated else None


@dataclass(frozen=True)
class _Field:
    """A benchmarked field: its name, the reference's key (None: not stated) and the
    Article's value."""

    name: str
    key: str | None
    ours: Callable[[Article], str | None]


FIELDS = (
    _Field("title", "title", lambda a: a.title),
    _Field("byline", "byline", lambda a: a.byline),
    _Field("date", "publishedTime", lambda a: a.published),
    _Field("site", "siteName", lambda a: a.site_name),
    _Field("lead image", None, lambda a: a.lead_image),
    _Field("language", "lang", lambda a: a.lang),
    _Field("direction", "dir", lambda a: a.dir),
    _Field("excerpt", "excerpt", lambda a: a.excerpt),
)


def norm(value) -> str | None:
    """Whitespace-normalized text; "" and None both mean "none"."""
    return (normalize_space(value) or None) if isinstance(value, str) else None


def _reference_view(field: str, expected: dict, article: Article) -> str | None:
    """Readability.js's value under the same presentation rules as clearpage's."""
    value = norm(expected.get(field))
    if field == "publishedTime":
        return _iso_date(value) or value
    site = norm(expected.get("siteName"))
    byline = tidy_byline(norm(expected.get("byline")), site)
    if field == "byline":
        return byline
    if field == "title":
        return tidy_title(value, (site, _host_name(article.url), byline))
    return value


def _excerpt_agrees(ours: str | None, want: str | None) -> bool:
    """clearpage cuts long descriptions (and fallback paragraphs) shorter than Readability.js."""
    if not ours or not want:
        return ours == want
    return ours == want or want.startswith(ours.rstrip("…").rstrip())


def _agrees(field: _Field, ours: str | None, want: str | None) -> bool:
    if field.key == "excerpt":
        return _excerpt_agrees(ours, want)
    return ours == want


def _as_metadata_case(case) -> MetadataCase | None:
    if isinstance(case, MetadataCase):
        return case
    ref = case.path / SEED_REFERENCE_METADATA if isinstance(case, seeds.Case) else None
    if ref is None or not ref.exists():
        return None
    return MetadataCase(case.slug, case.page_bytes(), json.loads(ref.read_text(encoding="utf-8")),
                        case.url or REFERENCE_URL)


def load_metadata_cases(root: Path) -> list[MetadataCase]:
    """Every folder of ``root`` holding a page and Readability.js's metadata for it."""
    cases = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for page, ref in LAYOUTS:
            if (folder / page).exists() and (folder / ref).exists():
                cases.append(MetadataCase(folder.name, (folder / page).read_bytes(),
                                          json.loads((folder / ref).read_text(encoding="utf-8"))))
                break
    return cases


def metadata_agreement(cases: Iterable) -> list[FieldAgreement]:
    """Per field, the share of pages where clearpage agrees with Readability.js.

    ``cases``: ``MetadataCase`` or ``seeds.Case`` items; seeds without a
    ``reference-metadata.json`` are skipped."""
    chosen = [c for c in (_as_metadata_case(case) for case in cases) if c is not None]
    articles = [clean(c.page, url=c.url) for c in chosen]
    return [_field_agreement(field, chosen, articles) for field in FIELDS]


def _field_agreement(field: _Field, cases: list[MetadataCase], articles: list[Article]) -> FieldAgreement:
    agree = exact = stated = found = 0
    misses = []
    for case, article in zip(cases, articles):
        ours = norm(field.ours(article))
        found += ours is not None
        if field.key is None or field.key not in case.expected:
            continue
        stated += 1
        want = _reference_view(field.key, case.expected, article)
        exact += _agrees(field, ours, norm(case.expected[field.key]))
        if _agrees(field, ours, want):
            agree += 1
        else:
            misses.append(case.name)
    return FieldAgreement(field.name, agree, exact, stated, found, len(cases), tuple(misses))


def agreement_table(rows: list[FieldAgreement]) -> str:
    """A Markdown table of the figures, as the bench prints them."""
    lines = ["| field | agree | exact | stated | clearpage has it |", "|---|---|---|---|---|"]
    for row in rows:
        share = f"{row.agree}/{row.stated} ({100 * row.share:.1f}%)" if row.share is not None \
            else "not in Readability.js's metadata"
        exact = f"{row.exact}/{row.stated}" if row.stated else "-"
        lines.append(f"| {row.field} | {share} | {exact} | {row.stated} | {row.found}/{row.pages} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    root = Path(next((a for a in argv if not a.startswith("-")), str(seeds.default_dir())))
    verbose = argv[argv.index("-v") + 1] if "-v" in argv else None
    rows = metadata_agreement(load_metadata_cases(root))
    print(agreement_table(rows))
    for row in rows:
        if row.field == verbose:
            print(f"\n{row.field} disagrees on: {', '.join(row.disagreements) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
