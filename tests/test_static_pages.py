"""Notebooks as static HTML pages (nbconvert, `python -m sextorsion_kit page`): from disk, offline.

A tiny notebook using the test widget of ``fixtures/static`` is executed with its widget state
stored, written as a static page with its libraries beside it, then opened in Chromium with
every request that is not a file aborted and recorded. Clicking the button changes the text:
the widget's ES module ran in the page, as no kernel exists any more.
"""

from __future__ import annotations

import copy
import math
import os
import re
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from activity_driver import answer_one_of_each_kind
from browser_support import free_port, keep_offline, require, running

from sextorsion_kit.build.notebooks import execute, widget_states
from sextorsion_kit.build.slides import libraries_missing, slides_folder
from sextorsion_kit.build.static_pages import (
    copy_page_libraries,
    static_page_problems,
    write_static_page,
)

pytestmark = [pytest.mark.browser, pytest.mark.kernel]

FIXTURES = Path(__file__).parent / "fixtures" / "static"
PAGE = "compteur.html"
BUTTON = "button.kit-click-counter"
CLICKS_SHOWN = "Clics\u202f: {}"
CDN_HOSTS = ("cdn.jsdelivr", "unpkg.com", "cdnjs.", "esm.sh", "skypack", "jspm.")
TIMED_CLICKS = 20


