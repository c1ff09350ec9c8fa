"""``make slides``: the talk decks and their PDFs, the printables, the student pages and the
question bank, with an index, in ``slides/build/`` (ready for a USB stick).

Everything a page loads sits in the build folder, copied from ``slides/node_modules``
(installed from the npm registry with the lock file): a page opened from the folder asks
nothing of the network. The decks themselves are written by :mod:`.decks`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ..content import content_root, load_content
from ..content.models import Printable
from ..i18n import Language
from ..views.guide import sheet_printable
from ..views.pages import render
from ..widgets.help import checked_line, help_line, render_stop
from .decks import BuiltDeck, write_decks
from .moodle import Written, write_bank

# what an exported notebook page needs (static_pages): destination under lib/ -> node_modules
LIBRARIES = {
    "require.js": "requirejs/require.js",
    "html-manager": "@jupyter-widgets/html-manager/dist",
}
SKIPPED_LIBRARY_FILES = ("embed.js", "libembed-amd.js", "*.map", "*.LICENSE.txt", "*.esm.js")


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


def render_printable(sheet: Printable, language: Language) -> str:
    """A one-page A4 sheet (handout or parent note) as a self-contained HTML page."""
    content = load_content()
    checked = Markup(checked_line(content.help_channels, language))
    stop = Markup(render_stop(content.help_seeking, language, compact=True))
    return render("sheet_page.html.j2", language, sheet=sheet, checked=checked, stop=stop)


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
                # kit-deck.js starts reveal once the live slides are drawn
                page.wait_for_function("document.body.dataset.deck", timeout=60_000)
                if page.evaluate("document.body.dataset.deck") != "ready":
                    raise RuntimeError(f"{html.name}: a live slide could not be drawn")
                page.evaluate("document.fonts.ready")
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
AUDIENCES = (
    ("11-14", "Élèves de 11 à 14 ans", "Students aged 11 to 14"),
    ("15-18", "Élèves de 15 à 18 ans", "Students aged 15 to 18"),
    ("parents", "Parents", "Parents"),
    ("staff", "Équipe de l'établissement", "School staff"),
)


@dataclass(frozen=True)
class Sheet:
    """A printable: its title, audience, language, HTML and PDF."""

    title: str
    audience: str
    language: Language
    html: Path
    pdf: Path


def by_audience(decks: list[BuiltDeck], sheets: list[Sheet]) -> list[dict]:
    """The index's sections: for each audience that has something, its decks and printables
    in each language (a student deck is listed under its age band)."""
    sections = []
    for key, french, english in AUDIENCES:
        def for_audience(deck: BuiltDeck, key: str = key) -> bool:
            audience = deck.view.deck.audience
            return deck.view.band == key if audience == "students" else audience == key

        shown = [deck for deck in decks if for_audience(deck)]
        printed = [sheet for sheet in sheets if sheet.audience == key]
        if not shown and not printed:
            continue
        sections.append({
            "key": key, "title": french, "title_en": english,
            "languages": [
                (language, [d for d in shown if d.view.language == language],
                 [p for p in printed if p.language == language])
                for language in ("fr", "en")
            ],
        })  # fmt: skip
    return sections


def render_index(
    decks: list[BuiltDeck], sheets: list[Sheet], moodle: list[Written] | None = None
) -> str:
    """The French start page of the build folder: decks and printables by audience and
    language, the student pages, the question bank."""
    return render(
        "index.html.j2",
        "fr",
        sections=by_audience(decks, sheets),
        moodle=moodle or [],
        moodle_kinds=MOODLE_KINDS,
        help=Markup(help_line(load_content().help_channels, "fr")),
    )


PRINTABLES = (
    ("fiche_eleve", "handout", "Fiche élève", "Student handout", ("11-14", "15-18")),
)


def write_printables(target: Path) -> list[Sheet]:
    """The student handout and the sheets of decks.yaml (the letter to families, the parent
    note, the staff sheet), in both languages, as HTML pages."""
    content = load_content()
    guide = content.guide
    sheets = []
    for sheet in content.deck_sheets:
        printable = sheet_printable(sheet, content.slide_texts)
        for language in ("fr", "en"):
            name = sheet.id if language == "fr" else f"{sheet.id}_en"
            html = target / f"{name}.html"
            html.write_text(render_printable(printable, language), encoding="utf-8")
            title = sheet.title.in_language(language)
            sheets.append(Sheet(title, sheet.audience, language, html, target / f"{name}.pdf"))
    for stem, field, french, english, audiences in PRINTABLES:
        for language in ("fr", "en"):
            name = stem if language == "fr" else f"{stem}_en"
            html = target / f"{name}.html"
            html.write_text(render_printable(getattr(guide, field), language), encoding="utf-8")
            title = french if language == "fr" else english
            sheets += [Sheet(title, audience, language, html, target / f"{name}.pdf")
                       for audience in audiences]  # fmt: skip
    return sheets


def build(target: Path | None = None, root: Path | None = None) -> list[BuiltDeck]:
    """Build every deck, its PDF, the printables, the student pages and ``index.html``."""
    root = root or content_root()
    slides = slides_folder(root)
    target = target or slides / "build"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    modules = install_libraries(slides)
    built = write_decks(target, modules, slides / "theme")
    sheets = write_printables(target)
    unique_sheets = {sheet.html: sheet for sheet in sheets}.values()
    print_pdfs(
        [(deck.html, deck.pdf, True) for deck in built]
        + [(sheet.html, sheet.pdf, False) for sheet in unique_sheets]
    )
    moodle = write_bank(list(load_content(root).quizzes.values()), target / "moodle")
    from .student_pages import FOLDER, build_student_pages  # imports this module

    build_student_pages(target / FOLDER)
    (target / "index.html").write_text(render_index(built, sheets, moodle), encoding="utf-8")
    (target / "decks.json").write_text(
        json.dumps({deck.html.name: deck.slides for deck in built}, indent=1), encoding="utf-8"
    )
    return built
