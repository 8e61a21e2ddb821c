# Committee Desk: `make run` sets everything up and opens the app; `make test` sets up and tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := resources/i18n/committee_desk_es.ts
# English: plural forms only ("1 person" / "%n people"), installed when the UI speaks English.
TS_EN := resources/i18n/committee_desk_en.ts
QM := $(TS:.ts=.qm) $(TS_EN:.ts=.qm)

.PHONY: run test setup translations lupdate bench bench-quick dist dist-check clean

# On Linux, first check the system libraries Qt needs to open a window (installer/linux/check_qt_libs.py
# prints the one apt-get / dnf command that installs any that are missing).
run: setup
	@$(PY) installer/linux/check_qt_libs.py
	$(VENV)/bin/committee-desk $(ARGS)

# The slow tests (100,000-person round trips) run here too; `pytest` alone skips them. Then the
# tests of the committee server and the features ported to it run again with the data on a
# throwaway PostgreSQL server (tests/pg_server.py); without one it says plainly that it was skipped.
PG_TESTS ?= tests/test_person_detail.py tests/test_phones.py tests/test_server_store.py \
	tests/test_mobilization.py tests/test_mobilization_concurrency.py tests/test_person_name_sql.py tests/test_trainings.py \
	tests/test_resolutions.py tests/test_leaflets.py tests/test_wallchart.py tests/test_committee_life.py tests/test_demo_data.py \
	tests/test_audit_reports.py tests/test_report_labels.py tests/test_print_scripts.py tests/test_demo_fingerprint.py
# pg-roster: the roster, the importer and the roster exports
PG_TESTS += tests/test_import.py
PG_TESTS += tests/test_import_cycles.py
PG_TESTS += tests/test_import_formats.py
PG_TESTS += tests/test_import_formats_ui.py
PG_TESTS += tests/test_import_hostile.py
PG_TESTS += tests/test_import_matching.py
PG_TESTS += tests/test_import_matching_ui.py
PG_TESTS += tests/test_import_ui.py
PG_TESTS += tests/test_export.py
PG_TESTS += tests/test_ui_roster.py
PG_TESTS += tests/test_vcard.py
PG_TESTS += tests/test_file_kind.py
PG_TESTS += tests/test_text.py
PG_TESTS += tests/test_server_roles.py tests/test_server_copy.py
PG_TESTS += tests/test_versions.py tests/test_versions_ui.py
PG_TESTS += tests/test_server_ui.py
# pg-tests: more of the suite on the server
PG_TESTS += tests/test_name_order.py
PG_TESTS += tests/test_person_fields.py
PG_TESTS += tests/test_export_presets.py
PG_TESTS += tests/test_person_picker.py
PG_TESTS += tests/test_consent_ui.py
PG_TESTS += tests/test_walk_in_ui.py
PG_TESTS += tests/test_printouts.py
PG_TESTS += tests/test_sheet_print.py
PG_TESTS += tests/test_audit_leftovers.py
PG_TESTS += tests/test_trainings_ui.py
PG_TESTS += tests/test_cli.py
PG_TESTS += tests/test_schema_safety.py
PG_TESTS += tests/test_press_everything.py
PG_TESTS += tests/test_ui_live.py
PG_TESTS += tests/test_leaflets_ui.py
PG_TESTS += tests/test_resolutions_ui.py
PG_TESTS += tests/test_mobilization_ui.py
PG_TESTS += tests/test_ui_fit.py
PG_TESTS += tests/test_i18n_blank.py
PG_TESTS += tests/test_i18n_english.py
PG_TESTS += tests/test_i18n_gaps.py
PG_TESTS += tests/test_import_concurrency.py
PG_TESTS += tests/test_roster_deferred.py
test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --run-slow $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --run-slow --store=postgresql $(PG_TESTS) $(PYTEST_ARGS)

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compiled translations are build output (not committed): made from the .ts sources.
translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Developers: refresh the .ts sources from the code (then translate the new entries; in the English
# file only the plural messages, each with its singular and plural form).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui models reports cli -name '*.py' | sort) -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly $$(find ui models reports cli -name '*.py' | sort) -ts $(TS_EN)

clean:
	rm -rf $(VENV) build dist .pytest_cache

# Packaging (installer/): `make dist` builds the one-folder app dist/committee-desk/ and the Linux
# tarball dist/committee-desk-VERSION-linux-ARCH.tar.gz; `make dist-check` builds, installs the
# tarball into a temporary home and smoke-tests the frozen program (installer/smoke_test.sh).
DIST_STAMP := $(VENV)/.dist-installed

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: setup $(DIST_STAMP)
	rm -rf build/pyinstaller dist/committee-desk dist/committee-desk-*.tar.gz
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installer/committee-desk.spec
	installer/linux/make_tarball.sh dist/committee-desk dist

dist-check: dist
	installer/smoke_test.sh dist/committee-desk-*-linux-*.tar.gz

# Benchmark (bench/): every user-facing operation at 100,000 people and 1,000,000 calls beside
# the bare libraries doing the same work; prints a table and writes bench/results.json. The data
# is built once into bench/data/. Timings never fail it: only an operation that errors does.
bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run $(BENCH_ARGS)

bench-quick: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run --quick $(BENCH_ARGS)
