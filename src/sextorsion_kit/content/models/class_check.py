"""The class check (data/class_check.yaml): five questions before and after a session.

The same five questions open and close a class-pulse session, so the teacher sees what the
class learned. They ask what the student knows, never what happened to them: an answer must
never say that a minor is a victim.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from .base import Identifier, Strict, Text, unique_ids


class CheckOption(Strict):
    """One answer of a check question; its id is what a student's browser sends."""

    id: Identifier
    text: Text
    correct: bool


class CheckQuestion(Strict):
    """A question with one right answer, shown without feedback before the session."""

    id: Identifier
    prompt: Text
    options: Annotated[list[CheckOption], Field(min_length=3, max_length=4), AfterValidator(unique_ids)]
    why: Annotated[Text, Field(description="the right answer explained, shown after the second check")]

    @model_validator(mode="after")
    def _one_right_answer(self) -> CheckQuestion:
        if sum(option.correct for option in self.options) != 1:
            raise ValueError("exactly one option must be correct")
        return self

    def right_option(self) -> CheckOption:
        return next(option for option in self.options if option.correct)


class ClassCheck(Strict):
    """The five questions, and the texts around them."""

    introduction: Text
    closing: Text
    questions: Annotated[
        list[CheckQuestion], Field(min_length=5, max_length=5), AfterValidator(unique_ids)
    ]
