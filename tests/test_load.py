"""Load: the real service (gunicorn, README settings) under many concurrent clients sending the
real pages of ``seeds/``. Prints requests per second and latency percentiles (figures for the
README), asserts no failed request, no steady memory growth, and that killing a worker loses
only the requests in flight on it."""
from __future__ import annotations

import os
import signal
import statistics
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import child_pids, process_tree, start_server, stop_server

pytestmark = pytest.mark.slow

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
CONCURRENCY = 8
WARMUP_ROUNDS = 1          # every seed once per worker-ish before measuring memory
STEADY_SECONDS = float(os.environ.get("CLEARPAGE_LOAD_SECONDS", "15"))
KILL_PHASE_SECONDS = 6
MEMORY_SAMPLE_INTERVAL = 0.25
# Resident memory of the workers in the last third of the run may exceed the first third by this
# factor plus this many MiB (allocator noise); a leak of even 10 KB per request grows far more.
MEMORY_GROWTH_FACTOR = 1.15
MEMORY_GROWTH_SLACK_MIB = 30
REQUEST_TIMEOUT = 30


def seed_pages() -> list[bytes]:
    pages = sorted(SEEDS_DIR.glob("*/page.html"))
    assert len(pages) >= 20, f"expected the seed pages in {SEEDS_DIR}"
    return [p.read_bytes() for p in pages]


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


class Load:
    """CONCURRENCY threads posting seed pages in a loop until ``stop`` is set."""

    def __init__(self, base_url: str, pages: list[bytes]):
        self.url = f"{base_url}/v1/clean?format=json&url=https%3A%2F%2Fnews.example%2Fa"
        self.pages = pages
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.failures: list[str] = []
        self.statuses: dict[int, int] = {}
        self._next = 0

    def _page(self) -> bytes:
        with self.lock:
            self._next += 1
            return self.pages[self._next % len(self.pages)]

    def one(self, body: bytes) -> None:
        request = urllib.request.Request(self.url, data=body, method="POST",
                                         headers={"Content-Type": "text/html"})
        start = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as exc:
            exc.read()
            status = exc.code
        except Exception as exc:  # noqa: BLE001 - any transport failure is a failed request
            with self.lock:
                self.failures.append(f"{type(exc).__name__}: {exc}")
            return
        elapsed = time.monotonic() - start
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status >= 500:
                self.failures.append(f"HTTP {status}")
            else:
                self.latencies.append(elapsed)

    def _loop(self) -> None:
        while not self.stop.is_set():
            self.one(self._page())

    def run(self, seconds: float, during=None) -> float:
        threads = [threading.Thread(target=self._loop, daemon=True) for _ in range(CONCURRENCY)]
        start = time.monotonic()
        for thread in threads:
            thread.start()
        if during:
            during(start + seconds)
        else:
            time.sleep(seconds)
        self.stop.set()
        for thread in threads:
            thread.join(REQUEST_TIMEOUT + 5)
        return time.monotonic() - start


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("load") / "server.log"
    process, base_url = start_server(log)
    try:
        yield process, base_url
    finally:
        stop_server(process)


def test_throughput_latency_and_memory(server):
    process, base_url = server
    pages = seed_pages()
    warm = Load(base_url, pages)
    for body in pages * WARMUP_ROUNDS:
        warm.one(body)
    assert not warm.failures, warm.failures[:5]

    load = Load(base_url, pages)
    samples: list[tuple[float, float]] = []

    def sample_memory(until: float) -> None:
        while time.monotonic() < until:
            pids = [pid for worker in child_pids(process.pid) for pid in process_tree(worker)]
            samples.append((time.monotonic(), sum(rss_mib(pid) for pid in pids)))
            time.sleep(MEMORY_SAMPLE_INTERVAL)

    elapsed = load.run(STEADY_SECONDS, during=sample_memory)
    done = len(load.latencies)
    third = max(1, len(samples) // 3)
    first = statistics.mean(rss for _, rss in samples[:third])
    last = statistics.mean(rss for _, rss in samples[-third:])
    print(f"\nload: {len(pages)} seed pages, {CONCURRENCY} concurrent clients, "
          f"{len(child_pids(process.pid))} workers, {elapsed:.1f} s")
    print(f"  requests: {done} ok, {len(load.failures)} failed, statuses {load.statuses}")
    print(f"  throughput: {done / elapsed:.1f} requests/s")
    print(f"  latency: p50 {percentile(load.latencies, 50) * 1000:.0f} ms, "
          f"p95 {percentile(load.latencies, 95) * 1000:.0f} ms, "
          f"p99 {percentile(load.latencies, 99) * 1000:.0f} ms, "
          f"max {max(load.latencies) * 1000:.0f} ms")
    print(f"  RSS of the workers and their extraction processes (sum): "
          f"first third {first:.0f} MiB, last third {last:.0f} MiB")
    assert not load.failures, load.failures[:10]
    assert done >= CONCURRENCY
    assert all(status == 200 for status in load.statuses), load.statuses
    assert last <= first * MEMORY_GROWTH_FACTOR + MEMORY_GROWTH_SLACK_MIB, (first, last)


def test_killing_a_worker_loses_only_its_requests_in_flight(server):
    process, base_url = server
    pages = seed_pages()
    before = child_pids(process.pid)
    assert before, "no gunicorn workers found"
    killed = []

    def kill_one(until: float) -> None:
        time.sleep(KILL_PHASE_SECONDS / 3)
        victim = child_pids(process.pid)[0]
        os.kill(victim, signal.SIGKILL)
        killed.append(victim)
        time.sleep(max(0.0, until - time.monotonic()))

    load = Load(base_url, pages)
    load.run(KILL_PHASE_SECONDS, during=kill_one)
    print(f"\nkilled worker {killed[0]}: {len(load.latencies)} ok, {len(load.failures)} failed "
          f"({load.failures[:3]})")
    # A worker holds at most one request per thread; those queued on the socket go elsewhere.
    assert len(load.failures) <= CONCURRENCY, load.failures
    assert len(load.latencies) > len(load.failures)
    # The service answers afterwards, with the worker replaced.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and (
            len(child_pids(process.pid)) < len(before) or killed[0] in child_pids(process.pid)):
        time.sleep(0.2)
    assert len(child_pids(process.pid)) == len(before)
    after = Load(base_url, pages)
    for body in pages[:10]:
        after.one(body)
    assert not after.failures and len(after.latencies) == 10
