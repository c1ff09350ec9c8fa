"""Notebooks -> offline reveal.js decks and PDFs (``make slides``), ready for a USB stick.

Everything a deck loads sits in the build folder: reveal.js, require.js, jQuery and the
Jupyter widgets renderer are copied from ``slides/node_modules`` (installed from the npm
registry with the lock file), so a deck opened from the folder asks nothing of the network.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import nbformat
from markupsafe import Markup
from nbconvert import SlidesExporter
from traitlets.config import Config

from ..content import content_root, load_content
from ..content.models import Printable
from ..i18n import Language
from ..views.pages import render
from ..widgets.help import checked_line, help_line
from .moodle import Written, write_bank
from .notebooks import kit_notebooks

COMBINED_DECK = "intervention"
COMBINED_PARTS = ("01_comprendre_la_sextorsion.ipynb", "02_quiz_reagir.ipynb")
# destination under build/lib -> source under node_modules
LIBRARIES = {
    "reveal.js/dist": "reveal.js/dist",
    "reveal.js/plugin/notes": "reveal.js/plugin/notes",
    "require.js": "requirejs/require.js",
    "jquery.min.js": "jquery/dist/jquery.min.js",
    "html-manager": "@jupyter-widgets/html-manager/dist",
}
SKIPPED_LIBRARY_FILES = ("embed.js", "libembed-amd.js", "*.map", "*.LICENSE.txt", "*.esm.js")


@dataclass(frozen=True)
class Deck:
    """One built deck: its HTML, its PDF, and where it came from."""

    name: str
    title: str
    html: Path
    pdf: Path
    slides: int


def slides_folder(root: Path | None = None) -> Path:
    return (root or content_root()) / "slides"


def _libraries_current(slides: Path) -> bool:
    marker = slides / "node_modules" / ".package-lock.json"
    lock = slides / "package-lock.json"
    return marker.exists() and marker.stat().st_mtime >= lock.stat().st_mtime


def libraries_missing(slides: Path) -> str | None:
    """Why the slide libraries cannot be installed, or None when they are there or can be."""
    if _libraries_current(slides) or shutil.which("npm"):
        return None
    return "npm is needed once to install the slide libraries: sudo apt install npm"


def install_libraries(slides: Path) -> Path:
    """``npm ci`` in ``slides/`` when the lock file is newer than what is installed."""
    modules = slides / "node_modules"
    if not _libraries_current(slides):
        if missing := libraries_missing(slides):
            raise RuntimeError(missing)
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=slides, check=True
        )
    return modules


def copy_libraries(
    modules: Path, target: Path, libraries: dict[str, str] | None = None
) -> None:
    """Copy ``libraries`` (all the decks need by default) from node_modules to ``target/lib``."""
    for destination, source in (libraries or LIBRARIES).items():
        origin, copy_to = modules / source, target / "lib" / destination
        if origin.is_dir():
            shutil.copytree(
                origin,
                copy_to,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns(*SKIPPED_LIBRARY_FILES),
            )
        else:
            copy_to.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(origin, copy_to)


def exporter(slides: Path) -> SlidesExporter:
    """nbconvert's reveal export pointed at the local libraries, code hidden."""
    config = Config()
    config.SlidesExporter.extra_template_basedirs = [str(slides / "templates")]
    config.SlidesExporter.template_name = "kit-reveal"
    config.SlidesExporter.reveal_url_prefix = "lib/reveal.js"
    config.SlidesExporter.require_js_url = "lib/require.js"
    config.SlidesExporter.jquery_url = "lib/jquery.min.js"
    config.SlidesExporter.widget_renderer_url = "lib/html-manager/embed-amd.js"
    config.SlidesExporter.exclude_input = True
    config.SlidesExporter.exclude_input_prompt = True
    config.SlidesExporter.exclude_output_prompt = True
    config.SlidesExporter.language_code = "fr"
    config.SlidesExporter.reveal_theme = (
        "white"  # its fonts ship with reveal.js; "simple" fetches web fonts
    )
    return SlidesExporter(config=config)


def count_slides(notebook: nbformat.NotebookNode) -> int:
    """How many slides reveal.js will show (horizontal and vertical)."""
    kinds = [
        cell.metadata.get("slideshow", {}).get("slide_type", "-")
        for cell in notebook.cells
        if cell.metadata.get("slideshow", {}).get("slide_type", "-") not in ("skip", "notes")
    ]
    starts = sum(kind in ("slide", "subslide") for kind in kinds)
    return starts + (1 if kinds and kinds[0] not in ("slide", "subslide") else 0)


SETTINGS_MODEL = "KitSettings"


def one_settings_model(states: dict[str, dict]) -> dict[str, dict]:
    """The merged widget states with one page settings model: each notebook saved its own, and
    a deck must switch language (and age band) as one page. The first is kept; every widget's
    ``settings`` reference ("anywidget:<id>") is pointed at it."""
    settings = [
        model_id
        for model_id, saved in states.items()
        if saved.get("state", {}).get("_anywidget_id", "").endswith(SETTINGS_MODEL)
    ]
    if len(settings) < 2:
        return states
    kept, dropped = settings[0], set(settings[1:])
    merged = {}
    for model_id, saved in states.items():
        if model_id in dropped:
            continue
        state = saved.get("state", {})
        if state.get("settings", "").removeprefix("anywidget:") in dropped:
            saved = {**saved, "state": {**state, "settings": f"anywidget:{kept}"}}
        merged[model_id] = saved
    return merged


