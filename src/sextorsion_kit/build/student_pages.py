"""The student activities as static pages (``slides/build/eleves/``): double-click, no kernel.

Each page holds one front-end widget (its ES module and data in the saved widget state), the
"right now" box before it and the help box after it. The widgets' state is taken from the
widgets themselves (ipywidgets' embed data), so building needs no kernel either. The pages
load require.js, the widgets manager and anywidget's front-end from ``lib/`` beside them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import anywidget
import nbformat
from ipywidgets.embed import dependency_state, embed_data
from markupsafe import Markup

from ..content import load_content
from ..content.labels import label
from ..i18n import get_language, set_language
from ..views.law import law_sources
from ..views.pages import render
from ..widgets import (
    myth_cards_widget,
    quiz_widget,
    red_flag_widget,
    timeline_widget,
    what_happened_widget,
)
from ..widgets.help import help_box, help_line, right_now_box
from .static_pages import VIEW_MIME, copy_page_libraries, write_static_page

FOLDER = "eleves"
WIDGET_STATE_MIME = "application/vnd.jupyter.widget-state+json"


@dataclass(frozen=True)
class Activity:
    """One student page: its file name, its French title, the widget it shows, what follows it."""

    name: str
    title: str
    widget: Callable[[], anywidget.AnyWidget]
    after: Callable[[], anywidget.AnyWidget] | None = None  # shown under the activity


def activities() -> list[Activity]:
    """The student activities, in the order of a session."""
    quizzes = load_content().quizzes
    pages = [
        Activity("deroule_arnaque", label("page_timeline", "fr"), timeline_widget),
        Activity("signaux_alerte", label("page_red_flags", "fr"), red_flag_widget),
        Activity("idees_recues_cartes", label("page_myths", "fr"), myth_cards_widget),
    ]
    for quiz_id in ("reagir", "idees_recues", "jeu_de_role_compte_pirate",
                    "jeu_de_role_appel_video", "dilemme_temoin"):  # fmt: skip
        if quiz_id in quizzes:
            title = quizzes[quiz_id].title.fr
            pages.append(Activity(f"quiz_{quiz_id}", title, lambda q=quiz_id: quiz_widget(q)))
    pages.append(
        Activity("que_s_est_il_passe", label("page_law", "fr"), what_happened_widget, law_sources)
    )
    return pages


def page_notebook(activity: Activity) -> nbformat.NotebookNode:
    """A notebook whose outputs are the page: title, "right now" box, widget, help box.

    All of them are widgets on the page's one settings model, so the activity's language
    switch also turns the boxes around it into English.
    """
    shown_widgets = [
        right_now_box(),
        activity.widget(),
        *([activity.after()] if activity.after else []),
        help_box(abroad=False),
    ]
    # Every key kept: the page's manager knows no defaults of an anywidget model.
    data = embed_data(
        views=shown_widgets,
        drop_defaults=False,
        state=dependency_state(shown_widgets, drop_defaults=False),
    )
    for widget in shown_widgets:
        widget.close()
    shown = nbformat.v4.new_code_cell(
        outputs=[
            nbformat.v4.new_output(
                "display_data", data={VIEW_MIME: view, "text/plain": activity.title}
            )
            for view in data["view_specs"]
        ]
    )
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell(f"# {activity.title}"), shown]
    )
    notebook.metadata["title"] = activity.title
    notebook.metadata["widgets"] = {WIDGET_STATE_MIME: data["manager_state"]}
    return notebook


def build_student_pages(target: Path, root: Path | None = None) -> list[Path]:
    """Write one page per activity, the libraries and a French index into ``target``."""
    copy_page_libraries(target, root)
    before = get_language()
    set_language("fr")  # the pages open in French; each widget switches language itself
    try:
        pages = [
            (activity, write_static_page(page_notebook(activity), target / f"{activity.name}.html"))
            for activity in activities()
        ]
    finally:
        set_language(before)
    index = render(
        "student_index.html.j2",
        "fr",
        title=label("pages_title", "fr"),
        intro=label("pages_intro", "fr"),
        pages=[(activity.title, path.name) for activity, path in pages],
        help=Markup(help_line(load_content().help_channels, "fr")),
    )
    (target / "index.html").write_text(index, encoding="utf-8")
    return [path for _activity, path in pages]
