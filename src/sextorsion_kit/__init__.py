"""Sextorsion kit: the functions the notebooks call.

Every activity is a front-end widget: it runs in the browser, so it also works in static pages
and slide decks with no kernel. Every text follows the page's language: French by default,
English with the language switch, ``set_language("en")`` or ``SEXTORSION_KIT_LANG=en``.
"""

from __future__ import annotations

from .content import ContentError, load_content
from .content.models import AgeBand
from .i18n import get_language, set_language
from .views.guide import guide
from .views.law import fines_chart, law_sources, loiret_figures, minor_victim_chart, penalty_chart
from .views.notebook_map import notebook_map
from .views.statistics import figures_to_quote
from .widgets.help import asking_for_help, help_box, right_now_box
from .widgets.law import LawWidget, what_happened_widget
from .widgets.myths import MythCardsWidget, myth_cards_widget
from .widgets.pickers import age_band_picker, language_and_age, language_picker
from .widgets.quiz import QuizWidget, quiz_widget
from .widgets.red_flags import RedFlagWidget, red_flag_widget
from .widgets.settings import get_age_band, set_age_band
from .widgets.timeline import TimelineWidget, stage_overview_widget, timeline_widget


def quiz(
    quiz_id: str, band: AgeBand | None = None, count: int | None = None, seed: int | None = 0
) -> QuizWidget:
    """Play quiz ``quiz_id`` (a file in ``quizzes/``), for one age band or the page's."""
    return quiz_widget(quiz_id, band=band, seed=seed, count=count, show_settings=False)


def show_timeline(band: AgeBand | None = None) -> TimelineWidget:
    """The scam sequence, stage by stage, for an age band (the page's unless ``band``)."""
    return timeline_widget(band=band, show_settings=False)


def stage_overview(band: AgeBand | None = None) -> TimelineWidget:
    """The six stages in one table: one warning sign and one thing to do for each."""
    return stage_overview_widget(band=band, show_settings=False)


def spot_the_red_flags(chat_id: str | None = None) -> RedFlagWidget:
    """Tick the warning signs in a fictional chat (the first conversation unless ``chat_id``)."""
    return red_flag_widget(chat_id, show_settings=False)


def myths_and_facts() -> MythCardsWidget:
    """Statements often heard about sextortion, each revealed as myth or fact."""
    return myth_cards_widget(show_settings=False)


def what_happened() -> LawWidget:
    """The "what happened?" exercise: tick the facts of a fictional case, see the offences."""
    return what_happened_widget(show_settings=False)


__all__ = [
    "ContentError",
    "age_band_picker",
    "asking_for_help",
    "figures_to_quote",
    "fines_chart",
    "get_age_band",
    "get_language",
    "guide",
    "help_box",
    "language_and_age",
    "language_picker",
    "law_sources",
    "load_content",
    "loiret_figures",
    "minor_victim_chart",
    "myths_and_facts",
    "notebook_map",
    "penalty_chart",
    "quiz",
    "right_now_box",
    "set_age_band",
    "set_language",
    "show_timeline",
    "spot_the_red_flags",
    "stage_overview",
    "what_happened",
]
