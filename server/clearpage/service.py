"""``clearpage service install|uninstall|status``: run the service in the background as a
systemd user unit, so no terminal has to stay open.

Everything systemd-specific goes through ``ServiceHost`` (the unit directory and the
``systemctl`` command), so tests point it at a temporary directory and a fake systemctl.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, fields
from pathlib import Path

from .config import ENV_PREFIX, Config

UNIT_NAME = "clearpage.service"
EXIT_ERROR = 1
# Seconds a systemctl call may take before we give up on it (daemon-reload is the slow one).
SYSTEMCTL_TIMEOUT = 60
# Settings copied from the installing shell into the unit, so
# `CLEARPAGE_PORT=9000 clearpage service install` serves on 9000 after every login: every
# setting the service reads, so that a new one cannot be forgotten here.
UNIT_SETTINGS = tuple(spec.name.upper() for spec in fields(Config))
# What to tell a user whose machine cannot run the unit.
NO_SYSTEMD_HINT = ("run `clearpage serve` in a terminal instead, or start it from your "
                   "desktop's autostart or your init system")


class ServiceError(RuntimeError):
    """systemd is missing or refused; the message says what to do."""


@dataclass(frozen=True)
class ServiceHost:
    """Where the unit file goes and how systemctl is called."""

    unit_dir: Path
    systemctl: str

    @property
    def unit_path(self) -> Path:
        return self.unit_dir / UNIT_NAME


def default_unit_dir() -> Path:
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "systemd" / "user"


def register(subparsers) -> None:
    service = subparsers.add_parser(
        "service", help="run the service in the background (systemd user unit)",
        description="Install, remove or inspect a systemd user unit that runs `clearpage "
        "serve` at login. CLEARPAGE_* variables set when installing are kept in the unit.")
    service.add_argument("action", choices=("install", "uninstall", "status"))
    service.add_argument("--unit-dir", type=Path, default=None,
                         help="directory of user units (default ~/.config/systemd/user)")
    service.add_argument("--systemctl", default="systemctl", help="systemctl command to run")
    service.set_defaults(func=cmd_service)


def cmd_service(args: argparse.Namespace) -> int:
    host = ServiceHost(unit_dir=args.unit_dir or default_unit_dir(), systemctl=args.systemctl)
    action = {"install": install, "uninstall": uninstall, "status": status}[args.action]
    try:
        return action(host)
    except ServiceError as exc:
        print(f"clearpage service: {exc}", file=sys.stderr)
        return EXIT_ERROR


def install(host: ServiceHost) -> int:
    check_user_systemd(host)
    host.unit_dir.mkdir(parents=True, exist_ok=True)
    host.unit_path.write_text(unit_text(clearpage_command(), unit_environment(os.environ)),
                              encoding="utf-8")
    _systemctl(host, "daemon-reload")
    _systemctl(host, "enable", "--now", UNIT_NAME)
    print(f"clearpage service: installed {host.unit_path}; it runs now and at every login.\n"
          f"  logs: journalctl --user -u {UNIT_NAME}    status: clearpage service status\n"
          f"  to keep it running after you log out: loginctl enable-linger {_user()}")
    return 0


def uninstall(host: ServiceHost) -> int:
    check_user_systemd(host)
    if not host.unit_path.exists():
        print(f"clearpage service: not installed (no {host.unit_path})")
        return 0
    _systemctl(host, "disable", "--now", UNIT_NAME)
    host.unit_path.unlink()
    _systemctl(host, "daemon-reload")
    print(f"clearpage service: stopped, disabled and removed {host.unit_path}")
    return 0


def status(host: ServiceHost) -> int:
    check_user_systemd(host)
    if not host.unit_path.exists():
        print(f"clearpage service: not installed (no {host.unit_path}); "
              "`clearpage service install` installs it")
        return EXIT_ERROR
    # systemctl's own report and exit code (0 running, 3 stopped) are the answer.
    return _run(host, "status", "--no-pager", UNIT_NAME, check=False).returncode


def check_user_systemd(host: ServiceHost) -> None:
    """Raise ``ServiceError`` unless systemctl exists and reaches a user service manager."""
    if shutil.which(host.systemctl) is None:
        raise ServiceError(f"systemd is not available here ({host.systemctl!r} not found); "
                           + NO_SYSTEMD_HINT)
    reply = _run(host, "show-environment", check=False)
    if reply.returncode != 0:
        why = (reply.stderr or reply.stdout).strip().splitlines()
        raise ServiceError("no systemd user session (systemctl --user: "
                           f"{why[0] if why else 'exit ' + str(reply.returncode)}); log in "
                           "through a normal session (not a bare su or container shell), or "
                           + NO_SYSTEMD_HINT)


def clearpage_command() -> list[str]:
    """The installed ``clearpage`` as an absolute path: the script beside this Python (a
    venv or pipx), the one on PATH, or else this Python running the package."""
    beside = Path(sys.executable).parent / "clearpage"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside.absolute())]
    on_path = shutil.which("clearpage")
    if on_path:
        return [str(Path(on_path).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "clearpage"]


def unit_environment(environ) -> dict[str, str]:
    names = (ENV_PREFIX + name for name in UNIT_SETTINGS)
    return {name: environ[name] for name in names if environ.get(name, "").strip()}


def unit_text(command: list[str], environment: dict[str, str]) -> str:
    env_lines = "".join(f"Environment={_quote(f'{key}={value}')}\n"
                        for key, value in environment.items())
    return ("[Unit]\n"
            "Description=clearpage reader-view service\n"
            "After=network.target\n\n"
            "[Service]\n"
            "Type=simple\n"
            f"ExecStart={' '.join(_quote(part) for part in command)} serve\n"
            f"{env_lines}"
            "Restart=on-failure\n"
            "RestartSec=2\n\n"
            "[Install]\n"
            "WantedBy=default.target\n")


def _quote(word: str) -> str:
    """A systemd unit word: double-quoted, with backslash, quote and % escaped."""
    escaped = word.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'


def _systemctl(host: ServiceHost, *args: str) -> None:
    reply = _run(host, *args, check=False)
    if reply.returncode != 0:
        raise ServiceError(f"systemctl --user {' '.join(args)} failed: "
                           f"{(reply.stderr or reply.stdout).strip() or reply.returncode}")


def _run(host: ServiceHost, *args: str, check: bool) -> subprocess.CompletedProcess:
    capture = args[0] != "status"
    try:
        return subprocess.run([host.systemctl, "--user", *args], check=check, text=True,
                              capture_output=capture, timeout=SYSTEMCTL_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ServiceError(f"systemctl --user {' '.join(args)} did not answer within "
                           f"{SYSTEMCTL_TIMEOUT} s") from None


def _user() -> str:
    return os.environ.get("USER") or os.environ.get("LOGNAME") or "$USER"
