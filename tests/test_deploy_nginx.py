"""deploy/nginx: Debian's nginx, configured with the shipped files, balancing two real
clearpage instances on loopback ephemeral ports. Requests go through nginx while one instance
is killed: not even those in flight on it fail, since nginx sends a request whose instance died
before answering to the other one (without that retry, those in flight fail with 502s), and
once nginx has seen the instance gone it sends it nothing. Fails, not skips, when nginx is
missing (``make test`` installs it)."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from clearpage.limits import BODY_READ_SECONDS, DEFAULT_TIMEOUT, MAX_BODY_BYTES
from conftest import (ARTICLE_TITLE, REPO_ROOT, _free_port, article_page, process_tree,
                      start_server, stop_server)

pytestmark = pytest.mark.slow

NGINX = Path(os.environ.get("CLEARPAGE_NGINX", "/usr/sbin/nginx"))
DEPLOY_DIR = REPO_ROOT / "deploy" / "nginx"
SITE_CONF = DEPLOY_DIR / "clearpage.conf"
PROXY_INC = DEPLOY_DIR / "clearpage-proxy.inc"
NGINX_START_TIMEOUT = 15
REQUEST_TIMEOUT = 30
# Clients posting at once, and how long they post before and after one instance is killed.
CONCURRENCY = 6
BEFORE_KILL_SECONDS = 2.0
AFTER_KILL_SECONDS = 4.0
# After the kill, nginx must have stopped trying the dead instance within this long (its
# first failed connection to it marks it down: max_fails=1).
FAILOVER_SECONDS = 1.0
NGINX_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}


def directive(name: str) -> str:
    """The value of a directive in the shipped proxy include (the first one)."""
    match = re.search(rf"^\s*{name}\s+([^;]+);", PROXY_INC.read_text(), re.MULTILINE)
    assert match, f"{name} is missing from {PROXY_INC}"
    return match.group(1).strip()


def seconds(value: str) -> float:
    assert value.endswith("s"), value
    return float(value[:-1])


def size_bytes(value: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([kmg]?)", value.lower()).groups()
    return int(number) * NGINX_SIZE_UNITS[unit]


def test_nginx_limits_match_the_service():
    assert size_bytes(directive("client_max_body_size")) == MAX_BODY_BYTES
    assert seconds(directive("client_body_timeout")) == BODY_READ_SECONDS
    assert seconds(directive("proxy_read_timeout")) > DEFAULT_TIMEOUT + 1
    assert str(MAX_BODY_BYTES) in PROXY_INC.read_text()  # the JSON 413's message
    assert f"include /etc/nginx/conf.d/{PROXY_INC.name};" in SITE_CONF.read_text()


def upstream_block(ports: list[int]) -> str:
    """The shipped ``upstream clearpage`` block, its instances replaced by ``ports``."""
    block = re.search(r"^upstream clearpage \{.*?^\}", SITE_CONF.read_text(),
                      re.MULTILINE | re.DOTALL).group(0)
    options = re.search(r"^\s*server 127\.0\.0\.1:\d+ ?([^;]*);", block, re.MULTILINE).group(1)
    kept = [line for line in block.splitlines() if not line.strip().startswith("server ")]
    servers = [f"    server 127.0.0.1:{port} {options};" for port in ports]
    return "\n".join(kept[:-1] + servers + kept[-1:])


def nginx_conf(workdir: Path, port: int, instance_ports: list[int]) -> str:
    # Run as root (CI containers), nginx would switch its workers to `nobody`, who cannot
    # write the temporary directories made here.
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp_paths = "".join(f"    {kind}_temp_path {workdir}/{kind};\n"
                         for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return (f"{user}worker_processes 1;\npid {workdir}/nginx.pid;\n"
            f"error_log {workdir}/error.log warn;\nevents {{ worker_connections 512; }}\n"
            f"http {{\n    access_log {workdir}/access.log;\n{temp_paths}"
            f"{upstream_block(instance_ports)}\n"
            f"    server {{\n        listen 127.0.0.1:{port};\n        include {PROXY_INC};\n    }}\n}}\n")


@dataclass
class Balanced:
    url: str
    instances: list[subprocess.Popen]
    nginx: subprocess.Popen
    workdir: Path


def wait_for_nginx(url: str, nginx: subprocess.Popen, workdir: Path) -> None:
    """Until nginx answers on its port at all (a 503 without instances counts)."""
    deadline = time.monotonic() + NGINX_START_TIMEOUT
    while time.monotonic() < deadline:
        assert nginx.poll() is None, (workdir / "error.log").read_text(errors="replace")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nginx did not answer within {NGINX_START_TIMEOUT} s")


def start_nginx(workdir: Path, instance_ports: list[int]) -> tuple[subprocess.Popen, str]:
    """nginx with the shipped configuration in front of ``instance_ports``, once it answers."""
    assert NGINX.exists(), f"nginx not found at {NGINX}: run `make test` (apt: nginx)"
    port = _free_port()
    conf = workdir / "nginx.conf"
    conf.write_text(nginx_conf(workdir, port, instance_ports))
    command = [str(NGINX), "-p", str(workdir), "-e", str(workdir / "error.log"), "-c", str(conf)]
    check = subprocess.run(command + ["-t"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    nginx = subprocess.Popen(command + ["-g", "daemon off;"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_nginx(url, nginx, workdir)
    except BaseException:
        stop_nginx(nginx)
        raise
    return nginx, url


def stop_nginx(nginx: subprocess.Popen) -> None:
    nginx.send_signal(signal.SIGQUIT)
    try:
        nginx.wait(10)
    except subprocess.TimeoutExpired:
        nginx.kill()
        nginx.wait()


@pytest.fixture(scope="module")
def balanced(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("nginx")
    instances, bases = [], []
    try:
        for number in range(2):
            process, base = start_server(workdir / f"instance-{number}.log")
            instances.append(process)
            bases.append(base)
        nginx, url = start_nginx(workdir, [int(base.rsplit(":", 1)[1]) for base in bases])
        try:
            yield Balanced(url=url, instances=instances, nginx=nginx, workdir=workdir)
        finally:
            stop_nginx(nginx)
    finally:
        for process in instances:
            stop_server(process)


def post(url: str, body: bytes, timeout: float = REQUEST_TIMEOUT) -> tuple[int, dict]:
    request = urllib.request.Request(f"{url}/v1/clean?format=json", data=body, method="POST",
                                     headers={"Content-Type": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_pages_are_cleaned_through_nginx(balanced):
    status, article = post(balanced.url, article_page().encode())
    assert status == 200 and article["title"] == ARTICLE_TITLE


def test_nginx_refuses_an_oversized_body_in_json(balanced):
    status, payload = post(balanced.url, b"<p>" + b"a" * MAX_BODY_BYTES + b"</p>")
    assert status == 413 and payload["error"]["code"] == "too_large"


def test_no_instance_left_is_a_json_503(tmp_path):
    """nginx's own 502 (every instance refuses) answers JSON too; no instance runs here."""
    nginx, url = start_nginx(tmp_path, [_free_port(), _free_port()])
    try:
        status, payload = post(url, article_page().encode())
    finally:
        stop_nginx(nginx)
    assert status == 503 and payload["error"]["code"] == "unavailable"


