"""JupyterLab as a teacher gets it from `make lab`: French, the start notebook, working widgets."""

from __future__ import annotations

import json
import os
import secrets
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from activity_driver import (
    answer_one_of_each_kind,
    play_law,
    play_red_flags,
    play_role_play_to_an_ending,
)
from browser_support import PageWatch, free_port, running

REPOSITORY = Path(__file__).resolve().parents[1]
OVERRIDES = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[str]:
    """`make lab` on a free loopback port with throw-away config; yields the base URL."""
    home = tmp_path_factory.mktemp("lab")
    port, token = free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "user-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    lab_args = f"--no-browser --port={port} --ip=127.0.0.1 --IdentityProvider.token={token}"
    command = ["make", "--no-print-directory", "lab", f"LAB_ARGS={lab_args}"]
    base = f"http://127.0.0.1:{port}"
    with running(command, f"{base}/api/status?token={token}", env, REPOSITORY, home / "lab.log"):
        yield f"{base}/lab/tree/{{path}}?token={token}"


def open_notebook(page, lab: str, name: str) -> PageWatch:
    watch = PageWatch()
    watch.attach(page)
    page.goto(lab.format(path=name))
    page.get_by_role("menuitem", name="Fichier").wait_for(timeout=90_000)
    return watch


def test_french_is_the_default_interface_language_of_this_venv_only():
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    assert overrides["@jupyterlab/translation-extension:plugin"]["locale"] == "fr_FR"
    assert overrides["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    assert overrides["@jupyter-widgets/jupyterlab-manager:plugin"]["saveState"] is True


def test_make_lab_opens_the_start_notebook_in_french(page, lab: str):
    settings_url = lab.format(path="x").replace(
        "/lab/tree/x", "/lab/api/settings/@jupyterlab/translation-extension:plugin"
    )
    with urllib.request.urlopen(settings_url) as answer:
        schema = json.load(answer)["schema"]
    assert schema["properties"]["locale"]["default"] == "fr_FR"
    watch = open_notebook(page, lab, "00_commencer_ici.ipynb")
    page.get_by_role("menuitem", name="Exécution").wait_for()
    page.get_by_role("heading", name="Kit sextorsion\u202f: commencer ici").wait_for(timeout=60_000)
    page.get_by_role("button", name="Français").wait_for(timeout=30_000)  # saved widget state
    assert page.get_by_text("Besoin d'aide\u202f? Personne ne doit rester seul face à ça").count() == 1
    assert watch.outside_requests == []
    assert watch.console_errors == []


# When "Run all" replaces outputs drawn from the saved widget state, jupyterlab-manager may
# log this for the old views it drops; it is about its bookkeeping, not a failure a user sees.
BENIGN_LAB_ERRORS = ("Error: widget model not found",)


def run_all(page, lab: str, name: str, heading: str) -> PageWatch:
    """Open ``name``, wait for an idle kernel, then "Run all" (before that it would run nothing)."""
    watch = open_notebook(page, lab, name)
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    page.get_by_text("Python 3 (ipykernel) | Inactif").wait_for(timeout=90_000)
    page.get_by_role("menuitem", name="Exécution").click()
    page.locator(".lm-Menu-itemLabel").get_by_text(
        "Exécuter toutes les cellules", exact=True
    ).click()
    return watch


def live(page, widget: str):
    """The widget drawn by the kernel's run, not the saved copy shown before it."""
    found = page.locator(f":not(.jupyter-widgets-disconnected) > {widget}").first
    found.wait_for(timeout=90_000)
    found.scroll_into_view_if_needed()
    return found


def assert_clean(watch: PageWatch) -> None:
    assert watch.outside_requests == []
    errors = [e for e in watch.console_errors if not e.startswith(BENIGN_LAB_ERRORS)]
    assert errors == []


def test_a_teacher_runs_the_quiz_notebook_and_plays_each_kind(page, lab: str):
    watch = run_all(page, lab, "02_quiz_reagir.ipynb", "Quiz\u202f: bien réagir")
    quiz = live(page, ".sxk-quiz[data-quiz=reagir]")
    kinds = {"single", "multiple", "true_false", "order"}
    assert answer_one_of_each_kind(quiz, kinds) == kinds
    play_role_play_to_an_ending(live(page, ".sxk-quiz[data-quiz=jeu_de_role_compte_pirate]"))
    assert_clean(watch)


def test_a_teacher_runs_the_first_notebook_and_the_red_flag_chat(page, lab: str):
    watch = run_all(page, lab, "01_comprendre_la_sextorsion.ipynb", "Comprendre la sextorsion")
    play_red_flags(live(page, ".sxk-flags"))
    assert_clean(watch)


def test_a_teacher_runs_the_law_notebook_and_the_exercise(page, lab: str):
    watch = run_all(page, lab, "03_ce_que_dit_la_loi.ipynb", "Ce que dit la loi")
    play_law(live(page, ".sxk-law"))
    assert_clean(watch)
