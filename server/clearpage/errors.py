"""The documented errors of clearpage.

Every failure that input can cause is one of these; each carries the HTTP status
and a stable machine code, so the web layer and the CLI map them without guessing.
Anything else escaping ``clean()`` is a bug.
"""
from __future__ import annotations


class ClearpageError(Exception):
    """Base of the documented errors: ``status`` for HTTP, ``code`` for machines."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message}}


class EmptyInput(ClearpageError):
    status = 400
    code = "empty_input"


class BadRequest(ClearpageError):
    status = 400
    code = "bad_request"


class TooLarge(ClearpageError):
    status = 413
    code = "too_large"


class UnsupportedMediaType(ClearpageError):
    status = 415
    code = "unsupported_media_type"


class NotHTML(ClearpageError):
    status = 422
    code = "not_html"


class TimedOut(ClearpageError):
    status = 503
    code = "timeout"


class Forbidden(ClearpageError):
    """A request sent by a web page (its Origin or Sec-Fetch-Site says so): only curl-like
    clients and the browser extension may use the service."""

    status = 403
    code = "forbidden"


class RequestTimeout(ClearpageError):
    """The client announced a body and did not send it in time."""

    status = 408
    code = "request_timeout"
