# Committee Desk: `make run` sets everything up and opens the app; `make test` sets up and tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := resources/i18n/committee_desk_es.qm
TS := resources/i18n/committee_desk_es.ts

.PHONY: run test setup translations lupdate bench bench-quick dist dist-check clean

run: setup
	$(VENV)/bin/committee-desk $(ARGS)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compiled translations are build output (not committed): made from the .ts sources.
translations: $(QM)

$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

# Developers: refresh the .ts sources from the code (then translate the new entries).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui models reports -name '*.py' | sort) -ts $(TS)

clean:
	rm -rf $(VENV) build dist .pytest_cache
