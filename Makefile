# The few verbs people type. Everything runs in .venv, made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
# Jupyter refuses to start as root unless told; school PCs never run it as root.
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: lab student student-classroom slides moodle test notebooks bench check lint chromium clean

# The kit's notebooks are trusted so their saved widgets show before anything runs.
lab: $(RUN_STAMP)
	$(BIN)/jupyter trust notebooks/*.ipynb
	cd notebooks && ../$(BIN)/jupyter lab 00_commencer_ici.ipynb $(AS_ROOT) $(LAB_ARGS)

# Students: the activities only, code hidden, in Voilà. Idle kernels are culled after
# 20 minutes so a class that comes and goes does not fill the memory.
STUDENT_PORT ?= 8866
VOILA = JUPYTER_PATH=$(CURDIR)/student $(BIN)/voila build/eleves --template=eleve \
	--theme=light --VoilaConfiguration.show_tracebacks=False \
	--MappingKernelManager.cull_idle_timeout=1200 --MappingKernelManager.cull_interval=60 \
	--MappingKernelManager.cull_connected=True --port=$(STUDENT_PORT)

student: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit student-folder build/eleves
	$(VOILA) --Voila.ip=127.0.0.1 $(STUDENT_ARGS)

# The same for a room: reachable from the school network until Ctrl+C (see the README).
student-classroom: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit student-folder build/eleves
	@echo "Activités servies sur le réseau local, port $(STUDENT_PORT) : http://$$(hostname -I | cut -d' ' -f1):$(STUDENT_PORT)/ (Ctrl+C pour arrêter)"
	$(VOILA) --Voila.ip=0.0.0.0 --no-browser $(STUDENT_ARGS)

test: $(TEST_STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/python -m sextorsion_kit check
	$(BIN)/python -m pytest tests notebooks --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

# Offline decks (reveal.js from slides/node_modules, installed by npm from the lock file),
# their PDFs printed by Debian's chromium, the printables and an index: slides/build/.
slides: $(RUN_STAMP) chromium
	$(BIN)/python -m sextorsion_kit slides

# The quizzes as a Moodle / Éléa question bank (Moodle XML and GIFT): slides/build/moodle/.
moodle: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit moodle

notebooks: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit execute

bench: $(TEST_STAMP) chromium
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/student_mode.py

check: $(RUN_STAMP)
	$(BIN)/python -m sextorsion_kit check

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

# JupyterLab in French by default and never fetching news, for this venv only
# (an app-level settings override, see config/lab-overrides.json).
$(RUN_STAMP): requirements.txt pyproject.toml config/lab-overrides.json
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; \
		else echo "Python's venv module is missing: sudo apt install python3-venv, then run make again"; exit 1; fi; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	install -D -m 644 config/lab-overrides.json $(LAB_SETTINGS)
	touch $@

$(TEST_STAMP): $(RUN_STAMP) requirements-test.txt
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

# Browser tests and slide PDFs drive Debian's chromium; slides need npm once for reveal.js.
# As root, install whichever is missing.
chromium:
	@missing=""; [ -x /usr/bin/chromium ] || missing="chromium"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
