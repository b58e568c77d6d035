"""``clearpage bench``: extraction quality, speed and memory on the saved pages.

A ``--corpus`` in the human-truth layout (``<set>/pages/*.html``, ``<set>/truth.json``) is
scored on its annotations instead: see ``truthbench``.

Every extractor's output HTML goes through the same text conversion (``seeds.block_texts``:
lxml text with block breaks) and the same tokens (``seeds.words``: lowercased words, each
Han/kana character its own token). Against ``reference.html`` (Readability.js's output for
reference pages, the true main story for cluttered pages) each page gets token-level
precision, recall and F1 on bags of tokens (multiset overlap); a group's figures are the
mean over its pages (macro average).

Cluttered pages also get **leak**: the share of the clutter's word 5-grams (minus those also
in the main story) found in the output, and **replaced**: pages where the main story's
recall is under REPLACED_MAIN_RECALL while some clutter item's recall is over
REPLACED_CLUTTER_RECALL, i.e. another story was served instead of the main one.

Speed: per page, the bare ``lxml.html.document_fromstring`` parse of the same bytes (the
floor), clearpage and the peers run interleaved, REPEATS times each; a page's time is the
minimum. ``× parse`` is the median over pages of time / parse time; ``× clearpage`` is an
extractor's median time / clearpage's median time in the same group.

Peers (``--peers``), and clearpage without its readability-lxml second opinion (``clean(...,
second_opinion=False)``) to show what that stage adds: readability-lxml ``Document(page).summary(html_partial=True)`` and
trafilatura ``extract(page, output_format="html", include_comments=False,
include_tables=True)``, trafilatura's defaults otherwise (no favor_precision/recall: its
default balance is what users get). All extractors receive the same raw bytes and URL.

Memory: tracemalloc peak per extractor on the largest pages. tracemalloc only sees Python
allocations; libxml2's trees are allocated in C and do not show, so this undercounts lxml.
"""
from __future__ import annotations

import argparse
import gc
import shlex
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import lxml.html

from . import seeds, truth

# Runs per page and extractor; the minimum is kept (noise only ever adds time).
REPEATS = 3
# Pages measured for peak memory: the largest ones by page.html size.
MEMORY_PAGES = 5
# Worst pages (lowest clearpage F1) listed per group by default.
DEFAULT_WORST = 10
# A related story "replaced" the main one: main recall below, some clutter item's above.
REPLACED_MAIN_RECALL = 0.5
REPLACED_CLUTTER_RECALL = 0.5
P95 = 0.95
MS_PER_S = 1000.0
BYTES_PER_MIB = 1024 * 1024
FLOOR = "lxml parse (floor)"
CLEARPAGE = "clearpage"
ALONE = "clearpage, no second opinion"


# --------------------------------------------------------------------------- extractors

@dataclass(frozen=True)
class Extractor:
    """A named function from page bytes and URL to the main story's HTML."""

    name: str
    run: Callable[[bytes, str | None], str]


def run_parse(page: bytes, url: str | None) -> str:
    lxml.html.document_fromstring(page)
    return ""


def run_clearpage(page: bytes, url: str | None) -> str:
    from . import clean

    return clean(page, url=url).content_html


def run_clearpage_alone(page: bytes, url: str | None) -> str:
    """clearpage without its readability-lxml second opinion: what that stage adds."""
    from . import clean

    return clean(page, url=url, second_opinion=False).content_html


def run_readability(page: bytes, url: str | None) -> str:
    from readability import Document

    return Document(page, url=url).summary(html_partial=True)


