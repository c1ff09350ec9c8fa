"""`pip install .` (not editable) gives a kit that finds its content through package resources."""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.kernel


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)


def test_an_installed_kit_checks_its_own_content(tmp_path: Path):
    venv.create(tmp_path / "env", with_pip=True)
    python = tmp_path / "env" / "bin" / "python"
    installed = run([str(python), "-m", "pip", "install", "--quiet", str(ROOT)], tmp_path)
    assert installed.returncode == 0, installed.stderr[-2000:]

    # From an empty folder: nothing of the repository is reachable but the installed package.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = run([str(python), "-c", "import sextorsion_kit.content as c; print(c.content_root())"], elsewhere)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(tmp_path / "env"), where.stdout

    checked = run([str(python), "-m", "sextorsion_kit", "check"], elsewhere)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no problem" in checked.stderr
