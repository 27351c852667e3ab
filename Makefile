# Everyday commands; CI runs `make test` through .ci/run.
PY ?= .venv/bin/python

.PHONY: install test lint bench

install:
	python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"

test:
	$(PY) -m pytest -q

lint:
	$(PY) -m ruff check .
	$(PY) -m mypy

bench:
	$(PY) benchmarks/cli_start.py
	$(PY) benchmarks/extract.py
	$(PY) benchmarks/crawl.py
	$(PY) benchmarks/recheck.py
