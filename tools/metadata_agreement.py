"""Per-field agreement of ``read_metadata`` with Readability.js over the reference pages.

Usage: python tools/metadata_agreement.py [CORPUS_DIR] [-v FIELD] [--time]

CORPUS_DIR holds one folder per page with ``page.html`` + ``reference-metadata.json``
(``seeds/``) or ``source.html`` + ``expected-metadata.json`` (the shared corpus).
Agreement is exact equality after whitespace normalization. Fields that are absent
from a reference file are not counted. Excerpts are compared only where Readability.js
took them from the page's metadata (a ``<meta>`` or JSON-LD description); otherwise it
used the first paragraph of its extracted content, which the content stage supplies.
"""
from __future__ import annotations

import collections
import html
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))

import lxml.html  # noqa: E402

from clearpage.extract.metadata import _iso_date, read_metadata  # noqa: E402
from clearpage.extract.parse import parse  # noqa: E402
from clearpage.extract.text import normalize_space  # noqa: E402

URL = "http://fakehost/test/page.html"
FIELDS = {"title": "title", "byline": "byline", "dir": "dir", "lang": "lang",
          "siteName": "site_name", "publishedTime": "published", "excerpt": "excerpt"}


def pages(root: Path):
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for src, ref in (("page.html", "reference-metadata.json"),
                         ("source.html", "expected-metadata.json")):
            if (folder / src).exists() and (folder / ref).exists():
                yield folder.name, (folder / src).read_bytes(), json.loads((folder / ref).read_text())
                break


def norm(value):
    """Whitespace-normalized text; "" and None both mean "none"."""
    return (normalize_space(value) or None) if isinstance(value, str) else value


def excerpt_from_metadata(source: bytes, excerpt: str | None) -> bool:
    """Whether Readability.js's excerpt is one of the page's descriptions, not a paragraph."""
    if not excerpt:
        return False
    tree = lxml.html.document_fromstring(source)
    texts = [m.get("content") or "" for m in tree.iter("meta")]
    texts += [s.text or "" for s in tree.iter("script") if "ld+json" in (s.get("type") or "")]
    wanted = normalize_space(excerpt)
    return any(wanted in normalize_space(html.unescape(t)) or wanted in normalize_space(t)
               for t in texts if t) and not any(wanted == normalize_space(p.text_content())
                                                for p in tree.iter("p"))


def _best_ms(func, runs: int = 5) -> float:
    """Fastest of a few runs: the machine is shared, the minimum is the stable number."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def _kind(want, got) -> str:
    if want == got:
        return "same"
    if want is None:
        return "extra (reference has none)"
    return "missing" if got is None else "different"


def main(argv):
    root = Path(next((a for a in argv if not a.startswith("-")), "seeds"))
    verbose = argv[argv.index("-v") + 1] if "-v" in argv else None
    agree = {f: [0, 0] for f in FIELDS}
    agree["publishedTime(iso)"] = [0, 0]
    kinds = {f: collections.Counter() for f in FIELDS}
    meta_ms, parse_ms = [], []
    for name, source, expected in pages(root):
        tree = parse(source, url=URL).tree
        md = read_metadata(tree)
        meta_ms.append(_best_ms(lambda: read_metadata(tree)))
        parse_ms.append(_best_ms(lambda: lxml.html.document_fromstring(source)))
        for key, attr in FIELDS.items():
            if key not in expected:
                continue
            want, got = norm(expected[key]), norm(getattr(md, attr))
            if key == "excerpt":
                if not excerpt_from_metadata(source, want):
                    continue
            if key == "publishedTime":
                agree["publishedTime(iso)"][1] += 1
                raw = norm(getattr(md, "published_raw", None) or got)
                got_iso = _iso_date(got) or got
                want_iso = _iso_date(want) or want
                agree["publishedTime(iso)"][0] += got_iso == want_iso
                got = raw
            if key == "excerpt" and got and want and got.endswith("…"):
                got = want if want.startswith(got[:-1]) else got   # our cut at EXCERPT_MAX_CHARS
            agree[key][1] += 1
            agree[key][0] += want == got
            kinds[key][_kind(want, got)] += 1
            if verbose == key and want != got:
                print(f"  {name}: want={want!r}\n  {' ' * len(name)}   got={got!r}")
    for key, (ok, total) in agree.items():
        detail = ", ".join(f"{k} {n}" for k, n in sorted(kinds.get(key, {}).items()) if k != "same")
        print(f"{key:20s} {ok:4d}/{total:<4d} {100 * ok / max(total, 1):5.1f}%   {detail}")
    m, p = statistics.median(meta_ms), statistics.median(parse_ms)
    print(f"median ms/page: metadata {m:.3f}, bare lxml parse {p:.3f}, ratio {m / p:.2f}x "
          f"(p90 metadata {sorted(meta_ms)[int(len(meta_ms) * .9)]:.3f})")


if __name__ == "__main__":
    main(sys.argv[1:])
