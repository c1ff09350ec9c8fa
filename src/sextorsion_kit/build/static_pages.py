"""Executed notebooks -> static student pages that work from a folder: no kernel, no network.

A page shows the notebook's outputs only (no code, no prompts) and draws its widgets from
the widget state saved at execution (``store_widget_state=True``). The Jupyter widgets HTML
manager, require.js and anywidget's front-end sit in the folder's ``lib/``:

* ``lib/require.js`` and ``lib/html-manager/`` come from ``slides/node_modules``, as for the
  decks (:mod:`.slides`);
* ``lib/anywidget/index.js`` is the AMD build shipped in the installed anywidget wheel
  (``anywidget/nbextension/index.js``), so the front-end always matches the Python side.

The HTML manager loads a widget module that it does not hold (``anywidget``) through
requirejs by name first, and goes to a CDN only if that fails. The page's template gives
requirejs a ``paths`` entry for ``anywidget`` into ``lib/``, and points the CDN fallback at a
folder under ``lib/`` that does not exist: a missing module fails on disk, never online.
anywidget then runs each widget's ES module (``_esm``, saved in the state) from a ``blob:``
URL, in the page.
"""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter
from traitlets.config import Config

from .notebooks import widget_states
from .slides import LIBRARIES, copy_libraries, install_libraries, slides_folder

TEMPLATE = "kit-page"
LIB = "lib"
# destination under lib/ -> source under slides/node_modules (the decks' own entries)
PAGE_LIBRARIES = {name: LIBRARIES[name] for name in ("require.js", "html-manager")}
ANYWIDGET_FRONT_END = "anywidget/index.js"
# Modules the HTML manager defines itself, and anywidget, whose front-end is copied to lib/.
BUILT_IN_MODULES = ("@jupyter-widgets/base", "@jupyter-widgets/controls", "@jupyter-widgets/output")
LOCAL_MODULES = (*BUILT_IN_MODULES, "anywidget")
VIEW_MIME = "application/vnd.jupyter.widget-view+json"
# An import in a widget's ES module: `import x from "https://esm.sh/x"`, `import "./y.js"`,
# `export * from "z"`, `import("...")`. The page runs the module from a blob: URL, where
# neither a relative nor a bare name resolves, and a URL would need the network.
MODULE_IMPORT = re.compile(
    r"""^\s*import\s*["']|^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']|\bimport\s*\(""",
    re.MULTILINE,
)


def anywidget_front_end() -> Path:
    """The AMD module of the installed anywidget (``define(["@jupyter-widgets/base"], ...)``)."""
    path = Path(str(resources.files("anywidget") / "nbextension" / "index.js"))
    if not path.is_file():
        raise FileNotFoundError(f"anywidget's front-end is missing from its package: {path}")
    return path


def copy_anywidget_front_end(lib: Path) -> None:
    """Put anywidget's front-end where the pages' and decks' requirejs looks for it."""
    front_end = lib / ANYWIDGET_FRONT_END
    front_end.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(anywidget_front_end(), front_end)


def copy_page_libraries(target: Path, root: Path | None = None) -> Path:
    """Copy require.js, the widgets HTML manager and anywidget's front-end to ``target/lib``."""
    modules = install_libraries(slides_folder(root))
    copy_libraries(modules, target, PAGE_LIBRARIES)
    lib = target / LIB
    copy_anywidget_front_end(lib)
    return lib


def page_exporter(lib: str = LIB, root: Path | None = None) -> HTMLExporter:
    """nbconvert's lab export through the kit-page template: outputs only, in French."""
    config = Config()
    config.HTMLExporter.extra_template_basedirs = [str(slides_folder(root) / "templates")]
    config.HTMLExporter.template_name = TEMPLATE
    config.HTMLExporter.require_js_url = f"{lib}/require.js"
    config.HTMLExporter.widget_renderer_url = f"{lib}/html-manager/embed-amd.js"
    config.HTMLExporter.exclude_input = True
    config.HTMLExporter.exclude_input_prompt = True
    config.HTMLExporter.exclude_output_prompt = True
    config.HTMLExporter.language_code = "fr"
    return HTMLExporter(config=config)


def shown_models(notebook: nbformat.NotebookNode) -> list[str]:
    """The model ids of the widgets the notebook's outputs display."""
    return [
        output["data"][VIEW_MIME]["model_id"]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if VIEW_MIME in output.get("data", {})
    ]


def static_page_problems(notebook: nbformat.NotebookNode) -> list[str]:
    """Why the notebook would not work as a static page (empty when it would)."""
    states = widget_states(notebook)
    problems = [
        f"widget {model_id} is displayed but its state was not saved "
        "(execute the notebook with store_widget_state=True)"
        for model_id in shown_models(notebook)
        if model_id not in states
    ]
    for model_id, saved in states.items():
        state = saved.get("state", {})
        for kind in ("model", "view"):
            module = state.get(f"_{kind}_module", saved.get(f"{kind}_module"))
            if module and module not in LOCAL_MODULES:
                problems.append(
                    f"widget {model_id} needs the front-end module {module!r}, "
                    "which is not in the page's lib folder"
                )
        esm, css = state.get("_esm", ""), state.get("_css", "")
        if esm.startswith(("http:", "https:")):
            problems.append(f"widget {model_id}'s ES module is on the network")
        elif found := MODULE_IMPORT.search(esm):
            problems.append(
                f"widget {model_id}'s ES module imports another module ({found.group().strip()}"
                "...): bundle it into one self-contained module"
            )
        if css.startswith(("http:", "https:")):
            problems.append(f"widget {model_id}'s style sheet is on the network")
    return problems


def write_static_page(
    notebook: nbformat.NotebookNode, target_html: Path, lib: str = LIB, root: Path | None = None
) -> Path:
    """Write an executed notebook as a page loading its scripts from ``lib`` (relative URL).

    ``lib`` is where :func:`copy_page_libraries` copied the libraries, relative to the page.
    """
    if problems := static_page_problems(notebook):
        raise ValueError("; ".join(problems))
    body, _resources = page_exporter(lib, root).from_notebook_node(
        notebook, resources={"metadata": {"name": target_html.stem}, "kit_lib": lib}
    )
    target_html.parent.mkdir(parents=True, exist_ok=True)
    target_html.write_text(body, encoding="utf-8")
    return target_html