def combined_notebook(notebooks: list[Path]) -> nbformat.NotebookNode:
    """One deck for the 55-minute talk: a title slide, then the given notebooks in order."""
    title = nbformat.v4.new_markdown_cell(
        "# La sextorsion\u202f: comprendre, réagir, trouver de l'aide\n\n"
        "Intervention de 55 minutes, collège et lycée.\n\n"
        "*Tout est fictif. Ce n'est jamais la faute de la victime.*"
    )
    title.metadata["slideshow"] = {"slide_type": "slide"}
    cells, states = [title], {}
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        cells += notebook.cells
        saved = notebook.metadata.get("widgets", {}).get(
            "application/vnd.jupyter.widget-state+json", {}
        )
        states.update(saved.get("state", {}))
    combined = nbformat.v4.new_notebook(cells=copy.deepcopy(cells))
    states = one_settings_model(states)
    combined.metadata["title"] = "Intervention sextorsion"
    combined.metadata["widgets"] = {
        "application/vnd.jupyter.widget-state+json": {
            "version_major": 2,
            "version_minor": 0,
            "state": states,
        }
    }
    return combined


def export_deck(
    notebook: nbformat.NotebookNode, name: str, target: Path, slides: Path, decks: list[str]
) -> Path:
    body, _resources = exporter(slides).from_notebook_node(
        notebook, resources={"metadata": {"name": name}}
    )
    for stem in decks:  # links to a notebook lead to its deck in the folder
        body = body.replace(f"href='{stem}.ipynb'", f"href='{stem}.slides.html'")
    html = target / f"{name}.slides.html"
    html.write_text(body, encoding="utf-8")
    return html


def render_printable(sheet: Printable, language: Language) -> str:
    """A one-page A4 sheet (handout or parent note) as a self-contained HTML page."""
    checked = Markup(checked_line(load_content().help_channels, language))
    return render("sheet_page.html.j2", language, sheet=sheet, checked=checked)


def print_pdfs(pages: list[tuple[Path, Path, bool]]) -> None:
    """Print each HTML page to PDF in headless Chromium; decks one page per slide."""
    from playwright.sync_api import sync_playwright

    from .chromium import launch

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        page.route("**/*", _only_local)
        for html, pdf, is_deck in pages:
            if is_deck:
                page.goto(html.resolve().as_uri() + "?print-pdf")
                # the template refits every slide once widgets are drawn from the saved state
                page.wait_for_function("document.body.dataset.refitted === 'yes'", timeout=60_000)
                page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
            else:
                page.goto(html.resolve().as_uri())
                page.pdf(path=str(pdf), format="A4", print_background=True)
        browser.close()


def _only_local(route) -> None:
    if route.request.url.startswith(("file:", "data:", "blob:")):
        route.continue_()
    else:
        route.abort()


MOODLE_KINDS = {
    "xml": "Moodle XML",
    "gift": "GIFT (sans la question à remettre dans l'ordre)",
    "matching": "Moodle XML, question «\u202fassociation\u202f» pour Moodle avant 4.4",
}


def render_index(
    decks: list[Deck], sheets: list[tuple[str, Path, Path]], moodle: list[Written] | None = None
) -> str:
    """The French start page of the build folder: decks, printables, question bank."""
    return render(
        "index.html.j2",
        "fr",
        decks=decks,
        sheets=sheets,
        moodle=moodle or [],
        moodle_kinds=MOODLE_KINDS,
        help=Markup(help_line(load_content().help_channels, "fr")),
    )


def build(target: Path | None = None, root: Path | None = None) -> list[Deck]:
    """Build every deck, its PDF, the printables and ``index.html`` into ``target``."""
    root = root or content_root()
    slides = slides_folder(root)
    target = target or slides / "build"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    copy_libraries(install_libraries(slides), target)
    from .static_pages import copy_anywidget_front_end  # imports this module

    copy_anywidget_front_end(target / "lib")
    titles = {entry.file: entry.title.fr for entry in load_content(root).notebooks}
    decks: list[tuple[str, str, nbformat.NotebookNode]] = []
    for path in kit_notebooks(root):
        notebook = nbformat.read(path, as_version=4)
        decks.append((path.stem, titles.get(path.name, path.stem), notebook))
    parts = [root / "notebooks" / name for name in COMBINED_PARTS]
    if all(part.exists() for part in parts):
        talk = combined_notebook(parts)
        decks.append((COMBINED_DECK, "Intervention de 55 minutes (01 + 02)", talk))
    built = [
        Deck(
            name,
            title,
            export_deck(notebook, name, target, slides, [stem for stem, _t, _n in decks]),
            target / f"{name}.pdf",
            count_slides(notebook),
        )
        for name, title, notebook in decks
    ]
    guide = load_content(root).guide
    sheets = []
    for stem, sheet, label in (
        ("fiche_eleve", guide.handout, "Fiche élève"),
        ("note_parents", guide.parent_note, "Note pour les parents"),
    ):
        for language in ("fr", "en"):
            name = stem if language == "fr" else f"{stem}_en"
            html = target / f"{name}.html"
            html.write_text(render_printable(sheet, language), encoding="utf-8")
            title = label if language == "fr" else f"{label} (English)"
            sheets.append((title, html, target / f"{name}.pdf"))
    print_pdfs(
        [(deck.html, deck.pdf, True) for deck in built]
        + [(html, pdf, False) for _title, html, pdf in sheets]
    )
    moodle = write_bank(list(load_content(root).quizzes.values()), target / "moodle")
    from .student_pages import FOLDER, build_student_pages  # imports this module

    build_student_pages(target / FOLDER)
    (target / "index.html").write_text(render_index(built, sheets, moodle), encoding="utf-8")
    (target / "decks.json").write_text(
        json.dumps({deck.html.name: deck.slides for deck in built}, indent=1), encoding="utf-8"
    )
    return built