def run_trafilatura(page: bytes, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(page, url=url, output_format="html", include_comments=False,
                               include_tables=True) or ""


def extractors(peers: bool) -> list[Extractor]:
    chosen = [Extractor(CLEARPAGE, run_clearpage)]
    if peers:
        chosen += [Extractor("readability-lxml", run_readability),
                   Extractor("trafilatura", run_trafilatura),
                   Extractor(ALONE, run_clearpage_alone)]
    return chosen


@dataclass(frozen=True)
class Run:
    html: str  # empty on error: an exception is a page with no story
    seconds: float


def safe_run(extractor: Extractor, page: bytes, url: str | None) -> Run:
    start = time.perf_counter()
    try:
        html = extractor.run(page, url)
    except Exception:
        html = ""
    return Run(html, time.perf_counter() - start)


# --------------------------------------------------------------------------- scoring

@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def tokens(html: str) -> list[str]:
    return seeds.words(" ".join(seeds.block_texts(html)))


def score(output: list[str], reference: list[str]) -> Score:
    """Bag-of-tokens precision, recall and F1 (empty against empty scores 1)."""
    if not output or not reference:
        same = float(not output and not reference)
        return Score(same, same, same)
    common = sum((Counter(output) & Counter(reference)).values())
    precision, recall = common / len(output), common / len(reference)
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return Score(precision, recall, f1)


def leak_share(output: list[str], clutter: tuple[str, ...], reference: list[str]) -> float:
    grams = set().union(*(seeds.ngrams(seeds.words(c)) for c in clutter)) - seeds.ngrams(reference)
    return len(grams & seeds.ngrams(output)) / len(grams) if grams else 0.0


def replaced(output: list[str], clutter: tuple[str, ...], main_recall: float) -> bool:
    if main_recall >= REPLACED_MAIN_RECALL:
        return False
    return any(score(output, seeds.words(c)).recall > REPLACED_CLUTTER_RECALL for c in clutter)


# --------------------------------------------------------------------------- measuring

@dataclass(frozen=True)
class PageResult:
    """One extractor on one page."""

    slug: str
    group: str
    extractor: str
    seconds: float
    floor_seconds: float
    score: Score
    leak: float | None  # cluttered pages only
    replaced: bool


@dataclass(frozen=True)
class BenchCase:
    case: seeds.Case
    page: bytes
    reference: list[str]


def load_bench_cases(corpus: Path, group: str | None, limit: int | None) -> list[BenchCase]:
    cases = [c for c in seeds.load_cases(corpus)
             if c.reference_html() is not None and (group is None or c.group == group)]
    cases = cases[:limit] if limit else cases
    return [BenchCase(c, c.page_bytes(), tokens(c.reference_html() or "")) for c in cases]


@dataclass(frozen=True)
class Timed:
    """Best-of-N seconds per extractor name (the floor included) and each one's output."""

    seconds: dict[str, float]
    outputs: dict[str, str]


def time_page(bc: BenchCase, chosen: list[Extractor], repeats: int) -> Timed:
    """Every extractor ``repeats`` times, interleaved with the parse floor on the same bytes."""
    everyone = [Extractor(FLOOR, run_parse), *chosen]
    timed = Timed({e.name: float("inf") for e in everyone}, {})
    for _ in range(repeats):
        for extractor in everyone:
            run = safe_run(extractor, bc.page, bc.case.url)
            timed.seconds[extractor.name] = min(timed.seconds[extractor.name], run.seconds)
            timed.outputs.setdefault(extractor.name, run.html)
    return timed


def measure_page(bc: BenchCase, chosen: list[Extractor], repeats: int) -> list[PageResult]:
    gc.collect()
    timed = time_page(bc, chosen, repeats)
    results = []
    for extractor in chosen:
        out = tokens(timed.outputs[extractor.name])
        s = score(out, bc.reference)
        clutter = bc.case.clutter
        results.append(PageResult(
            slug=bc.case.slug, group=bc.case.group, extractor=extractor.name,
            seconds=timed.seconds[extractor.name], floor_seconds=timed.seconds[FLOOR], score=s,
            leak=leak_share(out, clutter, bc.reference) if clutter else None,
            replaced=bool(clutter) and replaced(out, clutter, s.recall)))
    return results


@dataclass(frozen=True)
class MemoryResult:
    slug: str
    size: int
    peak_bytes: dict[str, int]  # extractor name -> tracemalloc peak


def peak_memory(bc: BenchCase, extractor: Extractor) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        safe_run(extractor, bc.page, bc.case.url)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure_memory(cases: list[BenchCase], chosen: list[Extractor]) -> list[MemoryResult]:
    largest = sorted(cases, key=lambda bc: len(bc.page), reverse=True)[:MEMORY_PAGES]
    everyone = [Extractor(FLOOR, run_parse), *chosen]
    return [MemoryResult(bc.case.slug, len(bc.page), {e.name: peak_memory(bc, e) for e in everyone})
            for bc in largest]


# --------------------------------------------------------------------------- summarising

@dataclass(frozen=True)
class Summary:
    """One extractor over one group of pages."""

    group: str
    extractor: str
    pages: int
    precision: float | None
    recall: float | None
    f1: float | None
    leak: float | None
    replaced: int | None
    median_ms: float
    p95_ms: float
    x_floor: float
    x_clearpage: float | None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summarize(results: list[PageResult], group: str, extractor: str) -> Summary:
    rows = [r for r in results if r.group == group and r.extractor == extractor]
    ms = [r.seconds * MS_PER_S for r in rows]
    leaks = [r.leak for r in rows if r.leak is not None]
    cluttered = bool(leaks)
    return Summary(
        group=group, extractor=extractor, pages=len(rows),
        precision=statistics.fmean(r.score.precision for r in rows),
        recall=statistics.fmean(r.score.recall for r in rows),
        f1=statistics.fmean(r.score.f1 for r in rows),
        leak=statistics.fmean(leaks) if cluttered else None,
        replaced=sum(r.replaced for r in rows) if cluttered else None,
        median_ms=statistics.median(ms), p95_ms=percentile(ms, P95),
        x_floor=statistics.median(r.seconds / r.floor_seconds for r in rows if r.floor_seconds),
        x_clearpage=None)


def floor_summary(results: list[PageResult], group: str) -> Summary:
    rows = [r for r in results if r.group == group and r.extractor == CLEARPAGE]
    ms = [r.floor_seconds * MS_PER_S for r in rows]
    return Summary(group, FLOOR, len(rows), None, None, None, None, None,
                   statistics.median(ms), percentile(ms, P95), 1.0, None)


def summaries(results: list[PageResult], names: list[str]) -> list[Summary]:
    out = []
    for group in sorted({r.group for r in results}):
        rows = [summarize(results, group, name) for name in names]
        base = rows[0].median_ms  # clearpage comes first
        out += [_with_ratio(s, base) for s in rows] + [floor_summary(results, group)]
    return out


def _with_ratio(s: Summary, clearpage_ms: float) -> Summary:
    return replace(s, x_clearpage=s.median_ms / clearpage_ms if clearpage_ms else None)


# --------------------------------------------------------------------------- printing

def _num(value: float | int | None, fmt: str) -> str:
    return "–" if value is None else format(value, fmt)


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


SUMMARY_HEADER = ["Group", "Extractor", "Pages", "Precision", "Recall", "F1", "Leak", "Replaced",
                  "Median ms", "p95 ms", "× parse", "× clearpage"]


def summary_table(rows: list[Summary]) -> str:
    return markdown_table(SUMMARY_HEADER, [[
        s.group, s.extractor, str(s.pages), _num(s.precision, ".3f"), _num(s.recall, ".3f"),
        _num(s.f1, ".3f"), _num(s.leak, ".3f"), _num(s.replaced, "d"), _num(s.median_ms, ".1f"),
        _num(s.p95_ms, ".1f"), _num(s.x_floor, ".1f"), _num(s.x_clearpage, ".2f"),
    ] for s in rows])


def memory_table(rows: list[MemoryResult], names: list[str]) -> str:
    header = ["Page", "KiB", *[f"{n} MiB" for n in [FLOOR, *names]]]
    return markdown_table(header, [[
        m.slug, f"{m.size / 1024:.0f}", *[f"{m.peak_bytes[n] / BYTES_PER_MIB:.1f}" for n in [FLOOR, *names]],
    ] for m in rows])


def worst_table(results: list[PageResult], group: str, names: list[str], n: int) -> str:
    by_page: dict[str, dict[str, PageResult]] = {}
    for r in results:
        if r.group == group:
            by_page.setdefault(r.slug, {})[r.extractor] = r
    worst = sorted(by_page.values(), key=lambda p: p[CLEARPAGE].score.f1)[:n]
    header = ["Page", "F1", "Precision", "Recall", "Leak", *[f"{x} F1" for x in names[1:]]]
    return markdown_table(header, [[
        p[CLEARPAGE].slug, f"{p[CLEARPAGE].score.f1:.3f}", f"{p[CLEARPAGE].score.precision:.3f}",
        f"{p[CLEARPAGE].score.recall:.3f}", _num(p[CLEARPAGE].leak, ".3f"),
        *[f"{p[x].score.f1:.3f}" for x in names[1:]],
    ] for p in worst])


def command_line(args) -> str:
    parts = ["clearpage", "bench", "--corpus", str(args.corpus)]
    parts += ["--peers"] if args.peers else []
    parts += ["--group", args.group] if args.group else []
    parts += ["--limit", str(args.limit)] if args.limit else []
    parts += ["--worst", str(args.worst), "--repeat", str(args.repeat)]
    parts += ["--jobs", str(args.jobs)] if getattr(args, "jobs", None) else []
    if truth.is_truth_corpus(Path(args.corpus)):
        parts += ["--clutter", str(args.clutter), "--clutter-seed", str(args.clutter_seed)]
    return shlex.join(parts)


def environment() -> str:
    import platform

    versions = [f"Python {platform.python_version()}", f"lxml {lxml.__version__}"]
    for module in ("readability", "trafilatura"):
        try:
            mod = __import__(module)
            versions.append(f"{module} {getattr(mod, '__version__', '?')}")
        except ImportError:
            pass
    return ", ".join(versions) + f", {platform.machine()}"


# --------------------------------------------------------------------------- command

def cmd_bench(args) -> int:
    if args.scaling:
        from .scaling import run_scaling
        run_scaling()
        return 0
    if truth.is_truth_corpus(Path(args.corpus)):
        from .truthbench import cmd_truth_bench, default_jobs

        header = f"Command: `{command_line(args)}`  \n{environment()}\n"
        return cmd_truth_bench(Path(args.corpus), extractors(args.peers), args.group, args.limit,
                               args.worst, args.jobs or default_jobs(), header, args.clutter,
                               args.clutter_seed)
    cases = load_bench_cases(Path(args.corpus), args.group, args.limit)
    if not cases:
        print(f"bench: no case with a {seeds.REFERENCE_HTML} in {args.corpus}", file=sys.stderr)
        return seeds.EXIT_USAGE
    chosen = extractors(args.peers)
    names = [e.name for e in chosen]
    results = [r for bc in cases for r in measure_page(bc, chosen, args.repeat)]
    print(f"Command: `{command_line(args)}`  \n{environment()}\n")
    print(summary_table(summaries(results, names)))
    print(f"\nPeak Python allocation (tracemalloc; libxml2's C allocations not included), "
          f"{MEMORY_PAGES} largest pages:\n")
    print(memory_table(measure_memory(cases, chosen), names))
    for group in sorted({r.group for r in results}) if args.worst else ():
        print(f"\nWorst {args.worst} {group} pages by clearpage F1:\n")
        print(worst_table(results, group, names, args.worst))
    return seeds.EXIT_OK


def register(subparsers) -> None:
    """Add ``bench`` to the clearpage CLI."""
    bench = subparsers.add_parser("bench", help="extraction quality, speed and memory on the saved pages")
    bench.add_argument("--corpus", default=str(seeds.default_dir()), help="corpus folder (default: %(default)s)")
    bench.add_argument("--peers", action="store_true", help="also run readability-lxml and trafilatura")
    bench.add_argument("--group", help="only this group (reference, cluttered, user) or "
                       "human-truth set (dragnet-train, ...)")
    bench.add_argument("--limit", type=int, help="only the first N cases (by slug)")
    bench.add_argument("--worst", type=int, default=DEFAULT_WORST, help="list the N worst pages per group")
    bench.add_argument("--repeat", type=int, default=REPEATS, help="runs per page, best kept")
    bench.add_argument("--clutter", type=int, default=400, help="cluttered pages built from a "
                       "human-truth corpus's stories (0: none; default %(default)s)")
    bench.add_argument("--clutter-seed", type=int, default=1, help="the generator's seed")
    bench.add_argument("--jobs", type=int, help="worker processes for a human-truth corpus "
                       "(default: the cores, at most 4)")
    bench.add_argument("--scaling", action="store_true",
                       help="instead: time and peak RSS of each growing page shape, 1x to 16x (clearpage.scaling)")
    bench.set_defaults(func=cmd_bench)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clearpage.bench")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["bench", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
