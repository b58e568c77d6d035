"""The HTTP service: ``POST /v1/clean``, ``GET /healthz``, and the landing page ``GET /``.

Views only refuse requests sent by web pages, parse the request, and have a warm extraction
process (``clearpage.isolate``) run ``clearpage.clean`` and the renderer under the time budget.
Every failure answers JSON ``{"error": {"code", "message"}}`` with its status.
"""
from __future__ import annotations

import io
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, fields, replace
from urllib.parse import urlsplit

from flask import Blueprint, Flask, Response, current_app, jsonify, request
from flask_cors import CORS
from werkzeug.exceptions import ClientDisconnected, HTTPException
from werkzeug.formparser import parse_form_data

from . import __version__
from .config import Config
from .errors import (BadRequest, ClearpageError, EmptyInput, Forbidden, RequestTimeout, TooLarge,
                     UnsupportedMediaType)
from .isolate import CHILD_MEMORY_BYTES, ExtractionFailed, ExtractionPool, Job, extract, shared_pool
from .landing import (DOCS_PATH, FORM_FILE_FIELD, FORM_HTML_FIELD, FORM_URL_FIELD, LANDING_CSP,
                      LANDING_REFERRER_POLICY, api_docs, landing_page)
from .render import HTML_CSP, RENDERERS

# Policy for every response that is not the reader page: nothing may load, nobody may frame it.
API_CSP = "default-src 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
# Media types answered for each ?format= value, in the order Accept negotiation prefers.
FORMAT_BY_MIMETYPE = {"text/html": "html", "application/json": "json", "text/plain": "text",
                      "text/markdown": "markdown"}
DEFAULT_FORMAT = "html"
# Request bodies taken as the page itself. curl's --data-binary default (form-urlencoded) and
# a missing type are accepted so a bare upload works; the body is sniffed for binary anyway.
HTML_BODY_TYPES = {"", "text/html", "application/xhtml+xml", "text/plain",
                   "application/octet-stream", "application/x-www-form-urlencoded"}
JSON_BODY_TYPE = "application/json"
# What the landing page's form sends: the page pasted or uploaded, and its address.
FORM_BODY_TYPE = "multipart/form-data"
# Parts a form body may hold: the landing page sends three.
MAX_FORM_PARTS = 16
TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"", "0", "false", "no", "off"}
# Stable codes for the HTTP errors Werkzeug raises itself (routing, size).
HTTP_ERROR_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
                    413: "too_large", 415: "unsupported_media_type"}
# Sec-Fetch-Site values a browser sends for a request made by another site's page (a page on
# 127.0.0.1:3000 is "same-site" with the service: ports do not make sites).
FOREIGN_FETCH_SITES = {"cross-site", "same-site"}
# Host names under which the service's own pages (the landing page's form) may post to it. A
# web page that rebinds its own DNS name to 127.0.0.1 is same-origin with itself, not with
# these, so it stays refused.
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
# Bytes read from the client per call while the body deadline runs.
BODY_CHUNK_BYTES = 64 * 1024
# Flask config key of the function the extraction processes run (tests put a fake there; it
# must be importable by name, since it is sent to another process).
EXTRACT_KEY = "CLEARPAGE_EXTRACT"

bp = Blueprint("clearpage", __name__)


@dataclass(frozen=True)
class CleanRequest:
    """What ``POST /v1/clean`` asks for, parsed from the body and query string."""

    html: str | bytes
    url: str | None
    charset: str | None
    explain: bool


def create_app(test_config: dict | None = None) -> Flask:
    """The Flask app. ``test_config`` overrides settings (``MAX_BYTES``, ``TIMEOUT``, ...)
    and any Flask config key."""
    overrides = dict(test_config or {})
    settings = _settings(overrides)
    app = Flask(__name__)
    app.config.update(CLEARPAGE=settings, MAX_CONTENT_LENGTH=settings.max_bytes)
    app.config.setdefault(EXTRACT_KEY, None)
    app.config.update(overrides)
    app.logger.setLevel(settings.log_level)
    app.register_blueprint(bp)
    CORS(app, origins=[re.compile(rf"(?:{pattern})\Z") for pattern in settings.allowed_origins],
         methods=["GET", "POST", "OPTIONS"], allow_headers=["Content-Type"], max_age=600)
    return app


def _settings(overrides: dict) -> Config:
    settings = Config.from_env()
    names = {spec.name.upper(): spec.name for spec in fields(Config)}
    values = {names[key]: overrides.pop(key) for key in list(overrides) if key in names}
    return replace(settings, **values)


def extraction_pool(app: Flask) -> ExtractionPool:
    """The extraction processes serving ``app`` in this process (started on first use)."""
    settings: Config = app.config["CLEARPAGE"]
    return shared_pool(settings.extractors, CHILD_MEMORY_BYTES,
                       app.config.get(EXTRACT_KEY) or extract)


