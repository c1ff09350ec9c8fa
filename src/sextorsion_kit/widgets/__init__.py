"""Front-end widgets (anywidget): Python prepares validated data, the browser runs the activity.

Each widget's ES module lives in ``js/`` and is bundled with the shared ``js/rules.js`` by
:mod:`.front_end`; the interaction needs no kernel, so it also works in static pages and decks.
"""

from .quiz import QuizWidget, quiz_data, quiz_widget

__all__ = ["QuizWidget", "quiz_data", "quiz_widget"]
