"""The ``clearpage`` command: ``serve`` the API, ``clean`` a page file, plus the
``seeds`` and ``bench`` tools when installed.

Exit codes: 0 success, 1 error (unreadable file, documented clearpage error, bad
configuration), 2 usage (bad options).
"""
from __future__ import annotations

import argparse
import importlib
import math
import sys
from dataclasses import replace

from . import __version__
from .config import Config, ConfigError
from .errors import ClearpageError
from .listen import BindError, bind_listener
from .render import RENDERERS, render

EXIT_ERROR = 1
EXIT_USAGE = 2
# Longest exception message printed for an internal error (it may quote a whole page).
ERROR_MESSAGE_CHARS = 200
# Seconds gunicorn lets a worker go silent beyond the longest request (body read deadline plus
# time budget) before killing it. The budget is enforced by killing the extraction process, so
# the client gets its 503 from a live worker; this only catches a worker that hangs itself.
WORKER_TIMEOUT_MARGIN = 10
# The worker: gunicorn's threaded worker answering its own errors in JSON (clearpage.worker).
WORKER_CLASS = "clearpage.worker.JsonErrorWorker"
# Seconds workers get to finish their requests on SIGTERM before they are killed.
GRACEFUL_TIMEOUT = 15
# Seconds an idle connection is held open for the next request.
KEEPALIVE_SECONDS = 2
# Subcommand modules: each exposes ``register(subparsers)``; a missing one is skipped.
PLUGIN_MODULES = ("clearpage.service", "clearpage.seeds", "clearpage.bench")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args) or 0
    except ConfigError as exc:
        return _fail(f"configuration error: {exc}")
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug, never a traceback on the user's terminal: one line
        return _fail(f"internal error ({_one_line(f'{type(exc).__name__}: {exc}')}); "
                     "please report it with the input")


def _one_line(message: str) -> str:
    """An exception's message fit for one terminal line: no controls or line breaks (it may
    quote the page), at most ERROR_MESSAGE_CHARS."""
    message = " ".join("".join(c if c.isprintable() else " " for c in message).split())
    return message[:ERROR_MESSAGE_CHARS]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clearpage",
                                     description="Reader view of news pages: the main story, clean.")
    parser.add_argument("--version", action="version", version=f"clearpage {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_serve(subparsers)
    _add_clean(subparsers)
    for name in PLUGIN_MODULES:
        _register_plugin(name, subparsers)
    return parser


def _register_plugin(name: str, subparsers) -> None:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return
    module.register(subparsers)


def _add_serve(subparsers) -> None:
    serve = subparsers.add_parser("serve", help="run the HTTP API with gunicorn",
                                  description="Run the HTTP API with gunicorn. Defaults come "
                                  "from CLEARPAGE_HOST, CLEARPAGE_PORT, CLEARPAGE_WORKERS.")
    serve.add_argument("--host", help="interface to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="TCP port (default 8077)")
    serve.add_argument("--workers", type=int, help="worker processes (default 2)")
    serve.set_defaults(func=cmd_serve)


def _add_clean(subparsers) -> None:
    clean = subparsers.add_parser("clean", help="reader view of one HTML file",
                                  description="Print the reader view of an HTML file (or stdin).")
    clean.add_argument("file", nargs="?", default="-", metavar="FILE",
                       help="HTML file to clean; - or nothing reads stdin")
    clean.add_argument("--url", help="the page's URL, to resolve relative links")
    clean.add_argument("--charset", help="the page's encoding, when known")
    clean.add_argument("--format", choices=list(RENDERERS), default="html",
                       help="output format (default html)")
    clean.add_argument("--explain", action="store_true", help="list the blocks that were removed")
    clean.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    clean.set_defaults(func=cmd_clean)


def cmd_clean(args: argparse.Namespace) -> int:
    from .pipeline import clean

    try:
        data = _read_input(args.file)
    except OSError as exc:
        return _fail(f"cannot read {args.file}: {exc.strerror or exc}")
    try:
        article = clean(data, args.url, charset=args.charset, explain=args.explain)
    except ClearpageError as exc:
        return _fail(f"{args.file}: {exc.message} ({exc.code})")
    body = render(article, args.format).body
    try:
        _write_output(body, args.output)
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    return 0


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _write_output(body: str, path: str | None) -> None:
    if path is None or path == "-":
        sys.stdout.buffer.write(body.encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(body)


def _fail(message: str) -> int:
    print(f"clearpage: {message}", file=sys.stderr)
    return EXIT_ERROR


def cmd_serve(args: argparse.Namespace) -> int:
    settings = Config.from_env()
    chosen = {"host": args.host, "port": args.port, "workers": args.workers}
    try:
        settings = replace(settings, **{key: value for key, value in chosen.items() if value is not None})
    except ConfigError as exc:
        print(f"clearpage serve: bad option: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        listener = bind_listener(settings.host, settings.port)
    except BindError as exc:
        print(f"clearpage serve: {exc}", file=sys.stderr)
        return EXIT_ERROR
    _gunicorn_app(settings, {"bind": listener.hand_to_gunicorn()}).run()
    return 0


def gunicorn_options(settings: Config) -> dict:
    """Production settings: threaded workers, each with warm extraction processes started at
    boot (``clearpage.worker``)."""
    from . import worker

    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    return {
        "bind": f"{host}:{settings.port}",
        "workers": settings.workers,
        "worker_class": WORKER_CLASS,
        "threads": settings.threads,
        "timeout": math.ceil(settings.body_timeout + settings.timeout) + WORKER_TIMEOUT_MARGIN,
        "graceful_timeout": GRACEFUL_TIMEOUT,
        "keepalive": KEEPALIVE_SECONDS,
        "preload_app": True,
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": settings.log_level.lower(),
        "proc_name": "clearpage",
        # gunicorn 23+: no shared control socket, so several instances can run side by side.
        "control_socket_disable": True,
        "post_worker_init": worker.post_worker_init,
        "worker_exit": worker.worker_exit,
    }


def _gunicorn_app(settings: Config, overrides: dict | None = None):
    from gunicorn.app.base import BaseApplication

    from .web import create_app

    class ClearpageServer(BaseApplication):
        def load_config(self):
            for key, value in {**gunicorn_options(settings), **(overrides or {})}.items():
                if key in self.cfg.settings:
                    self.cfg.set(key, value)

        def load(self):
            return create_app()

    return ClearpageServer()


if __name__ == "__main__":
    sys.exit(main())