@bp.before_app_request
def _refuse_web_pages():
    """Any page the user has open may POST here (a "simple" request needs no preflight): its
    answer stays opaque to it, but the work would not. Refuse before reading anything."""
    settings: Config = current_app.config["CLEARPAGE"]
    origin = request.headers.get("Origin")
    if origin is not None and (_is_allowed_origin(origin, settings.allowed_origins)
                               or _is_own_loopback_page(origin)):
        return None
    if origin is not None:
        raise Forbidden(f"requests from web pages ({origin[:100]}) are refused; "
                        "use the browser extension or a local client")
    site = request.headers.get("Sec-Fetch-Site", "").strip().lower()
    if site in FOREIGN_FETCH_SITES:
        raise Forbidden(f"requests sent by another site's page (Sec-Fetch-Site: {site}) "
                        "are refused")
    return None


def _is_allowed_origin(origin: str, patterns: tuple[str, ...]) -> bool:
    return any(re.fullmatch(pattern, origin) for pattern in patterns)


def _is_own_loopback_page(origin: str) -> bool:
    """A page the service served itself, opened on a loopback address."""
    own = request.host_url.rstrip("/")
    return origin == own and urlsplit(own).hostname in LOOPBACK_HOSTS


@bp.get("/")
def landing():
    response = Response(landing_page(__version__), mimetype="text/html")
    response.headers["Content-Security-Policy"] = LANDING_CSP
    response.headers["Referrer-Policy"] = LANDING_REFERRER_POLICY
    return response


@bp.get(DOCS_PATH)
def docs():
    return Response(api_docs(), mimetype="text/plain")


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok", version=__version__)


@bp.post("/v1/clean")
def clean_view():
    settings: Config = current_app.config["CLEARPAGE"]
    _refuse_declared_oversize(settings.max_bytes)
    fmt = _response_format()
    wanted = _parse_clean_request(_read_body(settings.max_bytes, settings.body_timeout))
    job = Job(html=wanted.html, url=wanted.url, charset=wanted.charset, explain=wanted.explain,
              fmt=fmt)
    rendered = extraction_pool(current_app).run(job, settings.timeout)
    return Response(rendered.body, mimetype=rendered.mimetype)


def _refuse_declared_oversize(limit: int) -> None:
    if request.content_length is not None and request.content_length > limit:
        raise TooLarge(f"the body is {request.content_length} bytes; the limit is {limit}")


def _read_body(limit: int, seconds: float) -> bytes:
    """At most ``limit`` bytes of the body, also when it comes chunked without a length."""
    environ = request.environ
    if request.content_length is None and environ.get("wsgi.input_terminated"):
        # The server delimits the body (chunked): read it raw so one byte past the limit
        # shows that the body is too large.
        stream = environ["wsgi.input"]
    else:
        stream = request.stream
    body = _read_before_deadline(stream, limit + 1, seconds, environ.get("gunicorn.socket"))
    if len(body) > limit:
        raise TooLarge(f"the body is larger than the limit of {limit} bytes")
    if not body.strip():
        raise EmptyInput("the request body is empty; send the page's HTML")
    return body


def _read_before_deadline(stream, size: int, seconds: float, sock: socket.socket | None) -> bytes:
    """At most ``size`` bytes, within ``seconds``: a client that announced a body and stalls
    gets 408. Under gunicorn the client's socket is shut for reading at the deadline, which
    ends a blocked read however the client drips its bytes."""
    deadline = time.monotonic() + seconds
    timer = threading.Timer(seconds, _stop_reading, (sock,)) if sock else None
    if timer:
        timer.daemon = True
        timer.start()
    try:
        body = _read_at_most(stream, size)
    except (OSError, ValueError, ClientDisconnected) as exc:
        # A shut socket ends the read early: Werkzeug reports the missing bytes, gunicorn's
        # reader may raise its own errors (NoMoreData, ValueError).
        if time.monotonic() >= deadline:
            raise _too_slow(seconds) from None
        raise BadRequest(f"the request body could not be read ({exc})") from None
    finally:
        if timer:
            timer.cancel()
    if time.monotonic() >= deadline and _short(body, size):
        raise _too_slow(seconds)
    return body


def _short(body: bytes, size: int) -> bool:
    expected = request.content_length
    return len(body) < min(size, expected) if expected is not None else True


def _too_slow(seconds: float) -> RequestTimeout:
    return RequestTimeout(f"the request body did not arrive within {seconds:g} s")


def _stop_reading(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RD)
    except OSError:
        pass


