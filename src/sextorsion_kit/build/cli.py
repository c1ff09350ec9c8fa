"""Command line: ``python -m sextorsion_kit check|execute|slides|moodle|schemas|...``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ..content import ContentError, check, content_files, content_root, load_content
from .checks import kit_problems


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def run_check(paths: Sequence[str]) -> int:
    targets = list(paths) or [_shown(p) for p in content_files()]
    if not targets:
        print(f"no content files found under {content_root()}", file=sys.stderr)
        return 1
    problems = check(targets)
    if not paths and not problems:  # the whole kit: also check links between files
        try:
            load_content.__wrapped__()
            problems = kit_problems()
        except ContentError as error:
            problems = error.problems
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"ok: {len(targets)} path(s) checked, no problem", file=sys.stderr)
    return 0


def run_execute(paths: Sequence[str]) -> int:
    from .notebooks import execute_in_place, kit_notebooks

    targets = [Path(p) for p in paths] or kit_notebooks()
    for notebook in targets:
        seconds = execute_in_place(notebook)
        print(f"executed {_shown(notebook)} in {seconds:.1f} s")
    return 0


def run_student_folder(target: str, template: str | None) -> int:
    from .student import prepare_student_folder, write_voila_template

    written = prepare_student_folder(Path(target))
    for path in written:
        print(f"ready: {_shown(path)}")
    if template:
        print(f"ready: {_shown(write_voila_template(Path(template), written))}")
    return 0


def run_student_pages(target: str | None) -> int:
    from .slides import slides_folder
    from .student_pages import FOLDER, build_student_pages

    folder = Path(target) if target else slides_folder() / "build" / FOLDER
    for path in build_student_pages(folder):
        print(f"written: {_shown(path)}")
    return 0


def run_page(notebook: str, target: str | None) -> int:
    """An executed notebook as an HTML page that works offline, its libraries in lib/ beside it."""
    import nbformat

    from .static_pages import copy_page_libraries, write_static_page

    source = Path(notebook)
    page = Path(target) if target else source.with_suffix(".html")
    copy_page_libraries(page.parent)
    print(f"written: {_shown(write_static_page(nbformat.read(source, as_version=4), page))}")
    return 0


def run_serve(folder: str, host: str, port: int) -> int:
    from .serve import serve

    serve(Path(folder), host, port)
    return 0


def run_slides(target: str | None) -> int:
    import time

    from .slides import build

    started = time.perf_counter()
    built = build(Path(target) if target else None)
    for deck in built:
        print(f"built {_shown(deck.html)} ({deck.slides} slides) and {deck.pdf.name}")
    seconds = time.perf_counter() - started
    print(f"make slides: {len(built)} decks and their PDFs, printables, pages in {seconds:.1f} s")
    return 0


def run_moodle(target: str | None) -> int:
    from .moodle import write_bank

    folder = Path(target) if target else content_root() / "slides" / "build" / "moodle"
    for written in write_bank(list(load_content().quizzes.values()), folder):
        count = f"{written.questions} question" + ("s" if written.questions > 1 else "")
        print(f"wrote {_shown(written.path)} ({count}, {written.kind})")
    return 0


def run_guessability() -> int:
    from ..logic.guessability import measure, report

    try:
        content = load_content()
    except ContentError as error:
        print(error)
        return 1
    for language in ("fr", "en"):
        print(report(measure(list(content.quizzes.values()), content.myths, language)))
    return 0


def run_schemas(target: str | None) -> int:
    from ..content.schemas import write_schemas

    folder = Path(target) if target else content_root() / "schemas"
    for path in write_schemas(folder):
        print(f"written: {_shown(path)}")
    return 0


def run_classroom(arguments: argparse.Namespace) -> int:
    from . import classroom

    if arguments.action == "export":
        for path in classroom.run_export(Path(arguments.target), arguments.lang):
            print(_shown(path))
        return 0
    if arguments.action == "purge":
        gone = classroom.run_purge()
        print(f"{len(gone)} fichier(s) supprimé(s) / file(s) deleted in {classroom.data_folder()}")
        return 0
    from .slides import slides_folder
    from .student_pages import FOLDER

    pages = Path(arguments.pages) if arguments.pages else slides_folder() / "build" / FOLDER
    classroom.serve_classroom(pages, arguments.ip, arguments.port, classroom.data_folder())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sextorsion_kit", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    checker = commands.add_parser("check", help="validate content files (all of them by default)")
    checker.add_argument("paths", nargs="*", help="files or folders to check")
    executor = commands.add_parser(
        "execute", help="re-execute notebooks in place, widget state saved"
    )
    executor.add_argument("paths", nargs="*", help="notebooks (all of notebooks/ by default)")
    folder = commands.add_parser("student-folder", help="copy the student activities for Voilà")
    folder.add_argument("target", help="folder to (re)create, e.g. build/eleves")
    folder.add_argument("--template", help="also write the Voilà template with the French index")
    pages = commands.add_parser("student-pages", help="write the static student pages")
    pages.add_argument("target", nargs="?", help="output folder (default: slides/build/eleves)")
    page = commands.add_parser("page", help="an executed notebook as an offline HTML page")
    page.add_argument("notebook", help="an executed notebook, widget state saved")
    page.add_argument("target", nargs="?", help="the page (default: the notebook's name, .html)")
    server = commands.add_parser("serve", help="serve a folder of static pages, logging nothing")
    server.add_argument("folder", help="e.g. slides/build/eleves")
    server.add_argument("--ip", default="127.0.0.1", help="0.0.0.0 for the local network")
    server.add_argument("--port", type=int, default=8866)
    slides = commands.add_parser("slides", help="build the offline decks, PDFs and index.html")
    slides.add_argument("target", nargs="?", help="output folder (default: slides/build)")
    moodle = commands.add_parser("moodle", help="export the quizzes as Moodle XML and GIFT")
    moodle.add_argument("target", nargs="?", help="output folder (default: slides/build/moodle)")
    commands.add_parser("guessability", help="how far keyword, length or true/false cues go")
    schemas = commands.add_parser("schemas", help="export the JSON Schemas of the content files")
    schemas.add_argument("target", nargs="?", help="output folder (default: schemas/)")
    room = commands.add_parser("classroom", help="class pulse: serve, export or purge the answers")
    room_actions = room.add_subparsers(dest="action", required=True)
    room_serve = room_actions.add_parser("serve", help="the student pages, the check, the dashboard")
    room_serve.add_argument("--pages", help="the student pages (default: slides/build/eleves)")
    room_serve.add_argument("--ip", default=os.environ.get("CLASSROOM_IP", "0.0.0.0"))
    room_serve.add_argument("--port", type=int, default=int(os.environ.get("CLASSROOM_PORT", 8866)))
    room_export = room_actions.add_parser("export", help="the counts (CSV) and charts (PNG)")
    room_export.add_argument("target", help="the folder to write into")
    room_export.add_argument("--lang", default="fr", choices=["fr", "en"])
    room_actions.add_parser("purge", help="delete every answer kept")
    arguments = parser.parse_args(argv)
    if arguments.command == "classroom":
        return run_classroom(arguments)
    if arguments.command == "check":
        return run_check(arguments.paths)
    if arguments.command == "moodle":
        return run_moodle(arguments.target)
    if arguments.command == "guessability":
        return run_guessability()
    if arguments.command == "schemas":
        return run_schemas(arguments.target)
    if arguments.command == "slides":
        return run_slides(arguments.target)
    if arguments.command == "student-pages":
        return run_student_pages(arguments.target)
    if arguments.command == "page":
        return run_page(arguments.notebook, arguments.target)
    if arguments.command == "serve":
        return run_serve(arguments.folder, arguments.ip, arguments.port)
    if arguments.command == "student-folder":
        return run_student_folder(arguments.target, arguments.template)
    return run_execute(arguments.paths)


if __name__ == "__main__":
    sys.exit(main())
