"""``clearpage service``: the systemd user unit, with a fake systemctl and unit directory."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clearpage import service

CLI_TIMEOUT = 60
# A stand-in for systemctl: records each call's arguments as one JSON line, and fails the
# calls named in FAKE_SYSTEMCTL_FAIL (space-separated verbs) like systemd without a bus.
FAKE_SYSTEMCTL = """#!{python}
import json, os, sys
with open(os.environ["FAKE_SYSTEMCTL_LOG"], "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
verb = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
if verb in os.environ.get("FAKE_SYSTEMCTL_FAIL", "").split():
    print("Failed to connect to bus: No medium found", file=sys.stderr)
    sys.exit(1)
if verb == "status":
    print("clearpage.service - clearpage reader-view service")
"""


@pytest.fixture
def fake_systemctl(tmp_path):
    path = tmp_path / "systemctl"
    path.write_text(FAKE_SYSTEMCTL.format(python=sys.executable))
    path.chmod(0o755)
    return path


def run_service(action, tmp_path, systemctl, fail="", extra_env=None):
    # The unit copies CLEARPAGE_* settings: start from none but the test's own.
    env = {key: value for key, value in os.environ.items() if not key.startswith("CLEARPAGE_")}
    env.update(FAKE_SYSTEMCTL_LOG=str(tmp_path / "calls.log"), FAKE_SYSTEMCTL_FAIL=fail,
               **(extra_env or {}))
    return subprocess.run([sys.executable, "-m", "clearpage", "service", action,
                           "--unit-dir", str(tmp_path / "units"), "--systemctl", str(systemctl)],
                          capture_output=True, text=True, timeout=CLI_TIMEOUT, env=env)


def calls(tmp_path) -> list[list[str]]:
    log = tmp_path / "calls.log"
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def test_install_writes_the_unit_and_enables_it(tmp_path, fake_systemctl):
    result = run_service("install", tmp_path, fake_systemctl,
                         extra_env={"CLEARPAGE_PORT": "9123"})
    assert result.returncode == 0, result.stderr
    unit = (tmp_path / "units" / "clearpage.service").read_text()
    exec_start = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    program = exec_start.removeprefix("ExecStart=").split(" ")[0].strip('"')
    assert Path(program).is_absolute() and Path(program).name == "clearpage"
    assert os.access(program, os.X_OK)
    assert exec_start.endswith(" serve")
    assert 'Environment="CLEARPAGE_PORT=9123"' in unit
    assert "WantedBy=default.target" in unit and "Restart=on-failure" in unit
    assert calls(tmp_path) == [["--user", "show-environment"], ["--user", "daemon-reload"],
                               ["--user", "enable", "--now", "clearpage.service"]]
    assert "journalctl --user -u clearpage.service" in result.stdout


def test_uninstall_disables_then_removes(tmp_path, fake_systemctl):
    run_service("install", tmp_path, fake_systemctl)
    (tmp_path / "calls.log").unlink()
    result = run_service("uninstall", tmp_path, fake_systemctl)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "units" / "clearpage.service").exists()
    assert calls(tmp_path) == [["--user", "show-environment"],
                               ["--user", "disable", "--now", "clearpage.service"],
                               ["--user", "daemon-reload"]]


def test_status_reports_systemctl_answer(tmp_path, fake_systemctl):
    assert run_service("status", tmp_path, fake_systemctl).returncode == 1
    run_service("install", tmp_path, fake_systemctl)
    result = run_service("status", tmp_path, fake_systemctl)
    assert result.returncode == 0 and "clearpage reader-view service" in result.stdout
    assert calls(tmp_path)[-1] == ["--user", "status", "--no-pager", "clearpage.service"]


def test_without_systemctl_says_systemd_is_absent(tmp_path):
    result = run_service("install", tmp_path, tmp_path / "no-systemctl")
    assert result.returncode == 1
    assert "systemd is not available here" in result.stderr and "clearpage serve" in result.stderr
    assert not (tmp_path / "units").exists()


def test_without_user_bus_says_so_and_writes_nothing(tmp_path, fake_systemctl):
    result = run_service("install", tmp_path, fake_systemctl, fail="show-environment")
    assert result.returncode == 1
    assert "no systemd user session" in result.stderr and "Failed to connect to bus" in result.stderr
    assert not (tmp_path / "units").exists()


def test_failed_enable_is_reported(tmp_path, fake_systemctl):
    result = run_service("install", tmp_path, fake_systemctl, fail="enable")
    assert result.returncode == 1 and "enable --now clearpage.service failed" in result.stderr


def test_unit_words_are_quoted_for_systemd():
    text = service.unit_text(["/opt/my tools/clearpage"], {"CLEARPAGE_ALLOWED_ORIGINS": 'a"b%c'})
    assert 'ExecStart="/opt/my tools/clearpage" serve\n' in text
    assert 'Environment="CLEARPAGE_ALLOWED_ORIGINS=a\\"b%%c"\n' in text


def test_unit_environment_keeps_only_service_settings():
    env = {"CLEARPAGE_PORT": "9000", "CLEARPAGE_WORKERS": " ", "HOME": "/root", "CLEARPAGE_X": "1"}
    assert service.unit_environment(env) == {"CLEARPAGE_PORT": "9000"}


def test_unit_environment_keeps_every_setting_the_service_reads():
    env = {"CLEARPAGE_THREADS": "8", "CLEARPAGE_EXTRACTORS": "3", "CLEARPAGE_BODY_TIMEOUT": "4"}
    assert service.unit_environment(env) == env