def _read_at_most(stream, size: int) -> bytes:
    chunks, total = [], 0
    while total < size:
        chunk = stream.read(min(size - total, BODY_CHUNK_BYTES))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _response_format() -> str:
    fmt = request.args.get("format")
    if fmt is not None:
        if fmt not in RENDERERS:
            raise BadRequest(f"unknown format {fmt!r}; expected one of {', '.join(RENDERERS)}")
        return fmt
    best = request.accept_mimetypes.best_match(list(FORMAT_BY_MIMETYPE), default="text/html")
    return FORMAT_BY_MIMETYPE.get(best, DEFAULT_FORMAT)


def _parse_clean_request(body: bytes) -> CleanRequest:
    mimetype = request.mimetype
    explain = _flag(request.args.get("explain"), "explain")
    url = request.args.get("url") or None
    if mimetype == JSON_BODY_TYPE:
        return _parse_json_request(body, url, explain)
    if mimetype == FORM_BODY_TYPE:
        return _parse_form_request(body, url, explain)
    if mimetype in HTML_BODY_TYPES:
        charset = request.mimetype_params.get("charset") or None
        return CleanRequest(html=body, url=url, charset=charset, explain=explain)
    raise UnsupportedMediaType(f"cannot clean a {mimetype} body; send text/html or "
                               "application/json with an \"html\" field")


def _parse_json_request(body: bytes, url: str | None, explain: bool) -> CleanRequest:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest(f"the body is not valid JSON ({exc})") from None
    except RecursionError:
        raise BadRequest("the JSON body is nested too deeply; send an object with an "
                         "\"html\" field") from None
    if not isinstance(data, dict):
        raise BadRequest("the JSON body must be an object with an \"html\" field")
    html = data.get("html")
    if not isinstance(html, str):
        raise BadRequest("the JSON field \"html\" is required and must be a string")
    json_url = data.get("url")
    if json_url is not None and not isinstance(json_url, str):
        raise BadRequest("the JSON field \"url\" must be a string")
    json_explain = data.get("explain", False)
    if not isinstance(json_explain, bool):
        raise BadRequest("the JSON field \"explain\" must be true or false")
    return CleanRequest(html=html, url=json_url or url, charset=None,
                        explain=explain or json_explain)


def _parse_form_request(body: bytes, url: str | None, explain: bool) -> CleanRequest:
    """The landing page's form: an uploaded file wins over pasted HTML."""
    environ = {**request.environ, "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body))}
    try:
        _, form, files = parse_form_data(environ, silent=False, max_form_memory_size=len(body),
                                         max_form_parts=MAX_FORM_PARTS)
    except ValueError as exc:
        raise BadRequest(f"the form body cannot be read ({exc})") from None
    upload = files.get(FORM_FILE_FIELD)
    uploaded = upload.read() if upload is not None else b""
    html = uploaded if uploaded.strip() else form.get(FORM_HTML_FIELD, "")
    if not html.strip():
        raise EmptyInput("the form holds no page; paste its HTML or choose a saved page")
    return CleanRequest(html=html, url=form.get(FORM_URL_FIELD) or url, charset=None,
                        explain=explain)


def _flag(value: str | None, name: str) -> bool:
    value = (value or "").strip().lower()
    if value in TRUE_VALUES:
        return True
    if value in FALSE_VALUES:
        return False
    raise BadRequest(f"?{name}= must be 1 or 0, not {value!r}")


def _error_response(status: int, code: str, message: str) -> Response:
    response = jsonify(error={"code": code, "message": message})
    response.status_code = status
    return response


@bp.app_errorhandler(ClearpageError)
def _documented_error(exc: ClearpageError):
    return _error_response(exc.status, exc.code, exc.message)


@bp.app_errorhandler(HTTPException)
def _http_error(exc: HTTPException):
    response = exc.get_response()
    code = HTTP_ERROR_CODES.get(exc.code, re.sub(r"\W+", "_", (exc.name or "error").lower()))
    response.set_data(json.dumps({"error": {"code": code, "message": exc.description}}))
    response.mimetype = "application/json"
    return response


@bp.app_errorhandler(ExtractionFailed)
def _extraction_failed(exc: ExtractionFailed):
    current_app.logger.error("extraction failed on %s %s:\n%s", request.method, request.path, exc)
    return _error_response(500, "internal_error", "the page could not be processed")


@bp.app_errorhandler(Exception)
def _unexpected_error(exc: Exception):
    current_app.logger.exception("unhandled error on %s %s", request.method, request.path)
    return _error_response(500, "internal_error", "the page could not be processed")


@bp.after_app_request
def _security_headers(response: Response) -> Response:
    is_html = response.mimetype == "text/html"
    # A view that set its own policies (the landing page, whose form posts) keeps them.
    response.headers.setdefault("Content-Security-Policy", HTML_CSP if is_html else API_CSP)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
