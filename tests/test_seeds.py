"""Every saved page as its own test (ids = slugs): golden equality, and no clutter leaking.

A golden failure prints the same readable diff as ``clearpage seeds check``; regenerate
with ``clearpage seeds update SLUG`` once the change is intended, and review ``git diff``.
"""
from __future__ import annotations

import functools

import pytest

from clearpage import seeds

CASES = seeds.load_cases(seeds.REPO_SEEDS) if seeds.REPO_SEEDS.is_dir() else []
# Held-out pages measure generalization in the benchmark; their leaks are not asserted.
CLUTTERED = [c for c in CASES if c.clutter and c.group != seeds.HOLDOUT_GROUP]


@functools.lru_cache(maxsize=None)
def output_of(slug: str) -> seeds.Output:
    return seeds.run_case(seeds.load_case(seeds.REPO_SEEDS / slug))


@pytest.mark.parametrize("case", CASES, ids=[c.slug for c in CASES])
def test_matches_golden(case: seeds.Case) -> None:
    assert case.has_golden, f"no golden: run `clearpage seeds update {case.slug}` and review it"
    verdict = seeds.compare(case, output_of(case.slug))
    assert not verdict.changed, "output changed from the golden:\n" + verdict.render()


@pytest.mark.parametrize("case", CLUTTERED, ids=[c.slug for c in CLUTTERED])
def test_no_clutter_leaks(case: seeds.Case) -> None:
    leaks = seeds.find_leaks(output_of(case.slug).text, case.clutter, seeds.main_story_text(case))
    assert not leaks, f"{case.slug}: clutter in the reader view:\n" + "\n".join(l.render() for l in leaks)