def counter_notebook() -> nbformat.NotebookNode:
    """A title, then two cells as a teacher would write them: the fixture folder on the path,
    the widget."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["title"] = "Compteur de clics"
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# Compteur de clics\n\nUn bouton qui compte, sans noyau."),
        nbformat.v4.new_code_cell(f"import sys\n\nsys.path.insert(0, {str(FIXTURES)!r})"),
        nbformat.v4.new_code_cell(
            'from click_counter import ClickCounter\n\nClickCounter(label="Cliquer ici")'
        ),
    ]
    return notebook


@pytest.fixture(scope="module")
def executed() -> nbformat.NotebookNode:
    return execute(counter_notebook(), FIXTURES)


@pytest.fixture(scope="module")
def built(tmp_path_factory, executed) -> Path:
    """The page and its lib/ folder, in a folder of their own (a USB stick, say)."""
    require(libraries_missing(slides_folder()))
    target = tmp_path_factory.mktemp("pages") / "eleves"
    copy_page_libraries(target)
    write_static_page(executed, target / PAGE)
    return target


@pytest.fixture()
def offline(chromium) -> Iterator:
    """A page that may load files only: every other request is aborted and recorded."""
    context = chromium.new_context(viewport={"width": 1280, "height": 800}, locale="fr-FR")
    page = context.new_page()
    keep_offline(page)
    yield page
    context.close()


def open_page(page, url: str) -> None:
    page.goto(url)
    page.locator(BUTTON).wait_for(state="visible", timeout=30_000)


def test_the_executed_notebook_keeps_the_widget_and_its_es_module(executed):
    models = [m for m in widget_states(executed).values() if m["model_module"] == "anywidget"]
    assert len(models) == 1
    assert "export default" in models[0]["state"]["_esm"]
    assert static_page_problems(executed) == []


def test_the_page_shows_outputs_only_in_french(built: Path):
    html = (built / PAGE).read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    assert "<title>Compteur de clics</title>" in html
    assert re.search(r"<h1[^>]*>Compteur de clics", html)  # the activity's own text stays
    body = html[html.index("<main>") : html.index("</main>")]
    assert "ClickCounter(" not in body and "sys.path" not in body  # no code
    for left_out in ("jp-CodeMirrorEditor", "jp-InputPrompt", "jp-OutputPrompt", "In&nbsp;["):
        assert left_out not in body
    assert 'type="application/vnd.jupyter.widget-state+json"' in html


LOADED = re.compile(
    r"""<(?:script|img|iframe)[^>]*\ssrc=["']([^"']+)|<link[^>]*\shref=["']([^"']+)"""
)


def test_the_folder_holds_everything_the_page_loads_and_names_no_cdn(built: Path):
    html = (built / PAGE).read_text(encoding="utf-8")
    loaded = [a or b for a, b in LOADED.findall(html)]
    assert loaded, "the page loads its scripts from lib/"
    for url in loaded:
        assert not url.startswith(("http:", "https:", "//")), url
        assert (built / url).is_file(), f"the page needs {url}, missing from the folder"
    # requirejs finds anywidget in the folder; the manager's CDN fallback points there too
    assert '"anywidget": "lib/anywidget/index"' in html
    assert (built / "lib" / "anywidget" / "index.js").is_file()
    assert 'data-jupyter-widgets-cdn="lib/no-cdn/"' in html
    for text, name in [(html, PAGE)] + [
        (path.read_text(encoding="utf-8"), path.name)
        for path in (built / "lib" / "require.js", built / "lib" / "anywidget" / "index.js")
    ]:
        for host in CDN_HOSTS:
            assert host not in text, f"{name} names {host}"
    # The manager's bundle keeps jsDelivr as its default fallback: the page overrides it
    # (above), and the request log of the tests below shows it is never used.
    assert "https://cdn.jsdelivr.net/npm/" in (
        built / "lib" / "html-manager" / "embed-amd.js"
    ).read_text(encoding="utf-8")


def test_the_widget_runs_from_disk_with_no_network_and_no_kernel(offline, built: Path):
    open_page(offline, (built / PAGE).as_uri())
    status = offline.get_by_role("status")
    assert status.inner_text() == CLICKS_SHOWN.format(0)
    offline.get_by_role("button", name="Cliquer ici").click()
    offline.wait_for_function(
        "text => document.querySelector('[role=status]').textContent === text",
        arg=CLICKS_SHOWN.format(1),
    )
    assert offline.outside == []
    assert all(url.startswith("file:") for url in offline.requested), offline.requested
    assert any(url.endswith("/lib/anywidget/index.js") for url in offline.requested)
    assert offline.errors == []


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


def test_time_to_a_clickable_widget_and_from_click_to_paint(offline, built: Path):
    open_page(offline, (built / PAGE).as_uri())
    ready_at = offline.evaluate("window.kitWidgetReadyAt")
    loaded_at = offline.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    button = offline.locator(BUTTON)
    for done in range(1, TIMED_CLICKS + 1):
        button.click()
        offline.wait_for_function(f"(window.kitClickTimings || []).length >= {done}")
    timings = offline.evaluate("window.kitClickTimings")
    assert offline.get_by_role("status").inner_text() == CLICKS_SHOWN.format(TIMED_CLICKS)
    assert offline.outside == [] and offline.errors == []
    print(
        f"\nstatic page: load event at {loaded_at:.0f} ms, widget clickable at {ready_at:.0f} ms "
        f"after navigation start; click to painted ({len(timings)} clicks): "
        f"median {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms"
    )
    assert len(timings) == TIMED_CLICKS


LOCAL_PATH = '"anywidget": "lib/anywidget/index"'
NO_CDN = ' data-jupyter-widgets-cdn="lib/no-cdn/"'


@pytest.mark.parametrize(
    ("removed", "fallback"),
    [
        ((LOCAL_PATH, NO_CDN), "https://cdn.jsdelivr.net/npm/anywidget@"),
        ((LOCAL_PATH,), "/lib/no-cdn/anywidget@"),
    ],
    ids=["neither", "no-local-path"],
)
def test_the_controls_without_the_local_path_anywidget_is_looked_for_elsewhere(
    offline, built: Path, removed: tuple[str, ...], fallback: str
):
    """Without the requirejs path the manager falls back to its CDN: online unless the page
    points that fallback at the folder. The request log does catch a page that goes online."""
    html = (built / PAGE).read_text(encoding="utf-8")
    for text in removed:
        assert text in html
        html = html.replace(text, "")
    page = built / "controle.html"
    page.write_text(html, encoding="utf-8")
    try:
        # requirejs looks for ./anywidget.js (missing), then the manager tries its fallback
        with offline.expect_event("requestfailed", lambda request: fallback in request.url):
            offline.goto(page.as_uri())
    finally:
        page.unlink()
    if NO_CDN in removed:
        assert any(url.startswith(fallback) for url in offline.outside), offline.requested
    else:  # the fallback stays in the folder: a file that is not there, nothing online
        assert offline.outside == []
        assert any(fallback in url for url in offline.requested if url.startswith("file:"))
    assert offline.locator(BUTTON).count() == 0


def test_the_same_folder_works_served_over_http(offline, built: Path, tmp_path: Path):
    """`python -m http.server` in the folder: the page works the same through a server."""
    port = free_port()
    server = f"http://127.0.0.1:{port}/"
    command = [sys.executable, "-u", "-m", "http.server", str(port), "--bind", "127.0.0.1"]

    def route(route) -> None:
        if route.request.url.startswith((server, "blob:")):
            route.continue_()
        else:
            offline.outside.append(route.request.url)
            route.abort()

    offline.unroute("**/*")
    offline.route("**/*", route)
    with running(command, server + PAGE, dict(os.environ), built, tmp_path / "server.log"):
        open_page(offline, server + PAGE)
        offline.locator(BUTTON).click()
        offline.wait_for_function(
            "text => document.querySelector('[role=status]').textContent === text",
            arg=CLICKS_SHOWN.format(1),
        )
    assert offline.outside == [] and offline.errors == []


def test_a_page_is_refused_when_it_could_not_work_offline(executed, tmp_path: Path):
    without_state = copy.deepcopy(executed)
    without_state.metadata.pop("widgets")
    with pytest.raises(ValueError, match="store_widget_state"):
        write_static_page(without_state, tmp_path / "sans_etat.html")
    online = copy.deepcopy(executed)
    for saved in widget_states(online).values():
        if saved["model_module"] == "anywidget":
            saved["state"]["_esm"] = 'import c from "https://esm.sh/canvas-confetti";\n'
        else:
            saved["state"]["_view_module"] = "ipyleaflet"
    problems = static_page_problems(online)
    assert any("imports another module (import c from" in problem for problem in problems)
    assert any("'ipyleaflet'" in problem for problem in problems)
    assert not (tmp_path / "sans_etat.html").exists()


def test_a_kit_notebook_exported_as_a_page_plays_its_quizzes_from_disk(offline, tmp_path: Path):
    """`python -m sextorsion_kit page` on notebook 02: the saved quizzes work with no kernel."""
    page = tmp_path / "quiz.html"
    command = [sys.executable, "-m", "sextorsion_kit", "page", "notebooks/02_quiz_reagir.ipynb"]
    subprocess.run([*command, str(page)], check=True, cwd=Path(__file__).parents[1])
    offline.goto(page.as_uri())
    quiz = offline.locator(".sxk-quiz[data-quiz=reagir]").first
    quiz.locator("input[type=radio]").first.wait_for(timeout=30_000)
    assert answer_one_of_each_kind(quiz, {"single", "true_false"}) == {"single", "true_false"}
    assert offline.outside == [] and offline.errors == []
