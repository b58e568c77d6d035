"""``clearpage bench --corpus <human-truth folder>``: quality on human-annotated pages.

A folder in the human-truth layout (``clearpage.truth``) is scored set by set, beside the
peers in the same run: every extractor gets the same bytes and URL, its HTML answer is
flattened and scored with the scrapinghub definition (``truth.score_text``), and each set is
reported for its **tune** part, its **check** part and all its pages. A gain on tune that the
check part does not show is overfitting.

Speed: each page runs every extractor once, interleaved, in the same worker process; a
group's ``× readability`` is clearpage's median time over the pages divided by
readability-lxml's median, measured side by side (the machines are shared and noisy: only
ratios from one run compare).

**Cluttered from truth**: ``clutter.build_cluttered`` builds pages from the annotated stories
on the fly (seeded, deterministic): each story among other stories' full text, follow-ups,
teasers, feeds and promos under neutral or random class names. They are scored on the story
(F1), the clutter found in the answer (**leak**) and pages answered with another story
(**replaced**), with each template's figures for clearpage; the part of a page is its main
story's page's part.

The pages are third-party (AGPLv3 or unlicensed): they are read from where they lie, never
copied; the bench prints figures and page ids only.
"""
from __future__ import annotations

import multiprocessing
import os
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import clutter, truth
from .bench import ALONE, Extractor, _num, markdown_table, safe_run

MS_PER_S = 1000.0
# Worker processes: the machine's cores, at most this many (more only adds memory).
MAX_JOBS = 4
# Pages handed to a worker at a time: large enough to amortize pickling, small enough to
# keep both workers busy to the end.
CHUNK = 8
PARTS = (truth.TUNE, truth.CHECK, None)  # None: all pages of the set
# Cluttered pages built from the annotated stories by default, and the generator's seed.
CLUTTER_PAGES = 400
CLUTTER_SEED = 1
CLUTTERED = "cluttered-from-truth"


@dataclass(frozen=True)
class Answer:
    """One extractor on one page: the flattened answer and the time it took."""

    text: str
    seconds: float


@dataclass(frozen=True)
class PageRun:
    key: str
    answers: dict[str, Answer]


@dataclass(frozen=True)
class Row:
    """One extractor on one part of one set."""

    set_name: str
    part: str
    extractor: str
    score: truth.SetScore
    median_ms: float


# The worker's pages and extractors, set once per process by the pool initializer (fork
# context shares them without pickling every page).
_WORK: dict[str, object] = {}


def _init(pages: list[truth.TruthPage], chosen: list[Extractor]) -> None:
    _WORK["pages"], _WORK["chosen"] = pages, chosen


def page_key(page) -> str:
    """A truth page's ``<set>/<id>``, a cluttered page's template and number."""
    if isinstance(page, clutter.ClutteredPage):
        return f"{CLUTTERED}/{page.template}/{page.index}"
    return page.key


def _run_page(index: int) -> PageRun:
    page = _WORK["pages"][index]  # type: ignore[index]
    data = page.page_bytes()
    answers = {}
    for extractor in _WORK["chosen"]:  # type: ignore[union-attr]
        run = safe_run(extractor, data, page.url)
        answers[extractor.name] = Answer(truth.html_text(run.html), run.seconds)
    return PageRun(page_key(page), answers)


def run_pages(pages: list, chosen: list[Extractor], jobs: int) -> dict[str, PageRun]:
    if jobs <= 1:
        _init(pages, chosen)
        runs = [_run_page(i) for i in range(len(pages))]
    else:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init,
                                 initargs=(pages, chosen)) as pool:
            runs = list(pool.map(_run_page, range(len(pages)), chunksize=CHUNK))
    return {r.key: r for r in runs}


def default_jobs() -> int:
    return max(1, min(MAX_JOBS, os.cpu_count() or 1))


# --------------------------------------------------------------------------- summarising

def page_scores(pages: list[truth.TruthPage], runs: dict[str, PageRun],
                name: str) -> dict[str, truth.PageScore]:
    return {p.key: truth.score_text(runs[p.key].answers[name].text, p.text) for p in pages}


def rows_for(pages: list[truth.TruthPage], runs: dict[str, PageRun], names: list[str]) -> list[Row]:
    rows = []
    scores = {name: page_scores(pages, runs, name) for name in names}
    for set_name in sorted({p.set_name for p in pages}):
        for part in PARTS:
            chosen = [p for p in pages if p.set_name == set_name and (part is None or p.part == part)]
            if not chosen:
                continue
            for name in names:
                ms = [runs[p.key].answers[name].seconds * MS_PER_S for p in chosen]
                rows.append(Row(set_name, part or "all", name,
                                truth.aggregate([scores[name][p.key] for p in chosen]),
                                statistics.median(ms)))
    return rows


TABLE_HEADER = ["Set", "Part", "Pages", "Extractor", "F1", "Precision", "Recall", "Median ms"]


