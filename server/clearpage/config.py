"""Service configuration, read from ``CLEARPAGE_*`` environment variables.

Every setting has a safe default for a service on the loopback interface; a value that
cannot be used raises ``ConfigError`` naming the variable, the value and what is expected.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, fields
from typing import Callable, Mapping

from .limits import BODY_READ_SECONDS, DEFAULT_TIMEOUT, MAX_BODY_BYTES

# Prefix of every environment variable read here.
ENV_PREFIX = "CLEARPAGE_"
# Origins allowed to call the API cross-origin: the browser extensions' own pages.
DEFAULT_ALLOWED_ORIGINS = (r"chrome-extension://.*", r"moz-extension://.*")
# Highest port number TCP allows.
MAX_PORT = 65535
# More workers than this on one machine is a typo, not a deployment (each holds a parsed page).
MAX_WORKERS = 64
# Threads and extraction processes per worker, bounded for the same reason.
MAX_THREADS = 64
MAX_EXTRACTORS = 16
# Shortest body read deadline: below it a loopback client could not send an ordinary page.
MIN_BODY_TIMEOUT = 0.1
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class ConfigError(ValueError):
    """A configuration value that cannot be used."""


@dataclass(frozen=True)
class Config:
    """Settings of the clearpage service; ``from_env()`` reads them from the environment."""

    host: str = "127.0.0.1"
    port: int = 8077
    workers: int = 2
    # Threads per worker read requests and wait for answers: more than the extraction
    # processes, so that clients slow to send their body do not hold up extraction.
    threads: int = 4
    # Extraction processes per worker (see clearpage.isolate): with 2 workers, 4 on 2 cores.
    extractors: int = 2
    max_bytes: int = MAX_BODY_BYTES
    timeout: float = DEFAULT_TIMEOUT
    body_timeout: float = BODY_READ_SECONDS
    allowed_origins: tuple[str, ...] = DEFAULT_ALLOWED_ORIGINS
    log_level: str = "INFO"

    def __post_init__(self):
        for spec in fields(self):
            check = _CHECKS.get(spec.name)
            if check:
                check(_env_name(spec.name), getattr(self, spec.name))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Config":
        environ = os.environ if environ is None else environ
        values = {}
        for spec in fields(cls):
            raw = environ.get(_env_name(spec.name))
            if raw is not None and raw.strip():
                values[spec.name] = _PARSERS[spec.name](_env_name(spec.name), raw.strip())
        return cls(**values)


def _env_name(field_name: str) -> str:
    return ENV_PREFIX + field_name.upper()


def _parse_int(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r}: expected a whole number") from None


def _parse_float(name: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r}: expected a number of seconds") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ConfigError(f"{name}={raw!r}: expected a finite number of seconds")
    return value


def _parse_origins(name: str, raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def _parse_text(name: str, raw: str) -> str:
    return raw


def _parse_level(name: str, raw: str) -> str:
    return raw.upper()


def _check_range(low: float, high: float) -> Callable[[str, float], None]:
    def check(name: str, value: float) -> None:
        if not low <= value <= high:
            raise ConfigError(f"{name}={value!r}: expected a value from {low} to {high}")
    return check


def _check_host(name: str, value: str) -> None:
    if not value or any(ch.isspace() for ch in value):
        raise ConfigError(f"{name}={value!r}: expected a host name or IP address")


def _check_origins(name: str, value: tuple[str, ...]) -> None:
    for pattern in value:
        if pattern.strip() in ("*", ".*"):
            raise ConfigError(f"{name}: a wildcard origin would let any web page use the API")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{name}: {pattern!r} is not a valid regular expression ({exc})") from None


def _check_level(name: str, value: str) -> None:
    if value not in LOG_LEVELS or not isinstance(logging.getLevelName(value), int):
        raise ConfigError(f"{name}={value!r}: expected one of {', '.join(LOG_LEVELS)}")


_PARSERS = {"host": _parse_text, "port": _parse_int, "workers": _parse_int,
            "threads": _parse_int, "extractors": _parse_int,
            "max_bytes": _parse_int, "timeout": _parse_float,
            "body_timeout": _parse_float, "allowed_origins": _parse_origins,
            "log_level": _parse_level}
_CHECKS = {"host": _check_host, "port": _check_range(1, MAX_PORT),
           "workers": _check_range(1, MAX_WORKERS), "threads": _check_range(1, MAX_THREADS),
           "extractors": _check_range(1, MAX_EXTRACTORS), "max_bytes": _check_range(1, float("inf")),
           "timeout": _check_range(0, float("inf")),
           "body_timeout": _check_range(MIN_BODY_TIMEOUT, float("inf")), "allowed_origins": _check_origins,
           "log_level": _check_level}
