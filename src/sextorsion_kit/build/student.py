"""The student folder served by Voilà (``make student``): only the activities, nicely named.

Serving a folder that holds nothing but copies of the student notebooks means the
classroom server exposes those activities and nothing else of the kit.
"""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import nbformat

from ..content import content_root, load_content


def student_file_name(number: int, title: str) -> str:
    """``"1 - Comprendre la sextorsion.ipynb"``: readable in the page that lists activities."""
    cleaned = re.sub(r"\s*:\s*", ", ", title)  # "Quiz : bien réagir" -> "Quiz, bien réagir"
    cleaned = re.sub(r'[\\/*?"<>|]', "", cleaned).strip()
    return f"{number} - {cleaned}.ipynb"


def prepare_student_folder(target: Path, root: Path | None = None) -> list[Path]:
    """Fill ``target`` with the student notebooks (French titles); return the files written."""
    root = root or content_root()
    entries = [entry for entry in load_content(root).notebooks if entry.student]
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    written = []
    for number, entry in enumerate(entries, start=1):
        destination = target / student_file_name(number, entry.title.fr)
        notebook = nbformat.read(root / "notebooks" / entry.file, as_version=4)
        nbformat.write(without_adult_notes(notebook), destination)
        written.append(destination)
    return written


def without_adult_notes(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook without its speaker notes ("Notes pour l'adulte"): students never see them."""
    kept = copy.deepcopy(notebook)
    kept.cells = [
        cell
        for cell in kept.cells
        if cell.get("metadata", {}).get("slideshow", {}).get("slide_type") != "notes"
    ]
    return kept
