"""Sextorsion kit: the functions the notebooks call.

Every view follows the language setting: French by default, English with
``set_language("en")`` or ``SEXTORSION_KIT_LANG=en``.
"""

from .content import ContentError, load_content
from .i18n import get_language, set_language
from .views.case_explorer import what_happened
from .views.guide import guide
from .views.help_box import help_box, right_now_box
from .views.law import fines_chart, law_sources, loiret_figures, minor_victim_chart, penalty_chart
from .views.myths import myths_and_facts
from .views.notebook_map import notebook_map
from .views.pickers import (
    age_band_picker,
    get_age_band,
    language_and_age,
    language_picker,
    set_age_band,
)
from .views.quiz import quiz
from .views.quiz_cards import answer_card, question_card
from .views.red_flags import spot_the_red_flags
from .views.statistics import figures_to_quote
from .views.timeline import show_timeline, stage_overview

__all__ = [
    "ContentError",
    "age_band_picker",
    "answer_card",
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
    "question_card",
    "quiz",
    "right_now_box",
    "set_age_band",
    "set_language",
    "show_timeline",
    "spot_the_red_flags",
    "stage_overview",
    "what_happened",
]