def test_service_errors_pass_through_unchanged(balanced):
    status, payload = post(balanced.url, b"")
    assert status == 400 and payload["error"]["code"] == "empty_input"


@dataclass
class Outcome:
    at: float
    ok: bool
    what: str


@dataclass
class Clients:
    """CONCURRENCY threads posting a page through nginx until ``stop`` is set."""

    url: str
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    outcomes: list[Outcome] = field(default_factory=list)

    def _one(self, body: bytes) -> Outcome:
        try:
            status, payload = post(self.url, body)
        except Exception as exc:  # noqa: BLE001 - any transport failure is a failed request
            return Outcome(time.monotonic(), False, f"{type(exc).__name__}: {exc}")
        ok = status == 200 and payload.get("title") == ARTICLE_TITLE
        return Outcome(time.monotonic(), ok, f"HTTP {status}")

    def _loop(self) -> None:
        body = article_page().encode()
        while not self.stop.is_set():
            outcome = self._one(body)
            with self.lock:
                self.outcomes.append(outcome)

    def start(self) -> list[threading.Thread]:
        threads = [threading.Thread(target=self._loop, daemon=True) for _ in range(CONCURRENCY)]
        for thread in threads:
            thread.start()
        return threads


def kill_instance(process: subprocess.Popen) -> None:
    """SIGKILL the instance's master, workers and extraction processes at once: a crash."""
    for pid in process_tree(process.pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    process.wait()


def test_killing_an_instance_fails_only_requests_in_flight(balanced):
    clients = Clients(balanced.url)
    threads = clients.start()
    time.sleep(BEFORE_KILL_SECONDS)
    killed_at = time.monotonic()
    kill_instance(balanced.instances[0])
    time.sleep(AFTER_KILL_SECONDS)
    clients.stop.set()
    for thread in threads:
        thread.join(REQUEST_TIMEOUT)
    failed = [outcome for outcome in clients.outcomes if not outcome.ok]
    after = [outcome for outcome in clients.outcomes if outcome.at > killed_at + FAILOVER_SECONDS]
    print(f"\nnginx, 2 instances, one killed: {len(clients.outcomes)} requests, "
          f"{len(failed)} failed ({[outcome.what for outcome in failed[:3]]}), "
          f"{len(after)} answered after the failover")
    assert not failed, [outcome.what for outcome in failed]
    assert len(after) > CONCURRENCY
    assert sum(outcome.at < killed_at for outcome in clients.outcomes) > CONCURRENCY
