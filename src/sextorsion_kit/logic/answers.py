"""The answers a class-pulse session accepts: every question id and option id, and which is right.

A student's browser sends ids only (``check/payer`` and ``continue``, ``reagir/ne-pas-repondre``
and ``1``). Anything not listed here is refused, so nothing a student could type is ever
stored or shown. Options of quiz questions are written in the file's order:

- single choice: the option's index (``"2"``); true or false: ``"true"`` or ``"false"``;
- multiple choice: the ticked indexes, sorted, joined by ``-`` (``"0-2"``);
- ordering: the step indexes in the order placed (``"1-0-2-3"``);
- role-play: the id of the ending scene reached first.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..content import models
from .quiz import check

Phase = Literal["before", "activity", "after"]
PHASES: tuple[Phase, ...] = ("before", "activity", "after")
CHECK_PHASES: frozenset[Phase] = frozenset({"before", "after"})
CHECK_QUIZ = "check"  # the class check's questions are keyed check/<id>
_INDEXES = re.compile(r"(0|[1-9][0-9]?)(-(0|[1-9][0-9]?))*")


@dataclass(frozen=True)
class KnownQuestion:
    """A question a session accepts answers to, in which phases, and how to read them."""

    key: str
    phases: frozenset[Phase]
    prompt: models.Text
    # Options a student can pick from a list, by id, with their text (None: an encoded answer,
    # as a multiple choice or an ordering, read by ``reads``).
    options: dict[str, models.Text] | None
    right: Callable[[str], bool]
    reads: Callable[[str], bool]

    def accepts(self, option: str) -> bool:
        return option in self.options if self.options is not None else self.reads(option)


def _indexes(option: str) -> tuple[int, ...] | None:
    return tuple(int(part) for part in option.split("-")) if _INDEXES.fullmatch(option) else None


def _check_question(question: models.CheckQuestion) -> KnownQuestion:
    right = question.right_option().id
    return KnownQuestion(
        key=f"{CHECK_QUIZ}/{question.id}",
        phases=CHECK_PHASES,
        prompt=question.prompt,
        options={option.id: option.text for option in question.options},
        right=lambda option: option == right,
        reads=lambda _option: False,
    )


def _multiple_reads(count: int) -> Callable[[str], bool]:
    def reads(option: str) -> bool:
        ticked = _indexes(option)
        return bool(ticked) and list(ticked) == sorted(set(ticked)) and ticked[-1] < count

    return reads


def _quiz_question(
    quiz_id: str, question: models.Question, true_false: dict[str, models.Text]
) -> KnownQuestion:
    key = f"{quiz_id}/{question.id}"
    activity: frozenset[Phase] = frozenset({"activity"})
    never = lambda _option: False  # noqa: E731 (a listed-options question reads nothing else)
    if isinstance(question, models.SingleChoice):
        right = {str(n) for n, option in enumerate(question.options) if option.correct}
        texts = {str(n): option.text for n, option in enumerate(question.options)}
        return KnownQuestion(key, activity, question.prompt, texts, right.__contains__, never)
    if isinstance(question, models.TrueFalse):
        answer = "true" if question.answer else "false"
        return KnownQuestion(key, activity, question.statement, true_false, answer.__eq__, never)
    if isinstance(question, models.MultipleChoice):
        reads = _multiple_reads(len(question.options))
        return KnownQuestion(
            key, activity, question.prompt, None,
            lambda option: reads(option) and check(question, frozenset(_indexes(option) or ())).correct,
            reads,
        )  # fmt: skip
    if isinstance(question, models.Ordering):
        count = len(question.steps)

        def placed(option: str) -> bool:
            given = _indexes(option)
            return given is not None and sorted(given) == list(range(count))

        return KnownQuestion(
            key, activity, question.prompt, None,
            lambda option: placed(option) and check(question, _indexes(option) or ()).correct,
            placed,
        )  # fmt: skip
    endings = {scene.id: scene for scene in question.scenes if scene.ending is not None}
    return KnownQuestion(
        key, activity, question.prompt,
        {scene_id: scene.ending.title for scene_id, scene in endings.items() if scene.ending},
        lambda option: option in endings and endings[option].ending.tone == "safe",  # type: ignore[union-attr]
        never,
    )  # fmt: skip


def known_questions(
    class_check: models.ClassCheck,
    quizzes: dict[str, models.Quiz],
    labels: dict[str, models.Text],
) -> dict[str, KnownQuestion]:
    """Every question a session accepts, by key: the class check's, then every quiz's."""
    true_false = {"true": labels["true"], "false": labels["false"]}
    found = [_check_question(question) for question in class_check.questions]
    found += itertools.chain.from_iterable(
        (_quiz_question(quiz_id, question, true_false) for question in quiz.questions)
        for quiz_id, quiz in quizzes.items()
    )
    return {question.key: question for question in found}
