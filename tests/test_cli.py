"""The ``clearpage`` command, run as a real subprocess, and its configuration."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from clearpage import cli, listen, worker
from clearpage.config import Config, ConfigError
from conftest import ARTICLE_TITLE, DATA_DIR, article_page

CLI_TIMEOUT = 60


def run_cli(*args, stdin: bytes | None = None, env: dict | None = None):
    return subprocess.run([sys.executable, "-m", "clearpage", *args], input=stdin,
                          capture_output=True, timeout=CLI_TIMEOUT,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def page_file(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(article_page(), encoding="utf-8")
    return path


def test_clean_file_prints_reader_html(page_file):
    result = run_cli("clean", str(page_file))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert out.startswith("<!DOCTYPE html>") and f"<h1>{ARTICLE_TITLE}</h1>" in out


def test_clean_reads_stdin_when_no_file():
    result = run_cli("clean", "--format", "text", stdin=article_page().encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith(ARTICLE_TITLE + "\n")


def test_clean_reads_stdin_with_dash():
    result = run_cli("clean", "-", "--format", "markdown", stdin=article_page().encode())
    assert result.stdout.decode().startswith(f"# {ARTICLE_TITLE}\n")


def test_clean_json_with_url_and_explain(page_file):
    result = run_cli("clean", str(page_file), "--format", "json", "--explain",
                     "--url", "https://news.example/park")
    data = json.loads(result.stdout)
    assert data["url"] == "https://news.example/park"
    assert isinstance(data["removed"], list)
    assert data["readerable"] is True


def test_clean_writes_output_file(page_file, tmp_path):
    out = tmp_path / "out.md"
    result = run_cli("clean", str(page_file), "--format", "markdown", "-o", str(out))
    assert result.returncode == 0 and result.stdout == b""
    assert out.read_text(encoding="utf-8").startswith(f"# {ARTICLE_TITLE}")


def test_clean_legacy_encoded_file():
    result = run_cli("clean", str(DATA_DIR / "ja-shift_jis-none.html"), "--format", "text")
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").startswith("新しい川沿いの公園、来春に着工へ")


def test_clean_charset_option(tmp_path):
    path = tmp_path / "koi8.html"
    path.write_bytes("<html><head><title>Привет</title></head><body><p>Привет, мир</p></body>"
                     "</html>".encode("koi8_r"))
    result = run_cli("clean", str(path), "--charset", "koi8-r", "--format", "json")
    assert json.loads(result.stdout)["title"] == "Привет"


def test_missing_file_exits_1_with_message(tmp_path):
    missing = tmp_path / "nope.html"
    result = run_cli("clean", str(missing))
    assert result.returncode == 1
    assert b"cannot read" in result.stderr and str(missing).encode() in result.stderr
    assert b"Traceback" not in result.stderr


def test_directory_instead_of_file_exits_1(tmp_path):
    result = run_cli("clean", str(tmp_path))
    assert result.returncode == 1 and b"cannot read" in result.stderr


def test_documented_error_exits_1(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just words, not a page")
    result = run_cli("clean", str(path))
    assert result.returncode == 1
    assert b"not_html" in result.stderr and b"Traceback" not in result.stderr


def test_unwritable_output_exits_1(page_file, tmp_path):
    result = run_cli("clean", str(page_file), "-o", str(tmp_path / "no" / "such" / "dir.html"))
    assert result.returncode == 1 and b"cannot write" in result.stderr


@pytest.mark.parametrize("args", [("clean", "--format", "pdf"), ("clean", "--bogus"),
                                  ("frobnicate",), ("serve", "--port", "eighty"), ()])
def test_bad_usage_exits_2(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert b"usage:" in result.stderr


def test_serve_port_out_of_range_exits_2():
    result = run_cli("serve", "--port", "70000")
    assert result.returncode == 2 and b"65535" in result.stderr


def test_serve_bad_environment_exits_1():
    result = run_cli("serve", env={"CLEARPAGE_WORKERS": "many"})
    assert result.returncode == 1
    assert b"CLEARPAGE_WORKERS" in result.stderr and b"whole number" in result.stderr


def test_version_flag():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.decode().startswith("clearpage ")


def test_gunicorn_options_are_production_settings():
    options = cli.gunicorn_options(Config(host="::1", port=9000, workers=3, timeout=5))
    assert options["bind"] == "[::1]:9000"
    assert options["workers"] == 3
    # Threads, so that a client slow to send its body holds one thread, not the worker.
    assert options["worker_class"] == "clearpage.worker.JsonErrorWorker"
    assert options["threads"] == Config().threads > 1
    # gunicorn kills a silent worker only after the longest request: body deadline + budget.
    assert options["timeout"] > Config().body_timeout + 5
    assert options["post_worker_init"] is worker.post_worker_init
    assert options["graceful_timeout"] > 0


def test_plugins_register_when_present(monkeypatch):
    registered = []

    class Plugin:
        @staticmethod
        def register(subparsers):
            registered.append(subparsers.add_parser("demo").set_defaults(func=lambda a: 7))

    def fake_import(name):
        if name == "clearpage.seeds":
            return Plugin
        raise ModuleNotFoundError(name=name)

    monkeypatch.setattr(cli.importlib, "import_module", fake_import)
    assert cli.main(["demo"]) == 7
    assert len(registered) == 1


# --- configuration -----------------------------------------------------------------------


def test_config_defaults():
    config = Config.from_env({})
    assert (config.host, config.port, config.workers) == ("127.0.0.1", 8077, 2)
    assert config.max_bytes == 10 * 1024 * 1024 and config.timeout == 5
    assert config.allowed_origins == (r"chrome-extension://.*", r"moz-extension://.*")


def test_config_reads_every_variable():
    config = Config.from_env({
        "CLEARPAGE_HOST": "0.0.0.0", "CLEARPAGE_PORT": "9000", "CLEARPAGE_WORKERS": "4",
        "CLEARPAGE_MAX_BYTES": "2048", "CLEARPAGE_TIMEOUT": "2.5", "CLEARPAGE_BODY_TIMEOUT": "3",
        "CLEARPAGE_ALLOWED_ORIGINS": r"https://a\.example, moz-extension://.*",
        "CLEARPAGE_LOG_LEVEL": "debug"})
    assert config == Config(host="0.0.0.0", port=9000, workers=4, max_bytes=2048, timeout=2.5,
                            body_timeout=3.0, allowed_origins=(r"https://a\.example", "moz-extension://.*"),
                            log_level="DEBUG")


@pytest.mark.parametrize("name, value, fragment", [
    ("CLEARPAGE_PORT", "http", "whole number"), ("CLEARPAGE_PORT", "0", "1 to 65535"),
    ("CLEARPAGE_WORKERS", "0", "CLEARPAGE_WORKERS"), ("CLEARPAGE_MAX_BYTES", "-5", "CLEARPAGE_MAX_BYTES"),
    ("CLEARPAGE_TIMEOUT", "soon", "seconds"), ("CLEARPAGE_TIMEOUT", "nan", "finite"),
    ("CLEARPAGE_TIMEOUT", "-1", "CLEARPAGE_TIMEOUT"), ("CLEARPAGE_BODY_TIMEOUT", "0", "0.1"),
    ("CLEARPAGE_ALLOWED_ORIGINS", "*", "wildcard"),
    ("CLEARPAGE_ALLOWED_ORIGINS", "chrome-extension://(", "regular expression"),
    ("CLEARPAGE_LOG_LEVEL", "LOUD", "CLEARPAGE_LOG_LEVEL"), ("CLEARPAGE_HOST", "a b", "host"),
])
def test_config_rejects_bad_values_clearly(name, value, fragment):
    with pytest.raises(ConfigError, match=fragment):
        Config.from_env({name: value})


# --- serve on a busy port ----------------------------------------------------------------


@pytest.fixture
def busy_port():
    """A loopback port held by a listening socket, as a running server would hold it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        yield sock.getsockname()[1]


