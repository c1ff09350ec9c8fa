"""Front-end widgets (anywidget): Python prepares validated data, the browser runs the activity.

Each widget's ES module lives in ``js/`` and is bundled with the shared ``js/dom.js`` and
``js/rules.js`` by :mod:`.front_end`; the interaction needs no kernel, so it also works in
static pages and decks. Every widget of a page shares one settings model (:mod:`.settings`).
"""

from .law import LawWidget, what_happened_widget
from .myths import MythCardsWidget, myth_cards_widget
from .quiz import QuizWidget, quiz_data, quiz_widget
from .red_flags import RedFlagWidget, red_flag_widget
from .timeline import TimelineWidget, stage_overview_widget, timeline_widget

__all__ = [
    "LawWidget",
    "MythCardsWidget",
    "QuizWidget",
    "RedFlagWidget",
    "TimelineWidget",
    "myth_cards_widget",
    "quiz_data",
    "quiz_widget",
    "red_flag_widget",
    "stage_overview_widget",
    "timeline_widget",
    "what_happened_widget",
]
