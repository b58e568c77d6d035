"""Installing clearpage as a tool: a fresh venv, `pip install` of a copy of the project, and
the installed `clearpage` command run from it, as `pipx install .` or `pip install --user .`
leave it. The dependencies are not downloaded again: `--no-deps`, and the new venv sees this
test run's site-packages through a .pth file (the build backend comes from pip's cache)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import ARTICLE_TITLE, REPO_ROOT, article_page

pytestmark = pytest.mark.slow

# Seconds for creating the venv and building the wheel on a busy 2-core machine.
INSTALL_TIMEOUT = 300
CLI_TIMEOUT = 60
# What `pip install .` needs from a checkout: the build configuration and the package.
PROJECT_FILES = ("pyproject.toml", "README.md")
PACKAGE_DIR = "server"


@pytest.fixture(scope="module")
def installed_bin(tmp_path_factory) -> Path:
    """bin/ of a new venv with clearpage pip-installed from a copy of the project."""
    root = tmp_path_factory.mktemp("install")
    source = _copy_project(root / "src")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True,
                   timeout=INSTALL_TIMEOUT, capture_output=True)
    _share_dependencies(venv)
    result = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q",
                             "--no-deps", str(source)],
                            timeout=INSTALL_TIMEOUT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return venv / "bin"


def _copy_project(target: Path) -> Path:
    """A copy without the checkout's editable-install leftovers, so the build is clean."""
    target.mkdir(parents=True)
    for name in PROJECT_FILES:
        shutil.copy2(REPO_ROOT / name, target / name)
    shutil.copytree(REPO_ROOT / PACKAGE_DIR, target / PACKAGE_DIR,
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return target


def _share_dependencies(venv: Path) -> None:
    """Let the new venv import flask, lxml, ... from this environment. Its .pth files are
    not processed from there, so this environment's editable clearpage stays invisible."""
    ours = sysconfig.get_path("purelib")
    theirs = next((venv / "lib").glob("python3*/site-packages"))
    (theirs / "shared-test-deps.pth").write_text(ours + "\n")


def run_installed(bin_dir: Path, *args, stdin: bytes | None = None):
    return subprocess.run([str(bin_dir / "clearpage"), *args], input=stdin,
                          capture_output=True, timeout=CLI_TIMEOUT, cwd="/")


def test_installed_package_is_the_fresh_copy(installed_bin):
    result = subprocess.run([str(installed_bin / "python"), "-c",
                             "import clearpage; print(clearpage.__file__)"],
                            capture_output=True, text=True, timeout=CLI_TIMEOUT, cwd="/")
    assert Path(result.stdout.strip()).is_relative_to(installed_bin.parent), result.stdout


def test_installed_help_lists_the_commands(installed_bin):
    result = run_installed(installed_bin, "--help")
    assert result.returncode == 0, result.stderr
    for command in (b"serve", b"clean", b"service"):
        assert command in result.stdout


def test_installed_clean_reads_a_page(installed_bin):
    result = run_installed(installed_bin, "clean", "--format", "text",
                           stdin=article_page().encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith(ARTICLE_TITLE + "\n")
