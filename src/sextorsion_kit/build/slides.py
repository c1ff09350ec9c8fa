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
from html import escape
from pathlib import Path

import nbformat
from nbconvert import SlidesExporter
from traitlets.config import Config

from ..content import load_content, content_root
from ..views.help_box import checked_line, help_line
from ..i18n import Language
from ..content.models import Printable
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


def install_libraries(slides: Path) -> Path:
    """``npm ci`` in ``slides/`` when the lock file is newer than what is installed."""
    modules = slides / "node_modules"
    marker = modules / ".package-lock.json"
    lock = slides / "package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < lock.stat().st_mtime:
        if shutil.which("npm") is None:
            raise RuntimeError("npm is needed once to install the slide libraries (Node.js)")
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=slides, check=True
        )
    return modules


def copy_libraries(modules: Path, target: Path) -> None:
    for destination, source in LIBRARIES.items():
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
    sections = "".join(
        f"<h2>{escape(section.heading.in_language(language))}</h2><ul>"
        + "".join(f"<li>{escape(p.in_language(language))}</li>" for p in section.points)
        + "</ul>"
        for section in sheet.sections
    )
    return (
        f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'>"
        f"<title>{escape(sheet.title.in_language(language))}</title><style>"
        "@page { size: A4; margin: 14mm; }"
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; color: #111;"
        " line-height: 1.35; max-width: 182mm; margin: 0 auto; }"
        "h1 { font-size: 17pt; margin: 0 0 4pt; color: #004f7c; }"
        "h2 { font-size: 12.5pt; margin: 9pt 0 2pt; color: #004f7c; }"
        "ul { margin: 0; padding-left: 16pt; } li { margin: 1.5pt 0; }"
        "</style></head><body>"
        f"<h1>{escape(sheet.title.in_language(language))}</h1>"
        f"<p>{escape(sheet.introduction.in_language(language))}</p>{sections}"
        f"<p style='font-size:9pt'>{checked_line(load_content().help_channels, language)}</p>"
        "</body></html>"
    )


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
                page.wait_for_function("window.Reveal && window.Reveal.isReady()", timeout=60_000)
                page.wait_for_timeout(1500)  # widgets render from the saved state
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


def _moodle_list(files: list[Written]) -> str:
    rows = "".join(
        f"<li><a href='moodle/{w.path.name}'>{escape(w.path.name)}</a> "
        f"({MOODLE_KINDS[w.kind]}, {w.questions} questions, {w.language})</li>"
        for w in files
    )
    return (
        "<h2>Banque de questions pour Éléa ou Moodle</h2>"
        "<p>Dans Éléa ou Moodle\u202f: Banque de questions, puis Importer, format Moodle XML "
        "(ou GIFT). Les jeux de rôle et le dilemme du témoin ne sont pas exportés\u202f: ils se "
        "jouent en classe.</p>"
        f"<ul>{rows}</ul>"
    )


def render_index(
    decks: list[Deck], sheets: list[tuple[str, Path, Path]], moodle: list[Written] | None = None
) -> str:
    rows = "".join(
        f"<li><a href='{d.html.name}'>{escape(d.title)}</a> ({d.slides} diapositives)"
        f" — <a href='{d.pdf.name}'>PDF</a></li>"
        for d in decks
    )
    printables = "".join(
        f"<li><a href='{pdf.name}'>{escape(title)}</a> (PDF) — <a href='{html.name}'>HTML</a></li>"
        for title, html, pdf in sheets
    )
    return (
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>"
        "<title>Kit sextorsion\u202f: diaporamas</title><style>"
        "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:20px;max-width:46em;"
        "margin:2em auto;line-height:1.5;color:#111} a{color:#004f7c}</style></head><body>"
        "<h1>Kit sextorsion\u202f: diaporamas</h1>"
        "<p>Tout fonctionne sans internet, depuis ce dossier (clé USB comprise). "
        "Dans un diaporama\u202f: flèches pour avancer, <strong>S</strong> pour les notes de "
        "l'orateur, <strong>F</strong> pour le plein écran. Si le navigateur pose problème, "
        "utilisez le PDF.</p>"
        f"<h2>Diaporamas</h2><ul>{rows}</ul>"
        f"<h2>À imprimer</h2><ul>{printables}</ul>{_moodle_list(moodle or [])}"
        f"<p>{help_line(load_content().help_channels, 'fr')}</p></body></html>"
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
    (target / "index.html").write_text(render_index(built, sheets, moodle), encoding="utf-8")
    (target / "decks.json").write_text(
        json.dumps({deck.html.name: deck.slides for deck in built}, indent=1), encoding="utf-8"
    )
    return built
