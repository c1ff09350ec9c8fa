"""Executing a notebook gives the kernel the French language, and leaves our environment alone."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest

from sextorsion_kit.build.notebooks import execute
from sextorsion_kit.i18n import DEFAULT_LANGUAGE, ENV_VARIABLE

pytestmark = pytest.mark.kernel

ASK_THE_KERNEL = f"import os\nprint(os.environ.get({ENV_VARIABLE!r}, 'unset'), os.getcwd())"


def kernel_output(folder: Path) -> list[str]:
    """What a one-cell notebook run by :func:`execute` prints: the kernel's language and folder."""
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(ASK_THE_KERNEL)])
    executed = execute(notebook, folder)
    [output] = executed.cells[0].outputs
    return output["text"].split()


@pytest.mark.parametrize("caller_language", ["en", None])
def test_the_kernel_runs_in_french_and_the_callers_environment_is_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caller_language: str | None
):
    if caller_language is None:
        monkeypatch.delenv(ENV_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(ENV_VARIABLE, caller_language)
    before = dict(os.environ)
    language, folder = kernel_output(tmp_path)
    assert language == DEFAULT_LANGUAGE
    assert Path(folder).resolve() == tmp_path.resolve()
    assert dict(os.environ) == before
