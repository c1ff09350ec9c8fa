"""The student activities as static pages (``slides/build/eleves/``): double-click, no kernel.

Each page holds one front-end widget, the "right now" box before it and the help box after
it, all sharing the page's settings model. Their state (ES modules and data) is taken from the
widgets themselves (ipywidgets' embed data), so building needs no kernel either, and is saved
in the page. ``lib/kit-page.js`` (``widgets/js/page.js``) draws them: it is the smallest host
an anywidget front-end module needs (a model per widget, a host that finds the shared one),
so a page needs no widget manager and is clickable as soon as it is read, from a USB stick.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import anywidget
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
from ..widgets.front_end import source
from ..widgets.help import asking_for_help, help_box, help_line, right_now_box
from ..widgets.pickers import language_picker

FOLDER = "eleves"
LIB = "lib"


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
                    "jeu_de_role_argent", "jeu_de_role_appel_video",
                    "jeu_de_role_montage", "dilemme_temoin"):  # fmt: skip
        if quiz_id in quizzes:
            title = quizzes[quiz_id].title.fr
            pages.append(Activity(f"quiz_{quiz_id}", title, lambda q=quiz_id: quiz_widget(q)))
    pages.append(
        Activity("que_s_est_il_passe", label("page_law", "fr"), what_happened_widget, law_sources)
    )
    # what stops someone from telling, words to start, who to tell, and STOP: the page's
    # language switch, then the section
    pages.append(
        Activity("demander_de_l_aide", label("asking_title", "fr"), language_picker, asking_for_help)
    )
    return pages


def page_widgets(activity: Activity) -> list[anywidget.AnyWidget]:
    """What the page shows, in order: the "right now" box, the activity, what follows, help."""
    return [
        right_now_box(),
        activity.widget(),
        *([activity.after()] if activity.after else []),
        help_box(abroad=False),
    ]


def page_state(shown: list[anywidget.AnyWidget]) -> dict[str, dict]:
    """Every anywidget model the page needs (the shown widgets, their shared settings), by id.

    ipywidgets' layout and style models are left out: no module here reads them.
    """
    # Every key kept: the page has no widget library to know an anywidget model's defaults.
    manager = embed_data(
        views=shown, drop_defaults=False, state=dependency_state(shown, drop_defaults=False)
    )["manager_state"]
    return {
        model_id: saved["state"]
        for model_id, saved in manager["state"].items()
        if saved["model_module"] == "anywidget"
    }


def render_page(activity: Activity, lib: str = LIB) -> str:
    """The activity's page: its widgets drawn by ``lib/kit-page.js`` from the state inside."""
    shown = page_widgets(activity)
    state = page_state(shown)
    if missing := [w.model_id for w in shown if not state.get(w.model_id, {}).get("_esm")]:
        raise ValueError(f"{activity.name}: widgets {missing} are not front-end widgets")
    shown_ids = [widget.model_id for widget in shown]
    for widget in shown:
        widget.close()
    return render(
        "student_page.html.j2",
        "fr",
        title=activity.title,
        shown=shown_ids,
        # Inside <script>, "</script" or "<!--" would change how the page is read: no "<" at all.
        state=json.dumps(state, ensure_ascii=False).replace("<", "\\u003c"),
        lib=lib,
        needs_script=label("page_needs_script", "fr"),
        back=label("page_back", "fr"),
    )


def copy_page_host(target: Path) -> None:
    """Put the pages' widget host (``js/page.js``) in ``target/lib/kit-page.js``."""
    host = target / LIB / "kit-page.js"
    host.parent.mkdir(parents=True, exist_ok=True)
    host.write_text(source("page.js"), encoding="utf-8")


def build_student_pages(target: Path) -> list[Path]:
    """Write one page per activity, their widget host and a French index into ``target``."""
    copy_page_host(target)
    before = get_language()
    set_language("fr")  # the pages open in French; each widget switches language itself
    try:
        pages = []
        for activity in activities():
            path = target / f"{activity.name}.html"
            path.write_text(render_page(activity), encoding="utf-8")
            pages.append((activity, path))
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
