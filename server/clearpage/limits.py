"""Limits that keep clearpage answering whatever it is sent.

Two kinds of limit work together:

1. **A time budget per request** (``call_with_deadline``, default ``DEFAULT_TIMEOUT`` seconds,
   configurable with the ``CLEARPAGE_TIMEOUT`` environment variable). When it runs out the
   call raises ``clearpage.errors.TimedOut`` (HTTP 503) and the worker is free for the next
   request.

   How: ``signal.setitimer(ITIMER_REAL)`` delivers SIGALRM, whose Python handler raises inside
   the running code. That only works on the main thread (gunicorn's sync workers and the Flask
   test client run requests there). Elsewhere (threaded servers) the call runs without a
   deadline rather than failing. Python signal handlers run between bytecodes: a long call into
   C (lxml parsing a huge document) is not interrupted, the deadline fires as soon as it
   returns. That is why the cheap caps below exist.

2. **Cheap caps on the work itself**, checked before the expensive stages, so that
   pathological inputs degrade (truncated tree, best effort result) instead of burning the
   budget: element count, nesting depth, length of text and attributes. The body size cap is
   enforced by the web layer before the body is read (``MAX_BODY_BYTES``).
"""
from __future__ import annotations

import math
import os
import signal
import threading
import time

from .errors import TimedOut

# Seconds one request may spend in ``clean``; README documents it. Override with CLEARPAGE_TIMEOUT.
DEFAULT_TIMEOUT = 5.0
TIMEOUT_ENV = "CLEARPAGE_TIMEOUT"

# Largest request body accepted (the web layer answers 413 above it, before reading it whole).
# The biggest real news pages weigh 2-5 MB of HTML; 10 MiB leaves room without letting one
# request pin hundreds of MB in the worker.
MAX_BODY_BYTES = 10 * 1024 * 1024

# Element cap: the 172 reference pages in seeds/ have 300-10,000 elements (Wikipedia's longest
# at ~9,900) and long real pages (live blogs, big Wikipedia articles) reach 20,000-30,000.
# Past this the tree is cut (elements after the cap in document order are dropped) before
# extraction, which costs ~0.03 ms per element: 40,000 keep a worst-case page near 1-2 s.
MAX_ELEMENTS = 40_000
# Depth cap: real pages nest 10-40 levels. libxml2 itself stops at 256 levels (without
# XML_PARSE_HUGE) and recursive tree walks in Python would hit the recursion limit long before
# 100,000 levels; elements deeper than this are flattened into their ancestor at the cap.
MAX_DEPTH = 200
# Attribute values longer than this carry no reading value (inline data, tracking blobs):
# they are dropped. data: image sources are the exception the sanitizer treats on its own.
MAX_ATTRIBUTE_CHARS = 64 * 1024
# Text carried by the story fragment into the sanitizer, whose html5lib pass costs ~1 ms per KB:
# 1 MiB (~170,000 words, a long novel) keeps it near 1 s. Past it the story is cut.
MAX_FRAGMENT_CHARS = 1024 * 1024


def cut_from(node) -> None:
    """Remove ``node`` and everything after it in document order (its following siblings and
    those of each ancestor), in place: what a tree truncated at ``node`` would hold."""
    first = node
    while node is not None and node.getparent() is not None:
        parent = node.getparent()
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        if node is first:
            node.tail = None
            parent.remove(node)
        node = parent


def timeout_from_env(default: float = DEFAULT_TIMEOUT) -> float:
    """The per-request budget in seconds: ``CLEARPAGE_TIMEOUT`` or ``default``.

    ``0`` (or a negative value) disables the deadline; an unparsable value falls back to the
    default rather than failing the worker at start.
    """
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        return default
    if math.isnan(value) or math.isinf(value):
        return default
    return value


class _Expired(BaseException):
    """Raised by the alarm handler. A BaseException so that ``except Exception`` blocks in the
    pipeline (or in libraries) cannot swallow it; turned into ``TimedOut`` at the boundary."""


def _can_use_alarm() -> bool:
    return (hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")
            and threading.current_thread() is threading.main_thread())


def call_with_deadline(func, seconds, *args, **kwargs):
    """Run ``func(*args, **kwargs)``; raise ``TimedOut`` if it takes more than ``seconds``.

    ``seconds`` of ``None`` or <= 0 means no deadline. Off the main thread the call runs without
    a deadline (SIGALRM cannot be delivered there). Nested calls keep the outer, earlier deadline
    and restore the outer timer and handler when they return.
    """
    if seconds is None or seconds <= 0 or not _can_use_alarm():
        return func(*args, **kwargs)

    token = object()  # identifies this call's expiry among nested ones

    def on_alarm(signum, frame):
        raise _Expired(token)

    start = time.monotonic()
    outer_remaining, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    budget = seconds if not outer_remaining else min(seconds, outer_remaining)
    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, budget)
        try:
            return func(*args, **kwargs)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Expired as exc:
        if exc.args and exc.args[0] is token and budget == seconds:
            raise TimedOut(f"the page took longer than {seconds:g} s to process") from None
        # The outer deadline is the one that fired (ours was clipped to it): let it propagate.
        raise
    finally:
        signal.signal(signal.SIGALRM, previous)
        if outer_remaining:
            left = outer_remaining - (time.monotonic() - start)
            if left <= 0:
                # The outer deadline passed while we ran: fire it now, in the outer handler.
                signal.setitimer(signal.ITIMER_REAL, 1e-6, outer_interval)
            else:
                signal.setitimer(signal.ITIMER_REAL, left, outer_interval)

