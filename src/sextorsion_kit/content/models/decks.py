"""Slide decks for a talk (data/decks.yaml and the slides of each session-plan step).

A deck is a list of timed parts; a part is a list of slide blocks. A block names content
that lives elsewhere (the stages, a quiz question, the red-flag chat...) so a deck never
repeats a text the notebooks show; only a few framing slides carry their own ``points``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from .base import AGE_BANDS, AgeBand, AgeBands, Identifier, Strict, Text, unique_ids
from .law import ArticleNumber


class _Block(Strict):
    ages: AgeBands = list(AGE_BANDS)
    notes: Text | None = Field(None, description="what the speaker says or does on this slide")


class SlideText(Strict):
    """A framing slide's own text (decks.yaml ``texts``): a heading and a few short points."""

    heading: Text
    points: Annotated[list[Text], Field(min_length=1, max_length=5)]
    source: Text | None = Field(None, description="where the points come from, in small type")


class PointsSlide(_Block):
    """A framing slide, its text named from decks.yaml ``texts``."""

    show: Literal["points"]
    text: Identifier


class GroundRulesSlide(_Block):
    show: Literal["ground_rules"]


class StagesSlides(_Block):
    """One slide per stage of the scam (and per variant): what happens, one sign, one action."""

    show: Literal["stages"]
    variants: bool = True


class RedFlagSlides(_Block):
    """The red-flag chat over several slides, a few big bubbles each, ticked by the speaker."""

    show: Literal["red_flags"]
    chat: Identifier
    per_slide: int = Field(3, ge=2, le=4)


class MythSlides(_Block):
    """One slide per myth: the statement, then the speaker reveals myth or fact."""

    show: Literal["myths"]
    myths: Annotated[list[Identifier], Field(min_length=1)]


class QuestionSlide(_Block):
    """A quiz question answered by a show of hands; the speaker reveals the answer."""

    show: Literal["question"]
    quiz: Identifier
    question: Identifier


class RolePlaySlide(_Block):
    """A role-play the speaker plays with the class: the class's choice makes it branch."""

    show: Literal["role_play"]
    quiz: Identifier
    question: Identifier


class HelpSlides(_Block):
    """Where to find help: the urgent lines, then the others; what happens after telling."""

    show: Literal["help"]
    after_telling: bool = Field(True, description="the slide that tells a student what follows")


class ClosingSlide(_Block):
    """The calm closing activity of the teacher guide."""

    show: Literal["closing"]


class StopSlide(_Block):
    """The kit's memory aid, STOP (data/help_seeking.yaml), one letter per line."""

    show: Literal["stop"]


class AskingForHelpSlides(_Block):
    """What stops someone from telling (two feelings per slide), then words and people."""

    show: Literal["asking_for_help"]


class CalmClosingSlide(_Block):
    """The distancing step that ends a session: out of the story, back to the day."""

    show: Literal["calm_closing"]


class PenaltySlides(_Block):
    """The maximum penalties, a few offences per slide, with article and version."""

    show: Literal["penalties"]
    per_slide: int = Field(3, ge=2, le=4)
    articles: list[ArticleNumber] = Field([], description="only these offences (all if empty)")


SlideBlock = Annotated[
    PointsSlide
    | GroundRulesSlide
    | StagesSlides
    | RedFlagSlides
    | MythSlides
    | QuestionSlide
    | RolePlaySlide
    | HelpSlides
    | ClosingSlide
    | StopSlide
    | AskingForHelpSlides
    | CalmClosingSlide
    | PenaltySlides,
    Field(discriminator="show"),
]


class DeckPart(Strict):
    """A timed part of a deck: a divider slide, then its blocks."""

    minutes: int = Field(ge=1, le=30)
    title: Text
    notes: Text = Field(description="what the part is for, in the speaker notes of its divider")
    slides: Annotated[list[SlideBlock], Field(min_length=1)]


Audience = Literal["students", "parents", "staff"]


class Deck(Strict):
    """A deck built in French and in English, once per age band it lists.

    A talk deck takes its parts from the teacher guide's plan for its band (``plan``), so its
    timings are the plan's; another deck lists its own ``parts``.
    """

    id: Identifier
    title: Text
    subtitle: Text
    audience: Audience
    bands: AgeBands | None = Field(
        None, description="students only: the bands the deck is built for, once each"
    )
    notebook: Identifier | None = Field(None, description="the notebook the deck follows")
    plan: AgeBand | None = None
    minutes: int = Field(ge=5, le=120)
    parts: list[DeckPart] = []

    @model_validator(mode="after")
    def _parts_or_plan(self) -> Deck:
        if (self.plan is None) == (not self.parts):
            raise ValueError("give either plan (a talk deck) or parts, not both")
        if (self.audience == "students") != (self.bands is not None):
            raise ValueError("give bands for a students' deck, and only for one")
        if self.plan is not None and self.bands != [self.plan]:
            raise ValueError(f"a talk deck for the {self.plan} plan is built for that band only")
        if self.parts and (total := sum(part.minutes for part in self.parts)) != self.minutes:
            raise ValueError(f"the parts last {total} minutes, not {self.minutes}")
        return self


    @property
    def built_for(self) -> list[AgeBand]:
        """The bands the deck is built for: an adults' deck once, in the older band's words."""
        return self.bands or ["15-18"]


class DeckSheet(Strict):
    """A one-page printable made of framing texts (a letter, a staff sheet), in both languages."""

    id: Identifier
    audience: Audience
    title: Text
    introduction: Text
    texts: Annotated[list[Identifier], Field(min_length=1)]


class DeckFile(Strict):
    """data/decks.yaml: the framing texts decks share, the decks, and sheets made of texts."""

    texts: dict[Identifier, SlideText]
    decks: Annotated[list[Deck], Field(min_length=1), AfterValidator(unique_ids)]
    sheets: Annotated[list[DeckSheet], AfterValidator(unique_ids)] = []
