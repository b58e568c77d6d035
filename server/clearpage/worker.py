"""The gunicorn worker of ``clearpage serve``: threads, warm extraction processes, JSON errors.

Why threads (gunicorn's ``gthread``), not sync workers: extraction runs in the worker's pool
of child processes (``clearpage.isolate``), which enforces the time budget by killing the
child, so the HTTP worker only reads requests and waits. A sync worker would hold one
request at a time, leave its second extraction process idle, and let a client that is slow
to send its body stall the whole worker; with threads, such a client holds one thread.

Why a subclass: gunicorn answers the requests it cannot parse itself (request line too long,
headers too large, a duplicate ``Content-Length``…) with an HTML page; every error the
service sends is JSON, as the README documents.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from ssl import SSLError

from gunicorn import util
from gunicorn.http import errors as http_errors
from gunicorn.workers.gthread import ThreadWorker

from .web import API_CSP, SECURITY_HEADERS, extraction_pool

# Longest part of gunicorn's own error text repeated to the client (it may quote the
# request line or a header).
MAX_ERROR_MESSAGE_CHARS = 200


@dataclass(frozen=True)
class ErrorAnswer:
    """How one kind of gunicorn error is answered."""

    kinds: tuple[type[BaseException], ...]
    status: int
    reason: str
    code: str


# First match wins: the response-header errors subclass the request-header ones but are the
# application's fault, and ParseException is the base of every request the parser refuses.
GUNICORN_ERRORS = (
    ErrorAnswer((http_errors.InvalidResponseHeader, http_errors.InvalidResponseHeaderName,
                 http_errors.ConfigurationProblem), 500, "Internal Server Error", "internal_error"),
    ErrorAnswer((http_errors.LimitRequestLine,), 414, "URI Too Long", "uri_too_long"),
    ErrorAnswer((http_errors.LimitRequestHeaders,), 431, "Request Header Fields Too Large",
                "headers_too_large"),
    ErrorAnswer((http_errors.UnsupportedTransferCoding,), 501, "Not Implemented",
                "not_implemented"),
    ErrorAnswer((http_errors.ExpectationFailed,), 417, "Expectation Failed", "expectation_failed"),
    ErrorAnswer((http_errors.ForbiddenProxyRequest,), 403, "Forbidden", "forbidden"),
    ErrorAnswer((http_errors.ParseException, SSLError), 400, "Bad Request", "bad_request"),
)
INTERNAL_ERROR = ErrorAnswer((), 500, "Internal Server Error", "internal_error")
INTERNAL_ERROR_MESSAGE = "the service could not answer this request"


def answer_for(exc: BaseException) -> ErrorAnswer:
    for answer in GUNICORN_ERRORS:
        if isinstance(exc, answer.kinds):
            return answer
    return INTERNAL_ERROR


def error_message(answer: ErrorAnswer, exc: BaseException) -> str:
    if answer.status >= 500:
        return INTERNAL_ERROR_MESSAGE
    return (str(exc) or answer.reason)[:MAX_ERROR_MESSAGE_CHARS]


def error_response(answer: ErrorAnswer, message: str) -> bytes:
    """A complete HTTP/1.1 response carrying the service's JSON error body."""
    body = json.dumps({"error": {"code": answer.code, "message": message}}).encode("utf-8")
    headers = {"Content-Type": "application/json", "Content-Length": str(len(body)),
               "Connection": "close", "Content-Security-Policy": API_CSP, **SECURITY_HEADERS}
    head = f"HTTP/1.1 {answer.status} {answer.reason}\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n"
    return head.encode("latin-1") + body


class JsonErrorWorker(ThreadWorker):
    """gunicorn's threaded worker, with its own errors answered as JSON."""

    def handle_error(self, req, client, addr, exc):
        answer = answer_for(exc)
        if answer.status >= 500:
            self.log.exception("error handling request")
        else:
            self.log.warning("invalid request from %s: %s", (addr or ("",))[0], exc)
        try:
            util.write_nonblock(client, error_response(answer, error_message(answer, exc)))
        except Exception:  # noqa: BLE001 - the client may be gone; nothing left to tell it
            self.log.debug("failed to send the error response")


def post_worker_init(worker) -> None:
    """gunicorn hook: start the worker's extraction processes before its first request."""
    extraction_pool(worker.wsgi).warm()


def worker_exit(server, worker) -> None:
    """gunicorn hook: stop the worker's extraction processes with it."""
    if worker.wsgi is not None:
        extraction_pool(worker.wsgi).close()
