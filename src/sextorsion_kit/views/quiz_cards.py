"""Quiz questions as projector cards: the question on one slide step, the answer on the next.

The class answers aloud before the adult reveals the answer (slides of notebook 02).
"""

from __future__ import annotations

import random

from ..content import load_content
from ..content.labels import label
from ..content.models import (
    MultipleChoice,
    Ordering,
    Question,
    RolePlay,
    SingleChoice,
    Text,
    TrueFalse,
)
from ..i18n import Language, get_language
from ..logic.quiz import shuffled_order
from ..text import typeset
from .ui import chat_html, html_text

CARD = (
    "border:3px solid #0072B2;border-radius:10px;padding:0.8em 1.2em;font-size:1.3em;"
    "line-height:1.5;max-width:46em;color:#111;background:#fff"
)
LETTERS = "ABCDEFGH"


def find_question(quiz_id: str, question_id: str) -> Question:
    quiz = load_content().quizzes[quiz_id]
    for question in quiz.questions:
        if question.id == question_id:
            return question
    raise KeyError(f"quiz {quiz_id!r} has no question {question_id!r}")


def _step_order(question: Ordering) -> tuple[int, ...]:
    """The same mixed order on every run (seeded by the question's id)."""
    return shuffled_order(len(question.steps), random.Random(question.id), avoid_identity=True)


def _lettered(texts: list[Text], language: Language) -> str:
    """Options as A, B, C... so the class can answer aloud."""
    items = "".join(
        f"<li><strong>{LETTERS[n]}.</strong> {html_text(text, language)}</li>"
        for n, text in enumerate(texts)
    )
    return f"<ul style='list-style:none'>{items}</ul>"


def render_question_card(question: Question, language: Language) -> str:
    """The question alone, options lettered so the class can answer aloud."""
    if isinstance(question, TrueFalse):
        body = (
            f"<p><strong>{html_text(question.statement, language)}</strong></p>"
            f"<p>{typeset(label('true', language) + ' / ' + label('false', language) + ' ?', language)}</p>"
        )
    elif isinstance(question, (SingleChoice, MultipleChoice)):
        options = _lettered([o.text for o in question.options], language)
        body = f"<p><strong>{html_text(question.prompt, language)}</strong></p>{options}"
    elif isinstance(question, Ordering):
        steps = _lettered([question.steps[i].text for i in _step_order(question)], language)
        body = f"<p><strong>{html_text(question.prompt, language)}</strong></p>{steps}"
    else:
        assert isinstance(question, RolePlay)
        scene = question.scene(question.start)
        body = (
            f"<p>{html_text(question.prompt, language)}</p><p>{html_text(scene.narration, language)}</p>"
            f"{chat_html(scene.chat, language)}<p><strong>{label('what_now', language)}</strong></p>"
            + _lettered([c.text for c in scene.choices], language)
        )
    return f"<div style='{CARD}'>{body}</div>"


def render_answer_card(question: Question, language: Language) -> str:
    """The answer, short enough to read from the back of the room, and why."""
    if isinstance(question, TrueFalse):
        answer = label("true" if question.answer else "false", language)
        body = (
            f"<p><strong>{label('answer_is', language).format(answer=answer)}</strong></p>"
            f"<p>{html_text(question.explanation, language)}</p>"
        )
    elif isinstance(question, (SingleChoice, MultipleChoice)):
        marks = " ".join(
            f"<strong>{LETTERS[i]}</strong>&nbsp;{'✔' if o.correct else '✘'}"
            for i, o in enumerate(question.options)
        )
        why = "".join(
            f"<p><strong>{LETTERS[i]}.</strong> {html_text(o.feedback, language)}</p>"
            for i, o in enumerate(question.options)
            if o.correct
        )
        body = f"<p style='font-size:1.2em'>{marks}</p>{why}"
    elif isinstance(question, Ordering):
        letters = {index: LETTERS[n] for n, index in enumerate(_step_order(question))}
        order = " → ".join(f"<strong>{letters[i]}</strong>" for i in range(len(question.steps)))
        free = [letters[i] for i in range(len(question.steps)) if not question.rules_of(i)]
        anywhere = (
            f"<p>{label('order_free_steps', language).format(letters=', '.join(free))}</p>"
            if question.rules and free
            else ""
        )
        body = (
            f"<p style='font-size:1.2em'>{order}</p>{anywhere}"
            f"<p>{html_text(question.explanation, language)}</p>"
        )
    else:
        assert isinstance(question, RolePlay)
        scene = question.scene(question.start)
        body = "".join(
            f"<p><strong>{LETTERS[i]}.</strong> ✔ {html_text(c.feedback, language)}</p>"
            for i, c in enumerate(scene.choices)
            if c.good
        )
    return f"<div style='{CARD}'>{body}</div>"


class Card:
    """An HTML card that notebooks display as a plain output (no kernel needed in slides)."""

    def __init__(self, html: str):
        self.html = html

    def _repr_html_(self) -> str:
        return self.html


def question_card(quiz_id: str, question_id: str) -> Card:
    """Project one quiz question, without its answer."""
    return Card(render_question_card(find_question(quiz_id, question_id), get_language()))


def answer_card(quiz_id: str, question_id: str) -> Card:
    """Project the answer to that question, with the explanation of each option."""
    return Card(render_answer_card(find_question(quiz_id, question_id), get_language()))
