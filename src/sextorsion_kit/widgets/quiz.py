"""The quiz as a front-end widget: Python prepares the data, the browser plays the quiz.

:func:`quiz_data` turns a validated quiz into what the widget's ES module needs: the quiz in
both languages with both age bands, the presentation the Python engine would give for each
band (which questions, options and steps in which order), the interface labels and the help
box in both languages. Choosing, checking, feedback, moving between questions, the score,
role-plays and the language and age-band switches then run in the browser with no kernel
round trip, so the widget also works from saved widget state in static pages and decks.

The rules themselves (is this answer right, where does this choice lead) are evaluated by
``js/rules.js``, the JavaScript twin of :mod:`sextorsion_kit.logic.quiz`.
"""

from __future__ import annotations

from typing import Any

import traitlets

from ..content import load_content
from ..content.models import AGE_BANDS, AgeBand, Quiz
from ..i18n import LANGUAGES
from ..logic.quiz import QuizSession
from ..text import colon
from .base import BandedWidget, labels_in_both, language_names
from .front_end import bundle, stylesheet
from .help import render_help

# Every interface label quiz.js asks for (tests check the two lists agree).
LABEL_KEYS: tuple[str, ...] = (
    # navigation and progress
    "check", "previous", "next", "finish", "again", "progress",
    # feedback
    "right", "partial", "wrong", "your_answer", "the_right_one", "ticked", "not_ticked",
    "should_tick", "should_not_tick", "true", "false", "answer_is", "pick_one", "tick_some",
    # ordering
    "order_help", "move_up", "move_down", "in_place", "not_in_place", "order_anywhere",
    "order_kept", "order_broken",
    # role-play
    "your_choice", "what_now", "rewind", "restart", "ending_safe", "ending_mixed",
    "ending_hard", "path_review",
    # result
    "score", "unanswered", "remember",
    # settings
    "not_for_band", "language", "age_band", "band_11_14", "band_15_18",
)  # fmt: skip


def presentation(quiz: Quiz, band: AgeBand, count: int | None, seed: int | None) -> dict | None:
    """What a :class:`QuizSession` shows for ``band``: question indexes and display orders.

    ``None`` when the quiz has no question for that band (the widget then says which ages
    it is for). ``orders[n]`` maps display position to index in the file for the options or
    steps of the n-th question shown; it is empty for true/false questions and role-plays.
    """
    try:
        session = QuizSession(quiz, band=band, count=count, seed=seed)
    except ValueError:
        return None
    index_of = {question.id: n for n, question in enumerate(quiz.questions)}
    return {
        "questions": [index_of[shown.question.id] for shown in session.questions],
        "orders": [list(shown.order) for shown in session.questions],
    }


def quiz_data(quiz: Quiz, count: int | None = None, seed: int | None = 0) -> dict[str, Any]:
    """Everything the front end needs about ``quiz``, in both languages and both age bands."""
    help_channels = load_content().help_channels
    return {
        "quiz": quiz.model_dump(mode="json"),
        "sessions": {band: presentation(quiz, band, count, seed) for band in AGE_BANDS},
        "labels": labels_in_both(LABEL_KEYS),
        "help_html": {lang: render_help(help_channels, lang) for lang in LANGUAGES},
        "colon": {lang: colon(lang) for lang in LANGUAGES},
        "language_names": language_names(),
    }


class QuizWidget(BandedWidget):
    """A quiz played in the browser; Python only hands it the data and the settings.

    ``language`` and ``age_band`` are synced both ways: the widget's own switches change
    them in the browser at once (and the kit's settings, when the kernel is there), and
    ``set_language`` / ``set_age_band`` in Python change what the widget shows.
    """

    quiz = traitlets.Dict().tag(sync=True)
    sessions = traitlets.Dict().tag(sync=True)
    help_html = traitlets.Dict().tag(sync=True)
    colon = traitlets.Dict().tag(sync=True)
    # Sent back by the browser when the result is shown: {points, answered, total}. Anonymous.
    result = traitlets.Dict(allow_none=True, default_value=None).tag(sync=True)

    def __init__(
        self,
        quiz: Quiz,
        band: AgeBand | None = None,
        count: int | None = None,
        seed: int | None = 0,
        show_settings: bool = True,
    ):
        # Read when a widget is made, not at import: the data above needs no front end.
        self._esm, self._css = bundle("quiz.js"), stylesheet("quiz.css")
        super().__init__(
            **quiz_data(quiz, count, seed),
            band=band,
            show_settings=show_settings,
        )


def quiz_widget(
    quiz_id: str,
    band: AgeBand | None = None,
    seed: int | None = 0,
    count: int | None = None,
    show_settings: bool = True,
) -> QuizWidget:
    """Play quiz ``quiz_id`` in the browser, for one age band or the session's.

    Without ``band`` the widget follows the age band chosen with ``age_band_picker()`` (and
    its own switch sets it). Options are shuffled with ``seed`` exactly as ``quiz()`` would
    shuffle them; ``show_settings=False`` hides the widget's language and age switches.
    """
    quizzes = load_content().quizzes
    if quiz_id not in quizzes:
        raise KeyError(f"no quiz {quiz_id!r}; known: {', '.join(sorted(quizzes))}")
    return QuizWidget(
        quizzes[quiz_id], band=band, count=count, seed=seed, show_settings=show_settings
    )
