"""Extraction in child processes: the time budget and the memory bound hold for every input.

Why a process: the budget must bound the whole request, C-level work included. A signal
handler runs between Python bytecodes, so it cannot stop libxml2 while it parses a hostile
page (one element with 60,000 attribute names takes it seconds to minutes in one call); a
process can be killed at any instruction. A process also carries its own memory limit.

Model: every HTTP worker process keeps a small pool of warm extraction processes. They are
forked from a multiprocessing *forkserver*, a single-threaded process that imported the
pipeline once: forking it is safe while the worker's threads run (forking a threaded process
is not) and a replacement costs a fork, not a fresh interpreter and its imports
(``clearpage bench --isolation`` measures both). A request takes an idle child (waiting at most
until its deadline), sends it the job over a pipe and waits for the answer until the deadline.
A child that misses the deadline is killed with SIGKILL and a new one takes its place. Each
child caps its own address space (``RLIMIT_AS``): a page that needs more raises MemoryError
there, the request is answered ``413 too_large`` and the child is replaced.

``clean()`` itself stays a plain library call; this module is web-layer glue.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
import traceback
from dataclasses import dataclass

from .errors import ClearpageError, TimedOut, TooLarge

# Address space an extraction process may add on top of what it holds when it starts (the
# imported modules). The largest page in seeds/ peaks near 60 MiB over that baseline, a
# 10 MiB page of ordinary markup near 250 MiB; 512 MiB leaves room for both while a
# pathological page (3.3 million JSON-LD objects) is refused instead of taking the machine.
CHILD_MEMORY_BYTES = 512 * 1024 * 1024
# A child whose resident memory grew past this after a job (allocator fragmentation after a
# huge page) is retired and replaced, so that warm children do not keep their peak for ever.
CHILD_RETIRE_RSS_BYTES = 400 * 1024 * 1024
# Seconds a killed or retired child gets to exit before it is reaped anyway.
CHILD_REAP_SECONDS = 2.0
# Modules the forkserver imports once, so that every child starts warm.
PRELOAD_MODULES = ["clearpage.isolate"]
START_METHOD = "forkserver"


@dataclass(frozen=True)
class Job:
    """One extraction: the arguments of ``clean`` plus the output format."""

    html: str | bytes
    url: str | None
    charset: str | None
    explain: bool
    fmt: str


def extract(job: Job):
    """What a child runs: the pipeline and the renderer, both under the budget."""
    from .pipeline import clean
    from .render import render

    article = clean(job.html, job.url, charset=job.charset, explain=job.explain)
    return render(article, job.fmt)


@dataclass(frozen=True)
class Outcome:
    """A child's answer: a value, a documented error, or the traceback of a bug."""

    value: object = None
    error: ClearpageError | None = None
    failure: str | None = None
    retire: bool = False


class ExtractionFailed(RuntimeError):
    """A bug in the extraction (its traceback text, logged by the web layer), or a child that
    died without answering."""


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _resident_bytes() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def limit_memory(extra_bytes: int | None) -> None:
    """Cap this process's address space at what it maps now plus ``extra_bytes``."""
    if not extra_bytes:
        return
    try:
        import resource
    except ImportError:  # not a POSIX system: no cap, the time budget still holds
        return
    current = _address_space()
    if current is None:
        return
    limit = current + extra_bytes
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def run_job(target, job) -> Outcome:
    """``target(job)`` as an ``Outcome``; never raises."""
    try:
        return Outcome(value=target(job), retire=_resident_bytes() > CHILD_RETIRE_RSS_BYTES)
    except ClearpageError as exc:
        return Outcome(error=exc)
    except MemoryError:
        return Outcome(error=TooLarge("the page needs more memory than the service allows "
                                      "one request"), retire=True)
    except Exception:  # noqa: BLE001 - a bug: the web layer logs it and answers 500
        return Outcome(failure=traceback.format_exc())


def _child_main(conn, target, memory_bytes) -> None:
    import signal

    # Ctrl-C in the terminal reaches the whole process group: the worker decides, the child
    # ends when its pipe closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_memory(memory_bytes)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        outcome = run_job(target, job)
        try:
            conn.send(outcome)
        except MemoryError:
            conn.send(Outcome(error=TooLarge("the answer needs more memory than the service "
                                             "allows one request"), retire=True))
        if outcome.retire:
            return


class _Missed(Exception):
    """The child did not answer before the deadline."""


