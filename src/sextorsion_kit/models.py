"""Typed content models: the one place that says what each content file holds.

Every model forbids unknown keys and is frozen once loaded. Every text a person
reads is a :class:`Text` with both languages.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from .i18n import Language, get_language

AgeBand = Literal["11-14", "15-18"]
AGE_BANDS: tuple[AgeBand, ...] = ("11-14", "15-18")

Words = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s/]+\.[^\s]+$")]


class Strict(BaseModel):
    """Base of every content model: unknown keys are errors, loaded content is read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Text(Strict):
    """A text a person reads, in both languages."""

    fr: Words
    en: Words

    def __str__(self) -> str:
        return self.in_language(get_language())

    def in_language(self, language: Language) -> str:
        return self.fr if language == "fr" else self.en


def _unique_ids(items: list) -> list:
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise ValueError(f"duplicate id {item.id!r}")
        seen.add(item.id)
    return items


def _at_least_one_band(bands: list[AgeBand]) -> list[AgeBand]:
    if len(set(bands)) != len(bands):
        raise ValueError("an age band is listed twice")
    return bands


AgeBands = Annotated[list[AgeBand], Field(min_length=1), AfterValidator(_at_least_one_band)]


# --- data/resources.yaml -----------------------------------------------------


class HelpChannel(Strict):
    """A place a young person or an adult can turn to (content guide, section 7)."""

    id: Identifier
    name: Text
    contact: Words = Field(description="number to call or address to type, as shown")
    url: HttpsUrl | None = None
    purpose: Text
    urgent: bool = Field(False, description="shown first: immediate danger or distress")
    scope: Literal["france", "international"] = "france"
    source: HttpsUrl


HelpChannels = Annotated[list[HelpChannel], Field(min_length=1), AfterValidator(_unique_ids)]


# --- data/statistics.yaml ----------------------------------------------------


class Statistic(Strict):
    """A figure a teacher may quote, with its year and publisher (content guide, section 9)."""

    id: Identifier
    statement: Text
    year: int = Field(ge=2000, le=2100, description="the year the figure covers")
    published: Annotated[str, StringConstraints(pattern=r"^20[0-9]{2}(-[01][0-9](-[0-3][0-9])?)?$")]
    publisher: Words
    country: Literal["FR", "UK", "US", "EU", "world"]
    source: HttpsUrl
    caveat: Text | None = None


Statistics = Annotated[list[Statistic], Field(min_length=1), AfterValidator(_unique_ids)]


# --- data/notebooks.yaml -----------------------------------------------------


class NotebookEntry(Strict):
    """One notebook of the kit, as the start notebook's map presents it."""

    id: Identifier
    file: Annotated[str, StringConstraints(pattern=r"^[0-9]{2}_[a-z0-9_]+\.ipynb$")]
    title: Text
    summary: Text
    for_whom: Text
    minutes: int = Field(ge=5, le=120)
    ages: AgeBands


NotebookMap = Annotated[list[NotebookEntry], Field(min_length=1), AfterValidator(_unique_ids)]


# --- quizzes/<id>.yaml -------------------------------------------------------


class Option(Strict):
    """One answer a student can pick, with the feedback shown when they pick it."""

    text: Text
    correct: bool
    feedback: Text


class SingleChoice(Strict):
    """Exactly one right answer; feedback on every option."""

    kind: Literal["single"]
    id: Identifier
    ages: AgeBands = ["11-14", "15-18"]
    prompt: Text
    options: Annotated[list[Option], Field(min_length=2)]

    @model_validator(mode="after")
    def _one_correct_option(self) -> SingleChoice:
        if sum(option.correct for option in self.options) != 1:
            raise ValueError("a single-choice question needs exactly one correct option")
        return self


class MultipleChoice(Strict):
    """Several right answers; feedback on every option."""

    kind: Literal["multiple"]
    id: Identifier
    ages: AgeBands = ["11-14", "15-18"]
    prompt: Text
    options: Annotated[list[Option], Field(min_length=3)]


class TrueFalse(Strict):
    """A statement (often a myth) to judge true or false, with an explanation."""

    kind: Literal["true_false"]
    id: Identifier
    ages: AgeBands = ["11-14", "15-18"]
    statement: Text
    answer: bool
    explanation: Text


Question = Annotated[SingleChoice | MultipleChoice | TrueFalse, Field(discriminator="kind")]
QUESTION_KINDS = ("single", "multiple", "true_false")


class Quiz(Strict):
    """One quiz file: a title, who it is for, its questions and what to remember."""

    id: Identifier
    title: Text
    introduction: Text
    ages: AgeBands = ["11-14", "15-18"]
    questions: Annotated[list[Question], Field(min_length=1), AfterValidator(_unique_ids)]
    takeaways: Annotated[list[Text], Field(min_length=1)]
