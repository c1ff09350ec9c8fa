"""`make lab` serves JupyterLab in French on the start notebook, loading nothing from outside."""

from __future__ import annotations

import json
import os
import secrets
import sys
import urllib.request
from pathlib import Path

import pytest
from browser_support import PageWatch, free_port, running

REPOSITORY = Path(__file__).resolve().parents[1]
OVERRIDES = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings" / "overrides.json"


def test_french_is_the_default_interface_language_of_this_venv_only():
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    assert overrides["@jupyterlab/translation-extension:plugin"]["locale"] == "fr_FR"
    assert OVERRIDES.is_relative_to(Path(sys.prefix))


@pytest.mark.browser
def test_make_lab_opens_the_start_notebook_in_french(page, tmp_path: Path):
    port, token = free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "user-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
    }
    lab_args = f"--no-browser --port={port} --ip=127.0.0.1 --IdentityProvider.token={token}"
    command = ["make", "--no-print-directory", "lab", f"LAB_ARGS={lab_args}"]
    base = f"http://127.0.0.1:{port}"
    with running(
        command, f"{base}/api/status?token={token}", env, REPOSITORY, tmp_path / "lab.log"
    ):
        settings_url = (
            f"{base}/lab/api/settings/@jupyterlab/translation-extension:plugin?token={token}"
        )
        with urllib.request.urlopen(settings_url) as answer:
            schema = json.load(answer)["schema"]
        assert schema["properties"]["locale"]["default"] == "fr_FR"
        watch = PageWatch()
        watch.attach(page)
        page.goto(f"{base}/lab/tree/00_commencer_ici.ipynb?token={token}")
        page.get_by_role("menuitem", name="Fichier").wait_for(timeout=90_000)
        page.get_by_role("menuitem", name="Exécution").wait_for()
        page.get_by_role("heading", name="Kit sextorsion : commencer ici").wait_for(timeout=60_000)
        page.get_by_role("button", name="Français").wait_for(timeout=30_000)
        assert page.get_by_text("Besoin d'aide ? Tu n'es pas seul·e").count() == 1
        assert watch.outside_requests == []