class _Child:
    """One warm extraction process and the parent's end of its pipe."""

    def __init__(self, context, target, memory_bytes):
        self.conn, child_conn = context.Pipe()
        self.process = context.Process(target=_child_main, args=(child_conn, target, memory_bytes),
                                       name="clearpage-extract", daemon=True)
        self.process.start()
        child_conn.close()

    def call(self, job: Job, timeout: float | None) -> Outcome:
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                raise _Missed()
            return self.conn.recv()
        except (EOFError, OSError):
            raise ExtractionFailed(f"the extraction process exited with "
                                   f"{self.process.exitcode} before answering") from None

    def stop(self) -> None:
        """Kill and reap the process (it may hold the CPU in C code: SIGKILL, not a request)."""
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(CHILD_REAP_SECONDS)


class ExtractionPool:
    """At most ``size`` extraction processes of this worker, started on demand, kept warm."""

    def __init__(self, size: int, memory_bytes: int | None = CHILD_MEMORY_BYTES, target=extract):
        self.size = size
        self.memory_bytes = memory_bytes
        self.target = target
        self.pid = os.getpid()
        self._context = multiprocessing.get_context(START_METHOD)
        self._context.set_forkserver_preload(PRELOAD_MODULES)
        self._slots = threading.BoundedSemaphore(size)
        self._idle: list[_Child] = []
        self._alive = 0  # children started and not yet stopped, idle or busy
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Start every child now (gunicorn calls this when a worker boots), not on first use."""
        started = [self._start() for _ in range(self.size - len(self._idle))]
        with self._lock:
            self._idle.extend(started)

    def run(self, job, timeout: float | None):
        """``target(job)`` in a child, within ``timeout`` seconds (None or <= 0: no deadline).

        Raises ``TimedOut`` when the deadline passes (waiting for a free child included), the
        child's documented error, or ``ExtractionFailed`` for a bug."""
        deadline = time.monotonic() + timeout if timeout and timeout > 0 else None
        if not self._slots.acquire(timeout=_remaining(deadline)):
            raise TimedOut(f"the service stayed busy for the whole {timeout:g} s budget")
        try:
            return self._run_in_child(job, deadline, timeout)
        finally:
            self._slots.release()

    def _run_in_child(self, job, deadline: float | None, timeout: float | None):
        child = self._take()
        try:
            outcome = child.call(job, _remaining(deadline))
        except _Missed:
            self._stop(child)
            self._replace_in_background()
            raise TimedOut(f"the page took longer than {timeout:g} s to process") from None
        except BaseException:
            self._stop(child)
            raise
        self._give_back(child, outcome.retire)
        if outcome.error is not None:
            raise outcome.error
        if outcome.failure is not None:
            raise ExtractionFailed(outcome.failure)
        return outcome.value

    def _take(self) -> _Child:
        with self._lock:
            while self._idle:
                child = self._idle.pop()
                if child.process.is_alive():
                    return child
                self._alive -= 1
                child.stop()
        return self._start()

    def _give_back(self, child: _Child, retire: bool) -> None:
        if retire:
            self._stop(child)
            return
        with self._lock:
            self._idle.append(child)

    def _replace_in_background(self) -> None:
        """Start the killed child's successor now, off the request's thread: a start costs a
        fork of the forkserver plus multiprocessing's preparation (~0.1 s), which the next
        request should not wait for."""
        threading.Thread(target=self._add_idle_child, name="clearpage-replace", daemon=True).start()

    def _add_idle_child(self) -> None:
        child = self._start()
        with self._lock:
            if self._alive <= self.size:
                self._idle.append(child)
                return
        self._stop(child)

    def _start(self) -> _Child:
        child = _Child(self._context, self.target, self.memory_bytes)
        with self._lock:
            self._alive += 1
        return child

    def _stop(self, child: _Child) -> None:
        with self._lock:
            self._alive -= 1
        child.stop()

    def close(self) -> None:
        with self._lock:
            children, self._idle = self._idle, []
        for child in children:
            self._stop(child)


def _remaining(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    return max(0.0, deadline - time.monotonic())


_POOLS: dict[tuple, ExtractionPool] = {}
_POOLS_LOCK = threading.Lock()


def shared_pool(size: int, memory_bytes: int | None = CHILD_MEMORY_BYTES,
                target=extract) -> ExtractionPool:
    """The pool of this process for these settings. One per process, not per Flask app: tests
    create many apps, and a pool inherited through fork (gunicorn's master) is not reused,
    since its children belong to the parent."""
    key = (size, memory_bytes, target)
    with _POOLS_LOCK:
        pool = _POOLS.get(key)
        if pool is None or pool.pid != os.getpid():
            pool = _POOLS[key] = ExtractionPool(size, memory_bytes, target)
        return pool
