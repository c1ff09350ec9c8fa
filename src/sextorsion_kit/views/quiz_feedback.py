"""What a student reads after Check: the verdict and a line for each answer."""

from __future__ import annotations

from ..content.labels import label
from ..content.models import (
    MultipleChoice,
    Ordering,
    Question,
    SingleChoice,
    TrueFalse,
)
from ..i18n import Language
from ..logic.quiz import Note, Presented, Verdict
from .ui import BIG, html_text


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
        f"<li><span aria-hidden='true'>{mark}</span> <strong>{html_text(note.subject, language)}</strong>"
        f"{detail}<br>{html_text(note.explanation, language)}</li>"
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
            f"<p>{html_text(verdict.notes[0].explanation, language)}</p>"
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
    summary = f"<p>{html_text(verdict.summary, language)}</p>" if verdict.summary else ""
    return f"<div role='status' style='{BIG}'>{headline(verdict, language)}{body}{summary}</div>"


