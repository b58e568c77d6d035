"""Limits that keep clearpage answering whatever it is sent.

Three kinds of limit work together:

1. **A time budget per request** (default ``DEFAULT_TIMEOUT`` seconds, ``CLEARPAGE_TIMEOUT``).
   The web layer runs the extraction in a warm child process (``clearpage.isolate``) and kills
   it at the deadline, so the budget holds even inside one long call into libxml2; the client
   gets ``clearpage.errors.TimedOut`` (HTTP 503) and the worker goes on serving. Reading the
   request body has its own deadline (``BODY_READ_SECONDS``, ``CLEARPAGE_BODY_TIMEOUT``): a
   client that announces a body and never sends it gets a 408 instead of holding a thread.

2. **A memory bound per request**: the child caps its address space
   (``clearpage.isolate.CHILD_MEMORY_BYTES``); a page that needs more is answered 413.

3. **Cheap caps on the work itself**, checked before the expensive stages, so that
   pathological inputs degrade (truncated tree, best effort result) instead of burning the
   budget: attributes per tag before libxml2 sees them, element count, nesting depth, length
   of text and attributes. The body size cap is enforced by the web layer before the body is
   read (``MAX_BODY_BYTES``).
"""
from __future__ import annotations

import math
import os

# Seconds one request may spend in ``clean``; README documents it. Override with CLEARPAGE_TIMEOUT.
DEFAULT_TIMEOUT = 5.0
TIMEOUT_ENV = "CLEARPAGE_TIMEOUT"

# Seconds a client gets to send its whole request body once the headers are in. The service
# listens on loopback, where 10 MiB take milliseconds; a client that announces a body and
# stalls (or drips it) is answered 408 after this instead of holding a worker thread.
BODY_READ_SECONDS = 10.0

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