def rows_table(rows: list[Row]) -> str:
    """``× <peer>``: median time over the first peer's median time in the same part."""
    first: dict[tuple[str, str], float] = {}
    names = list(dict.fromkeys(r.extractor for r in rows))
    peer = names[1] if len(names) > 1 else names[0]
    for r in rows:
        if r.extractor == peer:
            first[(r.set_name, r.part)] = r.median_ms
    out = []
    for r in rows:
        base = first.get((r.set_name, r.part))
        out.append([r.set_name, r.part, str(r.score.pages), r.extractor, f"{r.score.f1:.3f}",
                    f"{r.score.precision:.3f}", f"{r.score.recall:.3f}", f"{r.median_ms:.1f}",
                    _num(r.median_ms / base if base else None, ".2f")])
    return markdown_table([*TABLE_HEADER, f"× {peer}"], out)


def worst_table(pages: list[truth.TruthPage], runs: dict[str, PageRun], names: list[str],
                n: int) -> str:
    """Tune pages furthest below the better peer (check pages are not for study)."""
    scores = {name: page_scores(pages, runs, name) for name in names}
    tune = [p for p in pages if p.part == truth.TUNE]

    peers = [x for x in names[1:] if x != ALONE]

    def gap(p: truth.TruthPage) -> float:
        best_peer = max(scores[x][p.key].f1 for x in peers)
        return scores[names[0]][p.key].f1 - best_peer

    worst = sorted(tune, key=gap)[:n]
    header = ["Page", "Gap", f"{names[0]} F1", "Precision", "Recall", *[f"{x} F1" for x in names[1:]]]
    return markdown_table(header, [[
        p.key, f"{gap(p):+.3f}", f"{scores[names[0]][p.key].f1:.3f}",
        _num(scores[names[0]][p.key].precision, ".3f"), f"{scores[names[0]][p.key].recall:.3f}",
        *[f"{scores[x][p.key].f1:.3f}" for x in names[1:]],
    ] for p in worst])


# --------------------------------------------------------------------------- cluttered

@dataclass(frozen=True)
class ClutterRow:
    """One extractor on one part of the cluttered group (or one template, for clearpage)."""

    label: str
    part: str
    extractor: str
    score: truth.SetScore
    leak: float
    replaced: int
    median_ms: float


def clutter_rows(pages: list[clutter.ClutteredPage], runs: dict[str, PageRun], names: list[str],
                 by_template: bool = False) -> list[ClutterRow]:
    groups: dict[tuple[str, str], list[clutter.ClutteredPage]] = {}
    for page in pages:
        part = truth.split_part(page.donor)
        groups.setdefault((CLUTTERED, part), []).append(page)
        groups.setdefault((CLUTTERED, "all"), []).append(page)
        if by_template:
            groups.setdefault((page.template, "all"), []).append(page)
    rows = []
    for (label, part), chosen in sorted(groups.items(), key=lambda kv: (kv[0][0] != CLUTTERED, kv[0])):
        for name in names:
            answers = [runs[page_key(p)].answers[name] for p in chosen]
            scores = [clutter.score_cluttered(a.text, p) for a, p in zip(answers, chosen)]
            rows.append(ClutterRow(
                label, part, name,
                truth.aggregate([truth.PageScore(s.precision, s.recall) for s in scores]),
                statistics.fmean(s.leak for s in scores), sum(s.replaced for s in scores),
                statistics.median(a.seconds * MS_PER_S for a in answers)))
    return rows


CLUTTER_HEADER = ["Group", "Part", "Pages", "Extractor", "F1", "Precision", "Recall", "Leak",
                  "Replaced", "Median ms"]


def clutter_table(rows: list[ClutterRow]) -> str:
    return markdown_table(CLUTTER_HEADER, [[
        r.label, r.part, str(r.score.pages), r.extractor, f"{r.score.f1:.3f}",
        f"{r.score.precision:.3f}", f"{r.score.recall:.3f}", f"{r.leak:.3f}", str(r.replaced),
        f"{r.median_ms:.1f}"] for r in rows])


def cmd_truth_bench(folder: Path, chosen: list[Extractor], set_name: str | None,
                    limit: int | None, worst: int, jobs: int, header: str,
                    clutter_pages: int = CLUTTER_PAGES, clutter_seed: int = CLUTTER_SEED) -> int:
    pages = truth.load_truth_corpus(folder, set_name)
    pages = pages[:limit] if limit else pages
    if not pages:
        print(f"bench: no annotated page in {folder}")
        return 2
    names = [e.name for e in chosen]
    cluttered = clutter.build_cluttered(pages, seed=clutter_seed, count=clutter_pages) if clutter_pages else []
    start = time.perf_counter()
    runs = run_pages([*pages, *cluttered], chosen, jobs)
    print(header)
    print(f"Human truth: {len(pages)} pages, and {len(cluttered)} cluttered pages built from them "
          f"(seed {clutter_seed}); {jobs} worker(s), {time.perf_counter() - start:.0f} s wall\n")
    print(rows_table(rows_for(pages, runs, names)))
    if worst and len(names) > 1:
        print(f"\nThe {worst} tune pages furthest below the better peer:\n")
        print(worst_table(pages, runs, names, worst))
    if cluttered:
        print(f"\nCluttered pages built from the annotated stories (leak: share of the clutter "
              f"in the answer; replaced: pages answered with another story):\n")
        print(clutter_table(clutter_rows(cluttered, runs, names)))
        print(f"\nBy template, {names[0]}:\n")
        print(clutter_table([r for r in clutter_rows(cluttered, runs, names[:1], by_template=True)
                             if r.label != CLUTTERED]))
    return 0
