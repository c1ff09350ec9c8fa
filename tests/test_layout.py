"""The package layout stays readable: small modules, charts loaded lazily, every part installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "sextorsion_kit"
MOST_LINES = 400


def test_no_module_is_longer_than_the_limit():
    long = {
        str(path.relative_to(PACKAGE)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES
    }
    assert not long, f"split these modules (over {MOST_LINES} lines): {long}"


def test_importing_the_kit_loads_no_chart_library():
    code = "import sys, sextorsion_kit; print('matplotlib' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False", "matplotlib must be imported only when a chart is drawn"


def test_every_subpackage_is_installed():
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(settings["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(PACKAGE.parent).parts) for init in PACKAGE.rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert {"sextorsion_kit.data", "sextorsion_kit.quizzes"} <= listed
