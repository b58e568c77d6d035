# clearpage: `make serve` runs the service, `make test` runs every test suite.
# Both work on a fresh Debian machine with git, make and python3; they install the rest.
# Install steps are stamped, so a second run only does the work.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Stamps record that the packages of pyproject.toml are installed in the venv; a newer
# pyproject.toml makes the install run again.
SERVE_STAMP := $(VENV)/.installed-runtime
TEST_STAMP := $(VENV)/.installed-test
# apt needs root: use sudo unless we already are root.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

# Store packages of the extension; the .xpi's unpacked copy is what web-ext lints.
WEB_EXT := tests/js/node_modules/.bin/web-ext
EXT_VERSION = $(shell $(PYTHON) -c 'import json; print(json.load(open("extension/manifest.json"))["version"])')

.PHONY: serve test extension

serve: $(SERVE_STAMP)
	@echo "make: the clearpage command is $(CURDIR)/$(BIN)/clearpage; to have it on PATH, install it as a tool: pipx install . (README, Set up)"
	$(BIN)/clearpage serve

extension: $(WEB_EXT)
	$(PYTHON) scripts/build_extension.py --out dist
	rm -rf dist/lint && $(PYTHON) -m zipfile -e dist/clearpage-firefox-$(EXT_VERSION).xpi dist/lint
	$(WEB_EXT) lint --source-dir dist/lint
	rm -rf dist/lint

# web-ext (pinned by tests/js/package-lock.json); npm itself comes from Debian's npm package.
$(WEB_EXT): tests/js/package-lock.json
	command -v npm >/dev/null || { echo "make: npm is missing: sudo apt-get install npm"; exit 1; }
	cd tests/js && npm ci --no-audit --no-fund

# Pytest runs last: CI reads its closing line.
test: $(TEST_STAMP)
	bash scripts/install-test-deps.sh
	node --test tests/js/
	npm --prefix tests/js run lint
	$(BIN)/python -m pytest

# Debian ships python3 without ensurepip unless python3-venv is installed: install it once
# when creating the venv fails, then try again. The bundled pip can be old enough to trip
# over extras in the dependency tree (lxml[html-clean]): upgrade it first.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { \
	  rm -rf $(VENV); \
	  echo "make: '$(PYTHON) -m venv' failed; installing python3-venv with apt"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q python3-venv && \
	  $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip

$(SERVE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,bench]'
	touch $@ $(SERVE_STAMP)
