#!/usr/bin/env python3
"""Packages extension/ for the stores: a Chromium zip and a Firefox .xpi, both a zip of
the extension with manifest.json at the root (what both stores and browsers expect).

Usage: build_extension.py [--out DIR]   (default dist/). Prints the two archive paths.
Standard library only, so `make extension` needs nothing but python3 (and web-ext to lint).
"""
from __future__ import annotations

import argparse
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "extension"
# Files of extension/ that are for developers, not the browser.
EXCLUDED_NAMES = {"README.md"}
# A fixed timestamp for every entry: the same sources give byte-identical archives.
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
TARGETS = {"chromium": "zip", "firefox": "xpi"}


def package_files(source: Path) -> list[Path]:
    """Every file the browser loads, sorted, hidden files and developer notes left out."""
    files = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_file() and not any(part.startswith(".") for part in relative.parts) \
                and relative.name not in EXCLUDED_NAMES:
            files.append(relative)
    return files


def write_archive(source: Path, files: list[Path], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in files:
            entry = zipfile.ZipInfo(relative.as_posix(), date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, (source / relative).read_bytes())


def build(source: Path, out_dir: Path) -> list[Path]:
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    files = package_files(source)
    archives = []
    for browser, suffix in TARGETS.items():
        target = out_dir / f"clearpage-{browser}-{manifest['version']}.{suffix}"
        write_archive(source, files, target)
        archives.append(target)
    return archives


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    for archive in build(args.source, args.out):
        print(archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
