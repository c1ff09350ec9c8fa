"""Quizzes: the five kinds of question and the quiz file that holds them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    model_validator,
)

from .base import (
    AgeBands,
    ChatMessage,
    Identifier,
    Strict,
    Text,
    unique_ids,
)
from .scene_graph import role_play_problems

# --- quizzes/<id>.yaml -------------------------------------------------------


class Option(Strict):
    """One answer a student can pick, with the feedback shown when they pick it."""

    text: Text
    correct: bool
    feedback: Text


class _QuestionBase(Strict):
    id: Identifier
    ages: AgeBands = ["11-14", "15-18"]


class SingleChoice(_QuestionBase):
    """Exactly one right answer; feedback on every option."""

    kind: Literal["single"]
    prompt: Text
    options: Annotated[list[Option], Field(min_length=3)]

    @model_validator(mode="after")
    def _one_correct_option(self) -> SingleChoice:
        if sum(option.correct for option in self.options) != 1:
            raise ValueError("a single-choice question needs exactly one correct option")
        return self


class MultipleChoice(_QuestionBase):
    """Several right answers (at least two); feedback on every option."""

    kind: Literal["multiple"]
    prompt: Text
    options: Annotated[list[Option], Field(min_length=4)]

    @model_validator(mode="after")
    def _several_correct_options(self) -> MultipleChoice:
        right = sum(option.correct for option in self.options)
        if right < 2 or right == len(self.options):
            raise ValueError(
                "a multiple-choice question needs 2 or more correct and 1 or more wrong"
            )
        return self


class TrueFalse(_QuestionBase):
    """A statement (often a myth) to judge true or false, with an explanation."""

    kind: Literal["true_false"]
    statement: Text
    answer: bool
    explanation: Text


class Step(Strict):
    """One step of an ordering question, and why it comes at that place."""

    id: Identifier | None = Field(None, description="needed when the question has rules")
    text: Text
    why: Text


class OrderRule(Strict):
    """A real constraint of an ordering question: step ``before`` must come before ``after``."""

    before: Identifier
    after: Identifier
    rule: Annotated[Text, Field(description="the rule in a few words, shown when broken")]


class Ordering(_QuestionBase):
    """Put the steps in order; ``steps`` are listed in a right order.

    Without ``rules`` every step has one right place. With ``rules`` only those constraints
    are scored, and a step no rule names (such as "tell an adult") is right anywhere.
    """

    kind: Literal["order"]
    prompt: Text
    steps: Annotated[list[Step], Field(min_length=3, max_length=7)]
    rules: list[OrderRule] = []
    explanation: Text

    @model_validator(mode="after")
    def _rules_name_steps_in_order(self) -> Ordering:
        if not self.rules:
            return self
        ids = [step.id for step in self.steps]
        if None in ids:
            raise ValueError("every step needs an id when the question has rules")
        if len(set(ids)) != len(ids):
            raise ValueError("two steps have the same id")
        for rule in self.rules:
            for step_id in (rule.before, rule.after):
                if step_id not in ids:
                    raise ValueError(f"a rule names the step {step_id!r}, which does not exist")
            if ids.index(rule.before) >= ids.index(rule.after):
                raise ValueError(
                    f"the steps are not listed in a right order: {rule.before!r} must come "
                    f"before {rule.after!r}"
                )
        return self

    def rules_of(self, index: int) -> list[OrderRule]:
        """The rules that name step ``index`` (empty: the step may go anywhere)."""
        step_id = self.steps[index].id
        return [rule for rule in self.rules if step_id in (rule.before, rule.after)]


class Choice(Strict):
    """A decision in a role-play: what the student picks, what it leads to, and why."""

    text: Text
    next: Identifier
    good: bool
    feedback: Text


class Ending(Strict):
    """How a role-play ends: ``safe`` (help reached), ``mixed`` or ``hard`` (still fixable)."""

    tone: Literal["safe", "mixed", "hard"]
    title: Text
    message: Text


class Scene(Strict):
    """One scene of a role-play: a narration, chat lines, then choices or an ending."""

    id: Identifier
    ages: AgeBands = ["11-14", "15-18"]
    narration: Text
    chat: list[ChatMessage] = []
    choices: list[Choice] = []
    ending: Ending | None = None

    @model_validator(mode="after")
    def _choices_or_ending(self) -> Scene:
        if bool(self.choices) == (self.ending is not None):
            raise ValueError("a scene has either choices (2 or more) or an ending, not both")
        if self.choices and len(self.choices) < 2:
            raise ValueError("a scene with choices needs at least 2 of them")
        return self


class RolePlay(_QuestionBase):
    """A branching chat scene: each choice leads to another scene, several endings."""

    kind: Literal["roleplay"]
    prompt: Text
    start: Identifier
    scenes: Annotated[list[Scene], Field(min_length=3), AfterValidator(unique_ids)]

    @model_validator(mode="after")
    def _every_path_ends(self) -> RolePlay:
        problems = role_play_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def scene(self, scene_id: str) -> Scene:
        return next(scene for scene in self.scenes if scene.id == scene_id)



Question = Annotated[
    SingleChoice | MultipleChoice | TrueFalse | Ordering | RolePlay, Field(discriminator="kind")
]
QUESTION_KINDS = ("single", "multiple", "true_false", "order", "roleplay")


CRISIS_LINE = "3114"  # suicide prevention, 24/7: named wherever a student may be at their lowest
NIGHT_ROUTES = ("119", "17Cyber")


class Quiz(Strict):
    """One quiz file: a title, who it is for, its questions and what to remember."""

    id: Identifier
    title: Text
    introduction: Text
    ages: AgeBands = ["11-14", "15-18"]
    questions: Annotated[list[Question], Field(min_length=1), AfterValidator(unique_ids)]
    takeaways: Annotated[list[Text], Field(min_length=1)]
    moodle: bool = Field(True, description="false: not exported to the Moodle question bank")

    @model_validator(mode="after")
    def _crisis_routes(self) -> Quiz:
        closing = self.takeaways[-1]
        for needed in (CRISIS_LINE, *NIGHT_ROUTES):
            if needed not in closing.fr or needed not in closing.en:
                raise ValueError(
                    f"the last takeaway (the help line) must name {needed}, in both languages"
                )
        for question in self.questions:
            if isinstance(question, RolePlay):
                for scene in question.scenes:
                    hard = scene.ending is not None and scene.ending.tone == "hard"
                    if hard and not all(
                        CRISIS_LINE in text for text in (scene.ending.message.fr, scene.ending.message.en)
                    ):
                        raise ValueError(
                            f"hard ending {scene.id!r} must give the {CRISIS_LINE} (dark "
                            "thoughts, 24/7), in both languages"
                        )
        return self


