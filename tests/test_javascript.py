"""The front-end modules' own unit tests, run by node's test runner (tests/js/*.test.mjs)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from browser_support import require

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
