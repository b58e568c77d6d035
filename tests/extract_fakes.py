"""Fakes the extraction processes run in place of clean + render (``CLEARPAGE_EXTRACT``).

A child imports its target by name when it starts, so the fakes live in this small module: a
test module imports pytest, hypothesis and the security vectors, which would make every fresh
child take longer than the short budgets the tests set (the 503 the test expects after a
kill would then also hit the next request, served by a child still importing)."""
from __future__ import annotations

import json
import os
import time

from clearpage.isolate import extract
from clearpage.render import Rendered

# Seconds the spinning fake holds the CPU: far past any budget the tests set.
SPIN_SECONDS = 30
# Seconds the slow fake sleeps: past the 0.2 s budget of the API test.
SLOW_SECONDS = 3


def echo_job(job):
    return Rendered(json.dumps({"html": job.html.decode(), "url": job.url, "charset": job.charset,
                                "explain": job.explain, "fmt": job.fmt}), "application/json")


def slow_job(job):
    time.sleep(SLOW_SECONDS)
    raise AssertionError("the deadline did not stop the extraction")


def broken_job(job):
    raise RuntimeError("secret internal detail")


def spin_job(job):
    """A CPU loop no signal handler would stop when the page says "spin", else the page."""
    if b"spin" in job.html:
        end = time.monotonic() + SPIN_SECONDS
        while time.monotonic() < end:
            pass
    return extract(job)


def sleep_job(seconds):
    time.sleep(seconds)
    return seconds


def crash_job(_):
    os._exit(3)


def hog_job(megabytes):
    return len(bytearray(megabytes * 1024 * 1024))
