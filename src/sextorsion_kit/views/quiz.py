"""The quiz as ipywidgets: one question at a time, feedback on every answer, keyboard-usable.

All rules live in :mod:`quiz_engine`; this module only shows its state and passes clicks on.
Tests drive it like a student: set a widget's ``value``, call ``button.click()``, read
``feedback.value``.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from ..content import load_content
from ..content.labels import label
from ..content.models import (
    AgeBand,
    MultipleChoice,
    Ordering,
    Question,
    RolePlay,
    SingleChoice,
    Text,
    TrueFalse,
)
from ..i18n import Language, get_language, on_language_change
from ..logic.quiz import Note, Presented, QuizSession, Verdict
from ..text import colon
from .help_box import render_help
from .pickers import get_age_band, on_age_band_change
from .ui import chat_html, kit_style, styled

BIG = "font-size:1.15em;line-height:1.45"
FULL_WIDTH = widgets.Layout(width="100%", max_width="52em")


def _t(text: Text, language: Language) -> str:
    return escape(text.in_language(language))


def headline(verdict: Verdict, language: Language) -> str:
    key = "right" if verdict.correct else "partial" if verdict.partial else "wrong"
    return f"<p style='font-weight:bold;font-size:1.2em;margin:0.3em 0'>{label(key, language)}</p>"


def _note_line(question: Question, index: int, note: Note, place: int, language: Language) -> str:
    """One option or step: a mark, its text, what the student did in words, and why."""
    if isinstance(question, SingleChoice):
        correct = question.options[index].correct
        mark = "✔" if correct else "✘"
        said = [label("the_right_one", language)] if correct else []
        said += [label("your_answer", language)] if note.chosen else []
        detail = f" <em>({', '.join(said)})</em>" if said else ""
    elif isinstance(question, MultipleChoice):
        mark = "✔" if note.right else "✘"
        did = label("ticked" if note.chosen else "not_ticked", language)
        should = label(
            "should_tick" if question.options[index].correct else "should_not_tick", language
        )
        detail = f" <em>({did}, {should})</em>"
    else:
        assert isinstance(question, Ordering)
        mark = "✔" if note.right else "✘"
        detail = f" <em>({place + 1}. {_order_detail(question, note, language)})</em>"
    return (
        f"<li><span aria-hidden='true'>{mark}</span> <strong>{_t(note.subject, language)}</strong>"
        f"{detail}<br>{_t(note.explanation, language)}</li>"
    )


def _order_detail(question: Ordering, note: Note, language: Language) -> str:
    """Where a step stands: at its place, anywhere, or which rule it breaks."""
    step = [s.text for s in question.steps].index(note.subject)
    if not question.rules:
        where = label("in_place" if note.right else "not_in_place", language)
        return where.format(right=step + 1)
    rules = question.rules_of(step)
    if not rules:
        return label("order_anywhere", language)
    if note.right:
        return label("order_kept", language)
    return label("order_broken", language).format(
        rules=", ".join(rule.rule.in_language(language) for rule in rules)
    )


def feedback_html(shown: Presented, verdict: Verdict, language: Language) -> str:
    """Every option (in the order shown) or step with a mark, what the student did, and why."""
    question = shown.question
    if isinstance(question, TrueFalse):
        answer = label("true" if question.answer else "false", language)
        body = (
            f"<p>{label('answer_is', language).format(answer=answer)}</p>"
            f"<p>{_t(verdict.notes[0].explanation, language)}</p>"
        )
    else:
        if isinstance(question, Ordering):
            lines = [(i, note, i) for i, note in enumerate(verdict.notes)]
        else:
            lines = [
                (index, verdict.notes[index], place) for place, index in enumerate(shown.order)
            ]
        items = "".join(_note_line(question, i, note, place, language) for i, note, place in lines)
        body = f"<ul style='list-style:none;padding-left:0.2em'>{items}</ul>"
    summary = f"<p>{_t(verdict.summary, language)}</p>" if verdict.summary else ""
    return f"<div role='status' style='{BIG}'>{headline(verdict, language)}{body}{summary}</div>"


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
        title = f"<h3 style='margin:0.2em 0'>{_t(quiz.title, language)}</h3>"
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
            f"<p style='{BIG}'>{_t(quiz.introduction, language)}</p>" if session.index == 0 else ""
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
        return widgets.HTML(f"<p style='{BIG};font-weight:bold'>{_t(text, language)}</p>")

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
                f"<span style='{BIG}'>{position + 1}. {_t(step.text, language)}</span>"
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
        takeaways = "".join(f"<li>{_t(t, language)}</li>" for t in self.session.quiz.takeaways)
        lines.append(f"<h4>{label('remember', language)}</h4><ul style='{BIG}'>{takeaways}</ul>")
        lines.append(render_help(load_content().help_channels, language))
        return "".join(lines)


class RolePlayPanel(widgets.VBox):
    """A role-play scene: narration, chat, choices; feedback on the last choice; rewind, restart."""

    def __init__(self, view: QuizView, shown: Presented, language: Language):
        super().__init__(layout=FULL_WIDTH)
        self.view, self.shown = view, shown
        run = shown.run
        assert run is not None and isinstance(shown.question, RolePlay)
        parts = [f"<p style='{BIG}'>{_t(shown.question.prompt, language)}</p>"]
        if run.last_choice is not None:
            choice = run.last_choice
            mark = "✔" if choice.good else "✘"
            parts.append(
                f"<div role='status' style='{BIG};border-left:5px solid #555;padding-left:0.7em'>"
                f"<strong>{label('your_choice', language)}{colon(language)}{mark} {_t(choice.text, language)}</strong>"
                f"<br>{_t(choice.feedback, language)}</div>"
            )
        scene = run.scene
        parts.append(f"<p style='{BIG}'>{_t(scene.narration, language)}</p>")
        parts.append(chat_html(scene.chat, language))
        self.choice_buttons: list[widgets.Button] = []
        if run.ending is None:
            parts.append(f"<p style='{BIG};font-weight:bold'>{label('what_now', language)}</p>")
            for index, choice in run.choices():
                button = widgets.Button(
                    description=choice.text.in_language(language),
                    layout=widgets.Layout(width="100%", max_width="52em", height="auto"),
                    style={"font_size": "1.05em"},
                )
                button.on_click(lambda _b, index=index: self.choose(index))
                self.choice_buttons.append(button)
        else:
            parts.append(self._ending_html(language))
        self.text = widgets.HTML("".join(parts))
        self.rewind_button = widgets.Button(
            description=label("rewind", language), disabled=not run.path
        )
        self.restart_button = widgets.Button(
            description=label("restart", language), disabled=not run.path
        )
        self.rewind_button.on_click(lambda _b: self._rewind())
        self.restart_button.on_click(lambda _b: self._restart())
        self.children = [
            self.text,
            *self.choice_buttons,
            widgets.HBox([self.rewind_button, self.restart_button]),
        ]

    def _ending_html(self, language: Language) -> str:
        run = self.shown.run
        assert run is not None and run.ending is not None
        verdict = run.verdict()
        review = "".join(
            f"<li><span aria-hidden='true'>{'✔' if n.right else '✘'}</span> {_t(n.subject, language)}</li>"
            for n in verdict.notes
        )
        return (
            f"<div role='status' style='{BIG};border:3px solid #0072B2;border-radius:8px;padding:0.6em'>"
            f"<p><strong>{label('ending_' + run.ending.tone, language)}</strong></p>"
            f"<h4 style='margin:0.2em 0'>{_t(run.ending.title, language)}</h4>"
            f"<p>{_t(run.ending.message, language)}</p>"
            f"<p><strong>{label('path_review', language)}</strong></p><ul>{review}</ul></div>"
        )

    def choose(self, index: int) -> None:
        run = self.shown.run
        assert run is not None
        run.choose(index)
        if run.ending is not None:
            self.view.session.finish_role_play()
        self.view.render()

    def _rewind(self) -> None:
        assert self.shown.run is not None
        self.shown.run.rewind()
        self.view.render()

    def _restart(self) -> None:
        assert self.shown.run is not None
        self.shown.run.restart()
        self.view.render()


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
