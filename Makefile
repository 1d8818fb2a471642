# The two commands of the README: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-dates lint venv bench bench-check installer clean translations

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m app.qt_system
	$(BIN)/loket db upgrade
	$(BIN)/loket demo --if-empty --applications 300
	$(BIN)/loket

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The date-sensitive tests again, with the process's real clock moved (time-machine) to a
# Lebaran holiday and to New Year's Eve in UTC (already 1 January in WIB). They pass only
# if every date comes from the pinned clock in app/clock.py, never from the real one.
# (libfaketime was tried: its clock_nanosleep shim breaks Python's sleeps and waits.)
REAL_DATES := 2027-03-11T03:00:00Z 2026-12-31T20:00:00Z
test-dates: $(STAMP)
	for d in $(REAL_DATES); do \
	  echo "== real clock at $$d"; \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m dates --real-date=$$d || exit 1; \
	done

# ruff, and every user-facing message has English (a new string without one fails)
lint: $(STAMP)
	$(BIN)/ruff check .
	VENV_BIN=$(abspath $(BIN)) bash resources/translations/update.sh --check

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run

bench-check: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run --check

installer: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[installer]'
	bash installer/build-linux.sh

translations: $(STAMP)
	bash resources/translations/update.sh

clean:
	rm -rf build dist *.egg-info
