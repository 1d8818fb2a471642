# The two commands of the README: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test venv bench bench-check installer clean translations

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/loket db upgrade
	$(BIN)/loket demo --if-empty --applications 300
	$(BIN)/loket

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

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
