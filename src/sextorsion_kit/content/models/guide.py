"""The teacher guide: session plans, frameworks, sections, printables."""

from __future__ import annotations

from typing import Annotated

from pydantic import (
    Field,
    model_validator,
)

from .base import (
    AGE_BANDS,
    AgeBand,
    HttpsUrl,
    Strict,
    Text,
    Words,
)
from .decks import SlideBlock

# --- data/guide.yaml: for the adult who runs the session ---------------------------


class PlanStep(Strict):
    """One timed step of a session plan, and what to use for it."""

    minutes: int = Field(ge=1, le=30)
    title: Text
    activity: Text
    material: Text
    slides: Annotated[list[SlideBlock], Field(min_length=1)] = Field(
        description="what the talk deck shows for this step"
    )


class SessionPlan(Strict):
    """A 55-minute session for one age band."""

    band: AgeBand
    steps: Annotated[list[PlanStep], Field(min_length=4)]

    @model_validator(mode="after")
    def _fifty_five_minutes(self) -> SessionPlan:
        total = sum(step.minutes for step in self.steps)
        if total != 55:
            raise ValueError(f"the steps last {total} minutes, not 55")
        return self


class Framework(Strict):
    """Where the session fits in the curriculum (EVARS, pHARe, CRCN / Pix)."""

    name: Words
    how: Text
    source: HttpsUrl


class Section(Strict):
    heading: Text
    points: Annotated[list[Text], Field(min_length=1)]


class Printable(Strict):
    """A one-page sheet to print: the student handout (the adults' sheets are in decks.yaml)."""

    title: Text
    introduction: Text
    sections: Annotated[list[Section], Field(min_length=1)]
    memory_aid: bool = Field(False, description="show STOP (data/help_seeking.yaml) first")


class Guide(Strict):
    """The teacher guide: objectives, plans, frameworks, rules, disclosure, closing, printables."""

    objectives: Annotated[list[Text], Field(min_length=3)]
    session_plans: Annotated[list[SessionPlan], Field(min_length=2, max_length=2)]
    frameworks: Annotated[list[Framework], Field(min_length=3)]
    ground_rules: Annotated[list[Text], Field(min_length=3)]
    disclosure_steps: Annotated[list[Text], Field(min_length=4)]
    never_do: Annotated[list[Text], Field(min_length=2)]
    closing_activity: Section
    handout: Printable

    @model_validator(mode="after")
    def _one_plan_per_band(self) -> Guide:
        if sorted(plan.band for plan in self.session_plans) != list(AGE_BANDS):
            raise ValueError("give one session plan for 11-14 and one for 15-18")
        return self


