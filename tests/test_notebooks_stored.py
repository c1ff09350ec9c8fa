"""Notebooks are committed executed, widget state saved, so strict nbval compares real outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from sextorsion_kit.build.notebooks import execute, kit_notebooks, unexecuted_cells, widget_states

NOTEBOOKS = kit_notebooks()
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def shown_widget_ids(notebook: nbformat.NotebookNode) -> set[str]:
    return {
        output["data"][WIDGET_VIEW]["model_id"]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if WIDGET_VIEW in output.get("data", {})
    }


def text_values(states: dict[str, dict]) -> list[str]:
    """What a reader sees in the saved widgets: every text value, order-free."""
    return sorted(
        str(model["state"]["value"])
        for model in states.values()
        if isinstance(model["state"].get("value"), str)
    )


def test_the_kit_has_its_start_notebook():
    assert "00_commencer_ici.ipynb" in [path.name for path in NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_no_code_cell_is_stored_unexecuted(path: Path):
    notebook = nbformat.read(path, as_version=4)
    missing = unexecuted_cells(notebook)
    assert not missing, f"{path.name}: cells {missing} stored unexecuted; run `make notebooks`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_every_widget_shown_has_its_state_saved(path: Path):
    notebook = nbformat.read(path, as_version=4)
    missing = shown_widget_ids(notebook) - set(widget_states(notebook))
    assert not missing, f"{path.name}: widget state not saved; run `make notebooks`"


@pytest.mark.kernel
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_saved_widget_texts_are_those_of_the_current_content(path: Path):
    saved = nbformat.read(path, as_version=4)
    fresh = execute(nbformat.read(path, as_version=4), path.parent)
    assert text_values(widget_states(saved)) == text_values(widget_states(fresh)), (
        f"{path.name} is stale: the content changed since it was executed; run `make notebooks`"
    )


def test_a_stripped_notebook_is_detected():
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Titre"),
            nbformat.v4.new_code_cell("1 + 1", execution_count=1),
            nbformat.v4.new_code_cell("help_box()"),
            nbformat.v4.new_code_cell("   "),
        ]
    )
    assert unexecuted_cells(notebook) == [2]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_every_cell_has_a_slide_type_and_each_deck_has_speaker_notes(path: Path):
    notebook = nbformat.read(path, as_version=4)
    kinds = [cell.metadata.get("slideshow", {}).get("slide_type") for cell in notebook.cells]
    assert None not in kinds, f"{path.name}: cell {kinds.index(None)} has no slide type"
    assert "notes" in kinds, f"{path.name}: no speaker notes"
