# The few verbs people type. Everything runs in .venv, made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
# Jupyter refuses to start as root unless told; school PCs never run it as root.
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
# Debian's browser for slide PDFs and browser tests; elsewhere, e.g. make test CHROMIUM=/snap/bin/chromium
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM
# The one place that installs system packages (as root) or says which to install.
SYSTEM_PACKAGES := bash config/system-packages.sh

.PHONY: lab student classroom student-voila slides moodle test test-quick notebooks bench check lint \
	browser-tools clean

# The kit's notebooks are trusted so their saved widgets show before anything runs.
lab: $(RUN_STAMP)
	$(BIN)/jupyter trust notebooks/*.ipynb
	cd notebooks && ../$(BIN)/jupyter lab 00_commencer_ici.ipynb $(AS_ROOT) $(LAB_ARGS)

# Students: the static activity pages (slides/build/eleves/), served from this machine with no
# kernel per student and no access log (STUDENT_IP=0.0.0.0: the local network). Nothing is kept.
STUDENT_PORT ?= 8866
STUDENT_IP ?= 127.0.0.1
STUDENT_PAGES := slides/build/eleves

student: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit student-pages $(STUDENT_PAGES)
	$(BIN)/python -m sextorsion_kit serve $(STUDENT_PAGES) --ip=$(STUDENT_IP) --port=$(STUDENT_PORT)

# Class pulse: the same pages for a room, the five questions before and after, anonymous answers
# kept on this machine (CLASSROOM_DATA) and the teacher's dashboard; until Ctrl+C (README).
# CLASSROOM_IP=127.0.0.1 for this machine only.
CLASSROOM_PORT ?= 8866
CLASSROOM_IP ?= 0.0.0.0

classroom: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit student-pages $(STUDENT_PAGES)
	$(BIN)/python -m sextorsion_kit classroom serve --pages=$(STUDENT_PAGES) \
	--ip=$(CLASSROOM_IP) --port=$(CLASSROOM_PORT)

# The activities with live Python, in Voilà (a kernel per student), code hidden; its start page
# is the kit's French index. Idle kernels are culled after 20 minutes.
VOILA_FOLDER := build/eleves
VOILA_TEMPLATE := build/voila-template
student-voila: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit student-folder $(VOILA_FOLDER) --template $(VOILA_TEMPLATE)
	JUPYTER_PATH=$(CURDIR)/$(VOILA_TEMPLATE) $(BIN)/voila $(VOILA_FOLDER) --template=eleve \
	--theme=light --VoilaConfiguration.show_tracebacks=False \
	--VoilaConfiguration.classic_tree=True \
	--MappingKernelManager.cull_idle_timeout=1200 --MappingKernelManager.cull_interval=60 \
	--MappingKernelManager.cull_connected=True --port=$(STUDENT_PORT) \
	--Voila.ip=$(STUDENT_IP) $(STUDENT_ARGS)

test: $(TEST_STAMP) browser-tools
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python -m sextorsion_kit check
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

# Everything that needs neither a browser nor a Jupyter kernel, in under a minute.
test-quick: $(TEST_STAMP)
	@start=$$(date +%s); status=0; \
	$(BIN)/ruff check . && $(BIN)/lint-imports && $(BIN)/python -m sextorsion_kit check && \
	$(BIN)/python -m pytest tests -q -n auto -m "not browser and not kernel" || status=$$?; \
	echo "make test-quick: $$(( $$(date +%s) - start )) s"; exit $$status

# Offline decks (reveal.js from slides/node_modules, installed by npm from the lock file),
# their PDFs printed by Debian's chromium, the printables and an index: slides/build/.
slides: $(RUN_STAMP)
	@$(SYSTEM_PACKAGES) chromium npm
	$(BIN)/python -m sextorsion_kit slides

# The quizzes as a Moodle / Éléa question bank (Moodle XML and GIFT): slides/build/moodle/.
moodle: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit moodle

notebooks: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit execute

bench: $(TEST_STAMP)
	@$(SYSTEM_PACKAGES) chromium npm
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/student_mode.py
	$(BIN)/python benchmarks/front_end.py
	$(BIN)/python benchmarks/classroom.py

check: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit check

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

# JupyterLab in French by default and never fetching news, for this venv only
# (an app-level settings override, see config/lab-overrides.json).
$(RUN_STAMP): requirements.txt pyproject.toml config/lab-overrides.json
	@$(SYSTEM_PACKAGES) venv
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	install -D -m 644 config/lab-overrides.json $(LAB_SETTINGS)
	touch $@

$(TEST_STAMP): $(RUN_STAMP) requirements-test.txt
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

# Browser tests and slide PDFs drive Chromium; slides need npm once for reveal.js.
# Without them (and not root) the tests that need them are skipped, except in CI.
browser-tools:
	@$(SYSTEM_PACKAGES) $(if $(CI),,--optional) chromium npm

# Every build output, the environment and the caches; the content and notebooks stay.
clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .import_linter_cache build slides/build \
		slides/node_modules student/build benchmarks/results test-output src/*.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
