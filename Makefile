# The two commands of the README: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-dates lint venv bench bench-check installer clean translations lock

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Exact versions, transitive ones included, with their hashes: requirements.lock (`make lock`).
# Every install — `make run`, `make test`, CI, the installer — takes the same packages, so a
# release such as PySide6 6.12.0 (aborts on Signal.emit) never slips in unseen.
LOCK := requirements.lock

$(STAMP): $(BIN)/python pyproject.toml $(LOCK)
	$(BIN)/python -m pip install -q --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m app.qt_system
	$(BIN)/loket db upgrade
	$(BIN)/loket demo --if-empty --applications 300
	$(BIN)/loket

# Two processes (pytest-xdist), one per core of the 2-core CI machine: every test has its own
# data folder and central databases of its own name, each worker starts its own stand-in
# servers, and the plaintext sweep runs on each worker (tests/plaintext_sweep.py).
# `make test WORKERS=0` runs in one process (a debugger, -x, a test that hangs).
WORKERS ?= 2
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(WORKERS)

# The date-sensitive tests again, with the process's real clock moved (time-machine) to a
# Lebaran holiday and to New Year's Eve in UTC (already 1 January in WIB). They pass only
# if every date comes from the pinned clock in app/clock.py, never from the real one.
# (libfaketime was tried: its clock_nanosleep shim breaks Python's sleeps and waits.)
REAL_DATES := 2027-03-11T03:00:00Z 2026-12-31T20:00:00Z
# The dates run side by side (one per core: each pytest is one process, every test has its own
# data folder and central databases of its own name), each logged apart and shown in turn.
test-dates: $(STAMP)
	@logs=$$(mktemp -d); pids=""; \
	for d in $(REAL_DATES); do \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m dates --real-date=$$d > "$$logs/$$d.log" 2>&1 & \
	  pids="$$pids $$!"; \
	done; \
	rc=0; for p in $$pids; do wait $$p || rc=1; done; \
	for d in $(REAL_DATES); do echo "== real clock at $$d"; cat "$$logs/$$d.log"; done; \
	rm -rf "$$logs"; exit $$rc

# ruff, mypy (strict on app/ and db/, pyproject [tool.mypy]), and every user-facing message has
# English (a new string without one fails)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	VENV_BIN=$(abspath $(BIN)) bash resources/translations/update.sh --check

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run

bench-check: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run --check

installer: $(STAMP)
	bash installer/build-linux.sh

# Refresh requirements.lock after changing a dependency in pyproject.toml (CI installs from the
# lock, so a new dependency exists nowhere until this ran), or to take newer releases on purpose
# (then run make test). pip-tools lives in its own venv so it never enters the lock.
LOCKVENV := build/lock-venv
lock:
	[ -x $(LOCKVENV)/bin/pip-compile ] || { $(PY) -m venv $(LOCKVENV) && $(LOCKVENV)/bin/pip install -q pip-tools==7.6.2; }
	$(LOCKVENV)/bin/pip-compile -q --allow-unsafe --strip-extras --extra test --extra installer --generate-hashes \
	  --no-emit-index-url --no-emit-find-links -o $(LOCK) pyproject.toml

translations: $(STAMP)
	bash resources/translations/update.sh

clean:
	rm -rf build dist *.egg-info
