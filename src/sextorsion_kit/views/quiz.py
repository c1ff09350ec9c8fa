"""The quiz as ipywidgets: one question at a time, feedback on every answer, keyboard-usable.

All rules live in :mod:`sextorsion_kit.logic.quiz`; this module only shows its state and passes clicks on.
Tests drive it like a student: set a widget's ``value``, call ``button.click()``, read
``feedback.value``.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..content import load_content
from ..content.labels import label
from ..content.models import (
    AgeBand,
    MultipleChoice,
    Ordering,
    RolePlay,
    SingleChoice,
    Text,
    TrueFalse,
)
from ..i18n import Language, get_language, on_language_change
from ..logic.quiz import Presented, QuizSession
from .help_box import render_help
from .pickers import get_age_band, on_age_band_change
from .quiz_feedback import feedback_html
from .role_play import FULL_WIDTH, RolePlayPanel
from .ui import BIG, html_text, kit_style, styled


class QuizView(widgets.VBox):
    """A quiz a student plays with the mouse or the keyboard."""

    def __init__(self, session: QuizSession, follow_age_band: bool = False):
        super().__init__(layout=FULL_WIDTH)
        self.session = session
        self.unavailable: str | None = None  # ages the quiz is for, when not the chosen band
        self.drafts: dict[int, object] = {}
        self.finished = False
        self.header = widgets.HTML()
        self.body = widgets.VBox(layout=FULL_WIDTH)
        self.feedback = widgets.HTML()
        self.check_button = widgets.Button(button_style="primary")
        self.previous_button = widgets.Button()
        self.next_button = widgets.Button()
        self.check_button.on_click(self._check)
        self.previous_button.on_click(self._previous)
        self.next_button.on_click(self._next)
        self.panel: widgets.Widget | None = None
        self.navigation = widgets.HBox()
        self.style = kit_style()
        styled(self)
        on_language_change(self._language_changed)
        if follow_age_band:
            on_age_band_change(self._age_band_changed)
            self._age_band_changed(get_age_band(), render=False)
        self.render()

    # --- events ---------------------------------------------------------------------

    def _language_changed(self, _language: Language) -> None:
        self.render()

    def _age_band_changed(self, band: AgeBand | None, render: bool = True) -> None:
        """Start again with the questions for ``band``, or say the quiz is for other ages."""
        try:
            self.session = self.session.for_band(band)
            self.unavailable = None
        except ValueError:
            self.unavailable = " / ".join(self.session.quiz.ages)
        self.drafts.clear()
        self.finished = False
        if render:
            self.render()

    def _check(self, _button: widgets.Button | None = None) -> None:
        response = self._response()
        if response is None:
            key = (
                "tick_some"
                if isinstance(self.session.current.question, MultipleChoice)
                else ("pick_one")
            )
            self.feedback.value = f"<p role='status' style='{BIG}'>{label(key)}</p>"
            return
        verdict = self.session.answer(response)
        self.feedback.value = feedback_html(self.session.current, verdict, get_language())

    def _previous(self, _button: widgets.Button | None = None) -> None:
        if self.finished:
            self.finished = False
        else:
            self.session.previous()
        self.render()

    def _next(self, _button: widgets.Button | None = None) -> None:
        if self.finished:
            for shown in self.session.questions:
                shown.attempts.clear()
                if shown.run is not None:
                    shown.run.restart()
            self.drafts.clear()
            self.session.go_to(0)
            self.finished = False
        elif not self.session.next():
            self.finished = True
        self.render()

    # --- drawing -----------------------------------------------------------------------

    def render(self) -> None:
        language = get_language()
        quiz, session = self.session.quiz, self.session
        self.check_button.description = label("check", language)
        self.previous_button.description = label("previous", language)
        title = f"<h3 style='margin:0.2em 0'>{html_text(quiz.title, language)}</h3>"
        if self.unavailable is not None:
            message = label("not_for_band", language).format(ages=self.unavailable)
            self.header.value = f"{title}<p style='{BIG}'><em>{message}</em></p>"
            self.body.children = []
            self._show([], with_feedback=False)
            return
        if self.finished:
            self.header.value = title
            self.body.children = [widgets.HTML(self._result_html(language))]
            self.feedback.value = ""
            self.next_button.description = label("again", language)
            self.previous_button.disabled = False
            self._show([self.previous_button, self.next_button], with_feedback=False)
            return
        progress = label("progress", language).format(
            n=session.index + 1, total=len(session.questions)
        )
        intro = (
            f"<p style='{BIG}'>{html_text(quiz.introduction, language)}</p>" if session.index == 0 else ""
        )
        self.header.value = f"{title}{intro}<p aria-live='polite'><strong>{progress}</strong></p>"
        shown = session.current
        self.panel = self._panel(shown, language)
        self.body.children = [self.panel]
        last = shown.attempts[-1] if shown.attempts else None
        is_role_play = isinstance(shown.question, RolePlay)
        self.feedback.value = (
            feedback_html(shown, last, language) if last and not is_role_play else ""
        )
        self.previous_button.disabled = session.index == 0
        at_end = session.index == len(session.questions) - 1
        self.next_button.description = label("finish" if at_end else "next", language)
        buttons = [self.previous_button, self.next_button]
        if not is_role_play:
            buttons.insert(0, self.check_button)
        self._show(buttons, with_feedback=True)

    def _show(self, buttons: list[widgets.Button], with_feedback: bool) -> None:
        """Set the layout, keeping unchanged containers so keyboard focus stays where it was."""
        if tuple(buttons) != self.navigation.children:
            self.navigation.children = buttons
        children = [self.style, self.header, self.body, self.navigation]
        if with_feedback:
            children.insert(3, self.feedback)
        if tuple(children) != self.children:
            self.children = children

    def _panel(self, shown: Presented, language: Language) -> widgets.Widget:
        question = shown.question
        if isinstance(question, SingleChoice):
            return self._single_panel(shown, language)
        if isinstance(question, MultipleChoice):
            return self._multiple_panel(shown, language)
        if isinstance(question, TrueFalse):
            return self._true_false_panel(shown, language)
        if isinstance(question, Ordering):
            return self._order_panel(shown, language)
        return RolePlayPanel(self, shown, language)

    def _prompt(self, text: Text, language: Language) -> widgets.HTML:
        return widgets.HTML(f"<p style='{BIG};font-weight:bold'>{html_text(text, language)}</p>")

    def _single_panel(self, shown: Presented, language: Language) -> widgets.Widget:
        question = shown.question
        assert isinstance(question, SingleChoice)
        options = [
            (question.options[i].text.in_language(language), place)
            for place, i in enumerate(shown.order)
        ]
        radios = widgets.RadioButtons(
            options=options, value=self.drafts.get(self.session.index), layout=FULL_WIDTH
        )
        radios.observe(lambda change: self._draft(change["new"]), names="value")
        self.options = radios
        return widgets.VBox([self._prompt(question.prompt, language), radios])

    def _multiple_panel(self, shown: Presented, language: Language) -> widgets.Widget:
        question = shown.question
        assert isinstance(question, MultipleChoice)
        ticked: set[int] = set(self.drafts.get(self.session.index, set()))  # type: ignore[arg-type]
        boxes = []
        for place, index in enumerate(shown.order):
            box = widgets.Checkbox(
                value=place in ticked,
                description=question.options[index].text.in_language(language),
                indent=False,
                layout=FULL_WIDTH,
            )
            box.observe(lambda change, place=place: self._tick(place, change["new"]), names="value")
            boxes.append(box)
        self.options = boxes
        return widgets.VBox([self._prompt(question.prompt, language), *boxes])

    def _true_false_panel(self, shown: Presented, language: Language) -> widgets.Widget:
        question = shown.question
        assert isinstance(question, TrueFalse)
        radios = widgets.RadioButtons(
            options=[(label("true", language), True), (label("false", language), False)],
            value=self.drafts.get(self.session.index),
        )
        radios.observe(lambda change: self._draft(change["new"]), names="value")
        self.options = radios
        return widgets.VBox([self._prompt(question.statement, language), radios])

    def _order_panel(self, shown: Presented, language: Language) -> widgets.Widget:
        question = shown.question
        assert isinstance(question, Ordering)
        arrangement = self.drafts.setdefault(self.session.index, list(range(len(shown.order))))
        assert isinstance(arrangement, list)
        rows = []
        self.move_buttons: list[tuple[widgets.Button, widgets.Button]] = []
        for position, place in enumerate(arrangement):
            step = question.steps[shown.order[place]]
            up = widgets.Button(
                description="↑",
                tooltip=label("move_up", language),
                disabled=position == 0,
                layout=widgets.Layout(width="3em"),
            )
            down = widgets.Button(
                description="↓",
                tooltip=label("move_down", language),
                disabled=position == len(arrangement) - 1,
                layout=widgets.Layout(width="3em"),
            )
            up.on_click(lambda _b, p=position: self.move(p, -1))
            down.on_click(lambda _b, p=position: self.move(p, +1))
            self.move_buttons.append((up, down))
            text = widgets.HTML(
                f"<span style='{BIG}'>{position + 1}. {html_text(step.text, language)}</span>"
            )
            rows.append(widgets.HBox([up, down, text]))
        help_text = widgets.HTML(f"<p><em>{label('order_help', language)}</em></p>")
        return widgets.VBox([self._prompt(question.prompt, language), help_text, *rows])

    def move(self, position: int, offset: int) -> None:
        """Move the step shown at ``position`` up (-1) or down (+1)."""
        arrangement = self.drafts[self.session.index]
        assert isinstance(arrangement, list)
        target = position + offset
        if 0 <= target < len(arrangement):
            arrangement[position], arrangement[target] = arrangement[target], arrangement[position]
            self.render()

    def _draft(self, value: object) -> None:
        self.drafts[self.session.index] = value

    def _tick(self, place: int, ticked: bool) -> None:
        chosen = set(self.drafts.get(self.session.index, set()))  # type: ignore[arg-type]
        (chosen.add if ticked else chosen.discard)(place)
        self.drafts[self.session.index] = chosen

    def _response(self) -> object:
        question = self.session.current.question
        draft = self.drafts.get(self.session.index)
        if isinstance(question, MultipleChoice):
            return frozenset(draft) if draft else None  # type: ignore[arg-type]
        if isinstance(question, Ordering):
            return tuple(draft)  # type: ignore[arg-type]
        return draft

    def _result_html(self, language: Language) -> str:
        result = self.session.result()
        points = f"{result.points:g}"
        lines = [
            f"<p style='{BIG};font-weight:bold'>"
            f"{label('score', language).format(points=points, total=result.total)}</p>"
        ]
        if result.answered < result.total:
            missing = result.total - result.answered
            lines.append(f"<p>{label('unanswered', language).format(count=missing)}</p>")
        takeaways = "".join(f"<li>{html_text(t, language)}</li>" for t in self.session.quiz.takeaways)
        lines.append(f"<h4>{label('remember', language)}</h4><ul style='{BIG}'>{takeaways}</ul>")
        lines.append(render_help(load_content().help_channels, language))
        return "".join(lines)


def quiz(
    quiz_id: str, band: AgeBand | None = None, count: int | None = None, seed: int | None = 0
) -> QuizView:
    """Play quiz ``quiz_id`` (a file in ``quizzes/``), for one age band or the session's.

    Without ``band``, the quiz follows the age band chosen with ``age_band_picker()``.

    Answers are shuffled with ``seed`` (the same order each time by default, so saved
    notebooks stay stable); ``seed=None`` gives a new order on every run.
    """
    quizzes = load_content().quizzes
    if quiz_id not in quizzes:
        raise KeyError(f"no quiz {quiz_id!r}; known: {', '.join(sorted(quizzes))}")
    session = QuizSession(quizzes[quiz_id], band=band, count=count, seed=seed)
    return QuizView(session, follow_age_band=band is None)
