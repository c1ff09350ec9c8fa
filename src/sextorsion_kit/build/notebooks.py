"""Executing the kit's notebooks with nbclient, storing widget state (``make notebooks``)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from ..content import content_root
from ..i18n import DEFAULT_LANGUAGE, ENV_VARIABLE

TIMEOUT_SECONDS = 300


def kit_notebooks(root: Path | None = None) -> list[Path]:
    """The numbered notebooks of the kit, in order."""
    return sorted((root or content_root()).joinpath("notebooks").glob("[0-9][0-9]_*.ipynb"))


def execute(notebook: nbformat.NotebookNode, folder: Path) -> nbformat.NotebookNode:
    """Run every cell in a fresh kernel started in ``folder``, in the default language.

    Stored outputs are always the French ones: the kernel gets the language in its own
    environment, and the caller's environment is left as it was.
    """
    client = NotebookClient(
        notebook,
        timeout=TIMEOUT_SECONDS,
        kernel_name="python3",
        resources={"metadata": {"path": str(folder)}},
        store_widget_state=True,
    )
    return client.execute(env=kernel_environment())


def kernel_environment() -> dict[str, str]:
    """The caller's environment, with the kit's language set to the default one."""
    return {**os.environ, ENV_VARIABLE: DEFAULT_LANGUAGE}


def execute_in_place(path: Path) -> float:
    """Re-execute ``path`` and save it with outputs and widget state; return the seconds taken."""
    notebook = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    execute(notebook, path.parent)
    elapsed = time.perf_counter() - started
    nbformat.write(notebook, path)
    return elapsed


def unexecuted_cells(notebook: nbformat.NotebookNode) -> list[int]:
    """Indexes of code cells with source but no stored execution (strict nbval would skip them)."""
    return [
        index
        for index, cell in enumerate(notebook.cells)
        if cell.cell_type == "code" and cell.source.strip() and cell.get("execution_count") is None
    ]


def widget_states(notebook: nbformat.NotebookNode) -> dict[str, dict]:
    """The widget models saved in the notebook's metadata, by model id."""
    saved = notebook.metadata.get("widgets", {}).get(
        "application/vnd.jupyter.widget-state+json", {}
    )
    return saved.get("state", {})
