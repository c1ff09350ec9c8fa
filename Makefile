# The few verbs people type. Everything runs in .venv, made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
# Jupyter refuses to start as root unless told; school PCs never run it as root.
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: lab test notebooks bench check lint chromium clean

# The kit's notebooks are trusted so their saved widgets show before anything runs.
lab: $(RUN_STAMP)
	$(BIN)/jupyter trust notebooks/*.ipynb
	cd notebooks && ../$(BIN)/jupyter lab 00_commencer_ici.ipynb $(AS_ROOT) $(LAB_ARGS)

test: $(TEST_STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/python -m sextorsion_kit check
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

notebooks: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit execute

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/run.py

check: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit check

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

# JupyterLab in French by default and never fetching news, for this venv only
# (an app-level settings override, see config/lab-overrides.json).
$(RUN_STAMP): requirements.txt pyproject.toml config/lab-overrides.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	install -D -m 644 config/lab-overrides.json $(LAB_SETTINGS)
	touch $@

$(TEST_STAMP): $(RUN_STAMP) requirements-test.txt
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

# Browser tests drive Debian's chromium; as root, install it when it is missing.
chromium:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
