"""Fit the second opinion's thresholds (``clearpage.extract.second_opinion``) on human truth.

usage: python tools/fit_second_opinion.py [--truth ../shared/corpus/human-truth] [--seeds seeds]

Every page goes through clearpage without the second opinion and through readability-lxml as
``review`` would call it; per page it records the doubt and agreement signals and both
answers' F1 against the annotation. A grid search then picks, on the **tune** part only, the
thresholds that maximise the mean F1 over all tune pages, and prints the same thresholds'
figures on the **check** part. The regression seeds' cluttered pages are scored alongside:
a setting that lets readability-lxml serve another story on them (its classic failure) is
refused, whatever it gains on human truth.

The pages stay where they lie (AGPLv3/unlicensed): the script prints figures only.
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import multiprocessing
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from clearpage import seeds, truth  # noqa: E402
from clearpage.extract import second_opinion as so  # noqa: E402
from clearpage.extract.content import extract_content  # noqa: E402
from clearpage.extract.dom import inner_text  # noqa: E402
from clearpage.extract.metadata import read_metadata  # noqa: E402
from clearpage.extract.parse import parse  # noqa: E402

GRID_ATTEMPTS = (2, 3, 4)
GRID_OURS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)
GRID_AVAILABLE = (0.0, 0.3, 0.5, 0.7, 0.9)


@dataclass(frozen=True)
class Signals:
    key: str
    set_name: str
    part: str
    attempts: int
    of_ours: float
    available: float
    f1_ours: float
    f1_theirs: float | None  # None: readability-lxml found nothing


def signals(page_bytes: bytes, url: str | None, truth_text: str, key: str, set_name: str,
            part: str, score) -> Signals:
    parsed = parse(page_bytes, url=url)
    extraction = extract_content(parsed.tree, read_metadata(parsed.tree), url=parsed.base_url)
    ours = inner_text(extraction.node) if extraction.node is not None else ""
    theirs_node = so.readability_answer(parsed.tree, parsed.base_url)
    theirs = inner_text(theirs_node) if theirs_node is not None else None
    agreed = so.agreement(ours, theirs or "", inner_text(extraction.remaining)
                          if extraction.remaining is not None else "")
    return Signals(key, set_name, part, extraction.attempts, agreed.of_ours, agreed.available,
                   score(ours, truth_text), None if theirs is None else score(theirs, truth_text))


def truth_f1(answer: str, want: str) -> float:
    return truth.score_text(answer, want).f1


def seed_recall(answer: str, want: str) -> float:
    return truth.score_text(answer, want).recall


_PAGES: list = []


def _truth_job(i: int) -> Signals:
    p = _PAGES[i]
    return signals(p.page_bytes(), p.url, p.text, p.key, p.set_name, p.part, truth_f1)


def _seed_job(i: int) -> Signals:
    case = _PAGES[i]
    reference = " ".join(seeds.block_texts(case.reference_html() or ""))
    return signals(case.page_bytes(), case.url, reference, case.slug, "seeds-cluttered", "all",
                   seed_recall)


def run(items: list, job) -> list[Signals]:
    _PAGES[:] = items
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(job, range(len(items)), chunksize=8))


@dataclass(frozen=True)
class Setting:
    attempts: int
    of_ours: float
    available: float

    def replaces(self, s: Signals) -> bool:
        return (s.f1_theirs is not None and s.attempts >= self.attempts
                and s.of_ours < self.of_ours and s.available >= self.available)


def mean_f1(rows: list[Signals], setting: Setting | None) -> float:
    return statistics.fmean(r.f1_theirs if setting and setting.replaces(r) else r.f1_ours for r in rows)


def figures(rows: list[Signals], setting: Setting | None, part: str) -> dict[str, float]:
    sets = sorted({r.set_name for r in rows})
    return {s: mean_f1([r for r in rows if r.set_name == s and r.part == part], setting) for s in sets}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--truth", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/human-truth"))
    parser.add_argument("--seeds", default=str(seeds.default_dir()))
    parser.add_argument("--top", type=int, default=8, help="settings printed")
    parser.add_argument("--cache", help="JSON file: signals are read from it when it exists, "
                        "written to it otherwise (to refit without rerunning)")
    args = parser.parse_args()
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        data = json.loads(cache.read_text())
        rows, seed_rows = ([Signals(**r) for r in data[k]] for k in ("truth", "seeds"))
    else:
        rows = run(truth.load_truth_corpus(Path(args.truth)), _truth_job)
        cluttered = [c for c in seeds.load_cases(Path(args.seeds)) if c.clutter and c.reference_html()]
        seed_rows = run(cluttered, _seed_job)
        if cache:
            cache.write_text(json.dumps({"truth": [dataclasses.asdict(r) for r in rows],
                                         "seeds": [dataclasses.asdict(r) for r in seed_rows]}))
    results = []
    for a, o, v in itertools.product(GRID_ATTEMPTS, GRID_OURS, GRID_AVAILABLE):
        setting = Setting(a, o, v)
        wrong = sum(setting.replaces(r) and r.f1_theirs < r.f1_ours for r in seed_rows)
        tune = mean_f1([r for r in rows if r.part == truth.TUNE], setting)
        results.append((wrong == 0, tune, -sum(setting.replaces(r) for r in rows), setting, wrong))
    results.sort(key=lambda r: r[:3], reverse=True)
    print("mean per-page F1 by set; tune decides, check confirms; seeds: cluttered seed pages made worse")
    print("none:", {p: {s: round(f, 3) for s, f in figures(rows, None, p).items()} for p in (truth.TUNE, truth.CHECK)})
    for ok, tune, _, setting, wrong in results[:args.top]:
        print(setting, f"tune {tune:.4f}",
              {s: round(f, 3) for s, f in figures(rows, setting, truth.TUNE).items()}, "check",
              {s: round(f, 3) for s, f in figures(rows, setting, truth.CHECK).items()},
              f"replaced {sum(setting.replaces(r) for r in rows)}/{len(rows)}", f"seeds made worse {wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
