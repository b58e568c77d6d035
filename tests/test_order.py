"""Same page, same answer: what clean() returns for a page does not depend on what the process
cleaned before it, nor on the hash seed (set iteration order). The seed corpus is cleaned
forwards and backwards in one process, and in fresh processes under two PYTHONHASHSEED values."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from clearpage import seeds
from clearpage.extract import identity, score

CASES = seeds.load_cases(seeds.REPO_SEEDS) if seeds.REPO_SEEDS.is_dir() else []
# Two seeds far apart, neither the interpreter's default randomisation nor the same as the other.
HASH_SEEDS = ("1", "4242")
# The child cleans the corpus backwards (the parent's first pass goes forwards) and prints one
# digest per case.
CHILD = """
import json, sys
sys.path.insert(0, {tests!r})
from test_order import digests
print(json.dumps(digests(reverse=True)))
"""


def digest(output: seeds.Output) -> str:
    data = json.dumps([output.html, output.metadata, output.text], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


def digests(reverse: bool = False) -> dict[str, str]:
    cases = list(reversed(CASES)) if reverse else CASES
    return {case.slug: digest(seeds.run_case(case)) for case in cases}


@pytest.fixture(scope="module")
def forwards() -> dict[str, str]:
    assert len(CASES) > 100, "the seed corpus is missing"
    return digests()


def _differences(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return sorted(slug for slug in a.keys() | b.keys() if a.get(slug) != b.get(slug))


def test_backwards_in_the_same_process(forwards):
    assert _differences(forwards, digests(reverse=True)) == []


@pytest.mark.parametrize("hash_seed", HASH_SEEDS)
def test_fresh_process_under_another_hash_seed(forwards, hash_seed):
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    code = CHILD.format(tests=os.path.dirname(os.path.abspath(__file__)))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert _differences(forwards, json.loads(result.stdout)) == []


def test_memos_key_a_str_subclass_apart_from_a_str():
    slug = identity.UrlSlug("council approves plan")
    identity._word_set.cache_clear()
    assert identity._word_set(slug) == identity._word_set(str(slug)) == frozenset({"council", "approves", "plan"})
    assert identity._word_set.cache_info().currsize == 2
    score._unlikely_name.cache_clear()
    assert score._unlikely_name(identity.UrlSlug("sidebar")) is score._unlikely_name("sidebar") is True
    assert score._unlikely_name.cache_info().currsize == 2
