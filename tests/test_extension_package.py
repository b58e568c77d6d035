"""`make extension`'s packages: a Chromium zip and a Firefox .xpi with manifest.json at the
root, every file the extension loads and nothing else, and web-ext lint passing on the .xpi."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO_ROOT

BUILD_SCRIPT = REPO_ROOT / "scripts" / "build_extension.py"
EXTENSION_DIR = REPO_ROOT / "extension"
WEB_EXT = REPO_ROOT / "tests" / "js" / "node_modules" / ".bin" / "web-ext"
# web-ext lint on a small extension, on a busy machine.
LINT_TIMEOUT = 180


@pytest.fixture(scope="module")
def archives(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--out", str(out)],
                            capture_output=True, text=True, timeout=60, check=True)
    paths = [Path(line) for line in result.stdout.split()]
    return {path.suffix: path for path in paths}


def expected_files() -> set[str]:
    return {path.relative_to(EXTENSION_DIR).as_posix() for path in EXTENSION_DIR.rglob("*")
            if path.is_file() and path.name != "README.md"
            and not any(part.startswith(".") for part in path.relative_to(EXTENSION_DIR).parts)}


def test_both_packages_are_named_for_browser_and_version(archives):
    version = json.loads((EXTENSION_DIR / "manifest.json").read_text())["version"]
    assert archives[".zip"].name == f"clearpage-chromium-{version}.zip"
    assert archives[".xpi"].name == f"clearpage-firefox-{version}.xpi"


@pytest.mark.parametrize("suffix", [".zip", ".xpi"])
def test_package_holds_the_extension_with_manifest_at_root(archives, suffix):
    with zipfile.ZipFile(archives[suffix]) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
    assert names == expected_files()
    assert {"background.js", "reader.html", "options.html"} <= names
    assert manifest["manifest_version"] == 3


def test_packages_are_reproducible(archives, tmp_path):
    subprocess.run([sys.executable, str(BUILD_SCRIPT), "--out", str(tmp_path)],
                   capture_output=True, timeout=60, check=True)
    assert (tmp_path / archives[".xpi"].name).read_bytes() == archives[".xpi"].read_bytes()


def test_web_ext_lint_passes_on_the_xpi(archives, tmp_path):
    assert WEB_EXT.exists(), "web-ext is missing: run `bash scripts/install-test-deps.sh`"
    with zipfile.ZipFile(archives[".xpi"]) as archive:
        archive.extractall(tmp_path / "unpacked")
    result = subprocess.run([str(WEB_EXT), "lint", "--source-dir", str(tmp_path / "unpacked"),
                             "--output", "json"], capture_output=True, text=True,
                            timeout=LINT_TIMEOUT)
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["errors"] == [], report["errors"]
