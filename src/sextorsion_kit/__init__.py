"""Sextorsion kit: the functions the notebooks call.

Every view follows the language setting: French by default, English with
``set_language("en")`` or ``SEXTORSION_KIT_LANG=en``.
"""

from .audience import age_band_picker, get_age_band, language_and_age, set_age_band
from .case_explorer import what_happened
from .catalog import notebook_map
from .content import ContentError, load_content
from .figures import figures_to_quote
from .guide import guide
from .help_box import help_box, right_now_box
from .i18n import get_language, set_language
from .law_views import fines_chart, law_sources, loiret_figures, minor_victim_chart, penalty_chart
from .myths import myths_and_facts
from .quiz_cards import answer_card, question_card
from .quiz_view import quiz
from .red_flags import spot_the_red_flags
from .timeline import show_timeline, stage_overview
from .ui import language_picker

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
