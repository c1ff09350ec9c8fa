"""The student folder served by Voilà (``make student-voila``): only the activities, nicely named.

Serving a folder that holds nothing but copies of the student notebooks means the
classroom server exposes those activities and nothing else of the kit. Voilà's start page
is the kit's French index (the same as the static pages'), not Voilà's English file list:
:func:`write_voila_template` puts the ``eleve`` template, with that index as its
``tree.html``, in a folder that ``JUPYTER_PATH`` points at.
"""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from urllib.parse import quote

import nbformat
from markupsafe import Markup

from ..content import content_root, load_content
from ..content.labels import label
from ..views.pages import render
from ..widgets.help import help_line

TEMPLATE = Path("voila") / "templates" / "eleve"
# Where the page's links start; Voilà puts its base URL there when it renders the index.
_BASE = "__voila_base_url__"


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


def voila_index(files: list[Path]) -> str:
    """The French index of the activities as a Voilà ``tree.html`` (only ``base_url`` is filled)."""
    titles = {
        student_file_name(n, entry.title.fr): entry.title.fr
        for n, entry in enumerate((e for e in load_content().notebooks if e.student), start=1)
    }
    page = render(
        "student_index.html.j2",
        "fr",
        title=label("pages_title", "fr"),
        intro=label("pages_intro_served", "fr"),
        pages=[(titles[f.name], f"{_BASE}voila/render/{quote(f.name)}") for f in files],
        help=Markup(help_line(load_content().help_channels, "fr")),
    )
    # Everything is text for Jinja but the base URL (the index is rendered by Voilà).
    filled = page.replace(_BASE, "{% endraw %}{{ base_url }}{% raw %}")
    return "{% raw %}" + filled + "{% endraw %}\n"


def write_voila_template(target: Path, files: list[Path], root: Path | None = None) -> Path:
    """Copy the ``eleve`` template under ``target`` with the French index as its start page."""
    root = root or content_root()
    folder = target / TEMPLATE
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(root / "student" / TEMPLATE, folder)
    (folder / "tree.html").write_text(voila_index(files), encoding="utf-8")
    return folder
