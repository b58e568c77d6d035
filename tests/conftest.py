"""Shared fixtures: the Flask app and test client, and the real service under gunicorn."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from clearpage.web import create_app

DATA_DIR = Path(__file__).resolve().parent / "data"
REPO_ROOT = Path(__file__).resolve().parent.parent
# Seconds the live server gets to answer /healthz after start (gunicorn boots in ~1 s).
LIVE_SERVER_START_TIMEOUT = 30
# Seconds it gets to stop on SIGTERM before it is killed.
LIVE_SERVER_STOP_TIMEOUT = 10
HEALTH_POLL_INTERVAL = 0.1
# Starts tried when the probed free port is taken before gunicorn binds it.
LIVE_SERVER_START_ATTEMPTS = 3

# A page with one obvious story, long enough to be readerable whatever the extractor.
ARTICLE_PARAGRAPHS = [
    "The city council approved the new riverside park on Tuesday after a long debate about "
    "its cost, the trees it would save and the traffic it might bring to the old harbour streets.",
    "Construction will start next spring and is expected to last two years. The plan includes a "
    "playground, a path for cyclists along the water and shaded benches for older residents.",
    "Residents who spoke at the meeting mostly welcomed the project, although several asked the "
    "council to keep the existing footbridge open while the works go on during the summer months.",
    "Engineers said the park would also help with flooding, because the new meadows can hold "
    "water during storms and release it slowly into the river over the following days.",
]
ARTICLE_TITLE = "Council approves riverside park"


def article_page(title: str = ARTICLE_TITLE, extra_head: str = "", paragraphs=None) -> str:
    body = "\n".join(f"<p>{para}</p>" for para in (paragraphs or ARTICLE_PARAGRAPHS))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">{extra_head}"
            f"<title>{title}</title></head><body><nav><a href=\"/\">Home</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            "<footer>Copyright 2024 The Harbour Gazette</footer></body></html>")


@pytest.fixture
def page_html() -> str:
    return article_page()


@pytest.fixture
def app():
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def _wait_until_healthy(process: subprocess.Popen, base_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + LIVE_SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"clearpage serve exited with {process.returncode}:\n"
                               f"{log_path.read_text(errors='replace')}")
        if _healthy(base_url):
            return
        time.sleep(HEALTH_POLL_INTERVAL)
    raise RuntimeError(f"clearpage serve did not answer /healthz within "
                       f"{LIVE_SERVER_START_TIMEOUT} s:\n{log_path.read_text(errors='replace')}")


def child_pids(pid: int) -> list[int]:
    """The processes ``pid`` started (for gunicorn's master: its workers)."""
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:  # the process has just exited
        return []


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants: a worker's forkserver and extraction processes too."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(child_pids(current))
    return found


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=LIVE_SERVER_STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start_server(log_path: Path, extra_env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """Start ``clearpage serve`` on a free loopback port; returns the process and base URL
    once /healthz answers. ``extra_env`` adds CLEARPAGE_* settings."""
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "clearpage", "serve", "--host", "127.0.0.1",
               "--port", str(port), "--workers", "2"]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=REPO_ROOT,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1", **(extra_env or {})},
                                   stdin=subprocess.DEVNULL)
    try:
        _wait_until_healthy(process, base_url, log_path)
    except BaseException:
        stop_server(process)
        raise
    return process, base_url


@pytest.fixture(scope="session")
def live_server():
    """Base URL (``http://127.0.0.1:PORT``) of the real service: ``clearpage serve`` under
    gunicorn, two threaded workers, on a free loopback port; stopped at the end of the session."""
    log_dir = Path(tempfile.mkdtemp(prefix="clearpage-live-"))
    for attempt in range(LIVE_SERVER_START_ATTEMPTS):
        log_path = log_dir / f"server-{attempt}.log"
        try:
            process, base_url = start_server(log_path)
            break
        except RuntimeError:
            # Another process may have taken the free port between the probe and the bind.
            if "already in use" not in log_path.read_text(errors="replace"):
                raise
    else:
        raise RuntimeError(f"no free port for clearpage serve after {LIVE_SERVER_START_ATTEMPTS} tries")
    try:
        yield base_url
    finally:
        stop_server(process)


@pytest.fixture(scope="session")
def playwright_instance():
    """One Playwright (sync API) for the whole run: a second one started while the first is
    alive fails ("Sync API inside the asyncio loop"), so browser and security tests share it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw
