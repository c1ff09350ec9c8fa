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
from browser_support import PageWatch, free_port, running

from sextorsion_kit import load_content
from sextorsion_kit.content.models import SingleChoice

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


def test_a_teacher_runs_the_quiz_notebook_and_answers(page, lab: str):
    watch = open_notebook(page, lab, "02_quiz_reagir.ipynb")
    page.get_by_role("heading", name="Quiz\u202f: bien réagir").first.wait_for(timeout=60_000)
    # "Run all" before the kernel is ready would clear the outputs and run nothing
    page.get_by_text("Python 3 (ipykernel) | Inactif").wait_for(timeout=90_000)
    page.get_by_role("menuitem", name="Exécution").click()
    page.locator(".lm-Menu-itemLabel").get_by_text(
        "Exécuter toutes les cellules", exact=True
    ).click()
    live = ".sxk:visible:not(.jupyter-widgets-disconnected)"  # not the saved, inert copy
    quiz = page.locator(live).filter(has_text="Sextorsion\u202f: bien réagir").first
    quiz.wait_for(timeout=90_000)
    quiz.scroll_into_view_if_needed()
    first = next(
        q for q in load_content().quizzes["reagir"].questions if "11-14" in q.ages
    )  # the default band
    assert isinstance(first, SingleChoice)
    wrong = next(option for option in first.options if not option.correct)
    quiz.get_by_text(wrong.text.fr, exact=True).click(timeout=60_000)
    quiz.get_by_role("button", name="Vérifier").click()
    quiz.get_by_text("✘ Pas tout à fait").wait_for(timeout=30_000)
    assert watch.outside_requests == []
    errors = [e for e in watch.console_errors if not e.startswith(BENIGN_LAB_ERRORS)]
    assert errors == []