def test_serve_on_busy_port_says_so_in_one_line(busy_port):
    result = run_cli("serve", "--host", "127.0.0.1", "--port", str(busy_port))
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1, lines
    assert f"port {busy_port} is already in use" in lines[0]
    assert "--port" in lines[0] and "CLEARPAGE_PORT" in lines[0]


def test_serve_on_busy_port_from_environment(busy_port):
    result = run_cli("serve", env={"CLEARPAGE_HOST": "127.0.0.1", "CLEARPAGE_PORT": str(busy_port)})
    assert result.returncode == 1 and b"already in use" in result.stderr
    assert b"ERROR" not in result.stderr and b"Traceback" not in result.stderr


def test_serve_on_unknown_host_says_so():
    result = run_cli("serve", "--host", "no-such-host.invalid", "--port", "8077")
    assert result.returncode == 1 and b"unknown host" in result.stderr


def test_bound_listener_is_the_socket_gunicorn_adopts():
    listener = listen.bind_listener("127.0.0.1", 0)
    bind = listener.hand_to_gunicorn()
    fd = int(bind.removeprefix("fd://"))
    adopted = socket.socket(fileno=fd)
    try:
        assert adopted.getsockname()[0] == "127.0.0.1"
        with pytest.raises(listen.BindError, match="already in use"):
            listen.bind_listener("127.0.0.1", adopted.getsockname()[1])
    finally:
        adopted.close()
