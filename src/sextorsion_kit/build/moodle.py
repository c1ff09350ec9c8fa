"""The quizzes as a Moodle (Éléa) question bank: Moodle XML and GIFT, in French and English.

Mapping: single choice -> ``multichoice`` (one answer); multiple choice -> ``multichoice``
with right options sharing 100 % and wrong ones sharing -100 %; true/false -> ``truefalse``;
ordering -> ``ordering`` (Moodle 4.4 and later) plus a ``matching`` fallback file. Role-plays,
and quizzes marked ``moodle: false`` (the bystander dilemma), are not exported. Every
option keeps its feedback; the quiz's help line (its last takeaway) is the general feedback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ..content.models import (
    AgeBand,
    MultipleChoice,
    Ordering,
    Question,
    Quiz,
    SingleChoice,
    TrueFalse,
)
from ..i18n import Language

EXPORTED = (SingleChoice, MultipleChoice, TrueFalse, Ordering)
GIFT_KINDS = (SingleChoice, MultipleChoice, TrueFalse)
BANK = "banque_complete"
BAND_NAMES: dict[tuple[AgeBand, ...], str] = {
    ("11-14",): "11-14",
    ("15-18",): "15-18",
    ("11-14", "15-18"): "11-18",
}


@dataclass(frozen=True)
class Written:
    """One file of the export and what it holds."""

    path: Path
    questions: int
    kind: str  # "xml", "gift" or "matching"
    language: Language


def exported_questions(quiz: Quiz) -> list[Question]:
    """The questions of ``quiz`` that Moodle can hold (none when the quiz opts out)."""
    if not quiz.moodle:
        return []
    return [q for q in quiz.questions if isinstance(q, EXPORTED)]


def category(quiz: Quiz, question: Question, language: Language) -> str:
    """``$course$/Sextorsion/<quiz title>/<ages>``; a slash in a title is doubled, as Moodle wants."""
    title = quiz.title.in_language(language).replace("/", "//")
    return f"$course$/Sextorsion/{title}/{BAND_NAMES[tuple(sorted(question.ages))]}"


def question_name(quiz: Quiz, question: Question) -> str:
    """A stable name: the quiz and question ids, the same in every export."""
    return f"{quiz.id}/{question.id}"


def id_number(quiz: Quiz, question: Question, language: Language) -> str:
    return f"sxk-{quiz.id}-{question.id}-{language}"


def html(text: str) -> str:
    """A kit text as a paragraph of HTML (the kit's texts are plain)."""
    return f"<p>{escape(text, quote=False)}</p>"


def fractions(question: MultipleChoice) -> list[float]:
    """Right options share 100 %, wrong ones share -100 %: ticking everything scores 0."""
    right = sum(o.correct for o in question.options)
    wrong = len(question.options) - right
    return [100 / right if o.correct else -100 / wrong for o in question.options]


def percent(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


# --- Moodle XML ------------------------------------------------------------------------


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _text(tag: str, content: str, attributes: str = ' format="html"') -> str:
    return f"<{tag}{attributes}><text>{cdata(content)}</text></{tag}>"


def _general_feedback(quiz: Quiz, language: Language, before: str = "") -> str:
    return _text("generalfeedback", before + html(quiz.takeaways[-1].in_language(language)))


def _head(quiz: Quiz, question: Question, language: Language, kind: str, text: str) -> list[str]:
    return [
        f'<question type="{kind}">',
        f"<name><text>{escape(question_name(quiz, question))}</text></name>",
        _text("questiontext", html(text)),
        f"<idnumber>{escape(id_number(quiz, question, language))}</idnumber>",
        "<defaultgrade>1</defaultgrade>",
        "<penalty>0.3333333</penalty>",
        "<hidden>0</hidden>",
    ]


def _choices_xml(quiz: Quiz, question: SingleChoice | MultipleChoice, language: Language) -> str:
    single = isinstance(question, SingleChoice)
    weights = (
        [100.0 if o.correct else 0.0 for o in question.options] if single else fractions(question)
    )
    parts = _head(quiz, question, language, "multichoice", question.prompt.in_language(language))
    parts += [
        _general_feedback(quiz, language),
        f"<single>{'true' if single else 'false'}</single>",
        "<shuffleanswers>true</shuffleanswers>",
        "<answernumbering>abc</answernumbering>",
    ]
    for option, weight in zip(question.options, weights, strict=True):
        parts.append(
            f'<answer fraction="{percent(weight)}" format="html">'
            f"<text>{cdata(html(option.text.in_language(language)))}</text>"
            f"{_text('feedback', html(option.feedback.in_language(language)))}</answer>"
        )
    return "\n".join([*parts, "</question>"])


def _true_false_xml(quiz: Quiz, question: TrueFalse, language: Language) -> str:
    parts = _head(quiz, question, language, "truefalse", question.statement.in_language(language))
    parts.append(_general_feedback(quiz, language))
    explanation = _text("feedback", html(question.explanation.in_language(language)))
    for value in (True, False):
        weight = 100 if value == question.answer else 0
        parts.append(
            f'<answer fraction="{weight}" format="moodle_auto_format">'
            f"<text>{'true' if value else 'false'}</text>{explanation}</answer>"
        )
    return "\n".join([*parts, "</question>"])


def _steps_feedback(question: Ordering, language: Language) -> str:
    """Every step's "why", in a right order, then what may move (Moodle scores one order)."""
    steps = "".join(
        f"<li>{escape(s.text.in_language(language), quote=False)} — "
        f"{escape(s.why.in_language(language), quote=False)}</li>"
        for s in question.steps
    )
    return f"<ol>{steps}</ol>{html(question.explanation.in_language(language))}"


def _ordering_xml(quiz: Quiz, question: Ordering, language: Language) -> str:
    parts = _head(quiz, question, language, "ordering", question.prompt.in_language(language))
    parts += [
        _general_feedback(quiz, language, _steps_feedback(question, language)),
        "<layouttype>VERTICAL</layouttype>",
        "<selecttype>ALL</selecttype>",
        "<selectcount>0</selectcount>",
        "<gradingtype>RELATIVE_TO_CORRECT</gradingtype>",
        "<showgrading>SHOW</showgrading>",
        "<numberingstyle>none</numberingstyle>",
    ]
    for place, step in enumerate(question.steps, start=1):
        parts.append(
            f'<answer fraction="{place}" format="html">'
            f"<text>{cdata(html(step.text.in_language(language)))}</text></answer>"
        )
    return "\n".join([*parts, "</question>"])


def _matching_xml(quiz: Quiz, question: Ordering, language: Language) -> str:
    """For Moodle before 4.4: match each step with its place in a right order."""
    parts = _head(quiz, question, language, "matching", question.prompt.in_language(language))
    parts += [
        _general_feedback(quiz, language, _steps_feedback(question, language)),
        "<shuffleanswers>true</shuffleanswers>",
    ]
    for place, step in enumerate(question.steps, start=1):
        parts.append(
            f'<subquestion format="html"><text>{cdata(html(step.text.in_language(language)))}'
            f"</text><answer><text>{place}</text></answer></subquestion>"
        )
    return "\n".join([*parts, "</question>"])


def question_xml(quiz: Quiz, question: Question, language: Language) -> str:
    if isinstance(question, SingleChoice | MultipleChoice):
        return _choices_xml(quiz, question, language)
    if isinstance(question, TrueFalse):
        return _true_false_xml(quiz, question, language)
    if isinstance(question, Ordering):
        return _ordering_xml(quiz, question, language)
    raise TypeError(f"a {question.kind} question is not exported to Moodle")


def _with_categories(
    quizzes: Iterable[Quiz], language: Language, render, keep=lambda _q: True
) -> tuple[str, int]:
    parts, count, current = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"], 0, None
    for quiz in quizzes:
        for question in filter(keep, exported_questions(quiz)):
            path = category(quiz, question, language)
            if path != current:
                parts.append(
                    f'<question type="category"><category><text>{escape(path)}</text>'
                    "</category></question>"
                )
                current = path
            parts.append(render(quiz, question, language))
            count += 1
    return "\n".join([*parts, "</quiz>", ""]), count


def moodle_xml(quizzes: Iterable[Quiz], language: Language) -> tuple[str, int]:
    """The questions of ``quizzes`` as one Moodle XML document, and how many it holds."""
    return _with_categories(quizzes, language, question_xml)


def matching_xml(quizzes: Iterable[Quiz], language: Language) -> tuple[str, int]:
    """The ordering questions as ``matching`` questions, for Moodle before 4.4."""
    return _with_categories(
        quizzes, language, _matching_xml, lambda q: isinstance(q, Ordering)
    )


# --- GIFT -----------------------------------------------------------------------------

GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")


def gift_escape(text: str) -> str:
    """Backslash before ``~ = # { } :`` and ``\\``; a new line becomes ``\\n``."""
    return GIFT_SPECIAL.sub(r"\\\1", text).replace("\n", "\\n")


def gift_html(text: str) -> str:
    return gift_escape(html(text))


def question_gift(quiz: Quiz, question: Question, language: Language) -> str:
    """One question in GIFT: name, [html] text, answers with feedback, general feedback."""
    name = gift_escape(question_name(quiz, question))
    general = "####" + gift_html(quiz.takeaways[-1].in_language(language))
    if isinstance(question, TrueFalse):
        why = gift_html(question.explanation.in_language(language))
        answer = "TRUE" if question.answer else "FALSE"
        text = gift_html(question.statement.in_language(language))
        return f"::{name}::[html]{text}{{{answer}#{why}#{why}{general}}}"
    if not isinstance(question, SingleChoice | MultipleChoice):
        raise TypeError(f"GIFT cannot hold a {question.kind} question")
    if isinstance(question, SingleChoice):
        marks = ["=" if o.correct else "~" for o in question.options]
    else:
        marks = [f"~%{percent(w)}%" for w in fractions(question)]
    answers = "\n".join(
        f"{mark}{gift_html(o.text.in_language(language))}"
        f"#{gift_html(o.feedback.in_language(language))}"
        for mark, o in zip(marks, question.options, strict=True)
    )
    text = gift_html(question.prompt.in_language(language))
    return f"::{name}::[html]{text}{{\n{answers}\n{general}\n}}"


def gift(quizzes: Iterable[Quiz], language: Language) -> tuple[str, int]:
    """Every question GIFT can hold, by category, and how many were written."""
    parts, count, current = [], 0, None
    for quiz in quizzes:
        for question in exported_questions(quiz):
            if not isinstance(question, GIFT_KINDS):
                continue
            path = category(quiz, question, language)
            if path != current:
                parts.append(f"$CATEGORY: {path}")
                current = path
            parts.append(question_gift(quiz, question, language))
            count += 1
    return "\n\n".join(parts) + "\n", count


# --- files ----------------------------------------------------------------------------


def write_bank(quizzes: list[Quiz], target: Path) -> list[Written]:
    """Every file of the export into ``target``: per quiz and language, the whole bank, GIFT."""
    target.mkdir(parents=True, exist_ok=True)
    written: list[Written] = []

    def save(name: str, content: tuple[str, int], kind: str, language: Language) -> None:
        text, count = content
        if count:
            path = target / name
            path.write_text(text, encoding="utf-8")
            written.append(Written(path, count, kind, language))

    for language in ("fr", "en"):
        for quiz in quizzes:
            save(f"{quiz.id}_{language}.xml", moodle_xml([quiz], language), "xml", language)
        save(f"{BANK}_{language}.xml", moodle_xml(quizzes, language), "xml", language)
        save(f"{BANK}_{language}.gift.txt", gift(quizzes, language), "gift", language)
        save(f"ordre_matching_{language}.xml", matching_xml(quizzes, language), "matching", language)
    return written
