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

.PHONY: serve test

serve: $(SERVE_STAMP)
	$(BIN)/clearpage serve

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
