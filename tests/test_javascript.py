"""The front-end modules' own unit tests, run by node's test runner (tests/js/*.test.mjs)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from browser_support import require

from sextorsion_kit.widgets import front_end

ROOT = Path(__file__).resolve().parents[1]


def test_node_unit_tests_pass():
    require(None if shutil.which("node") else "node is needed: sudo apt install nodejs")
    tests = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "js").glob("*.test.mjs"))
    assert tests, "no JavaScript test found in tests/js/"
    run = subprocess.run(
        ["node", "--test", *tests], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "# fail 0" in run.stdout


JS = ROOT / "src" / "sextorsion_kit" / "widgets" / "js"
# page.js is the student pages' widget host, a plain script: not a widget module.
PAGE_HOST = "page.js"
WIDGET_MODULES = sorted(
    p.name for p in JS.glob("*.js") if p.name not in (*front_end.SHARED, PAGE_HOST)
)


def test_the_page_host_is_a_plain_script_that_imports_and_fetches_nothing():
    require(None if shutil.which("node") else "node is needed: sudo apt install nodejs")
    source = (JS / PAGE_HOST).read_text(encoding="utf-8")
    run = subprocess.run(["node", "--check", str(JS / PAGE_HOST)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert not re.search(r"^\s*(import|export)\b", source, re.M)
    for fetching in ("fetch(", "XMLHttpRequest", "WebSocket", "http://", "https://"):
        assert fetching not in source


@pytest.mark.parametrize("name", WIDGET_MODULES)
def test_each_widget_bundle_loads_in_node_with_a_render(name: str, tmp_path: Path):
    require(None if shutil.which("node") else "node is needed: sudo apt install nodejs")
    module = tmp_path / f"{name}.mjs"
    module.write_text(front_end.bundle(name), encoding="utf-8")
    script = f"import m from {json.dumps(module.as_uri())}; console.log(typeof m.render);"
    run = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "function"
