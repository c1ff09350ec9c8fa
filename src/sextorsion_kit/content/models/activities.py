"""The scam stages, the red-flag chats and the myth cards."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    StringConstraints,
    model_validator,
)

from .base import (
    AgeBands,
    BandedText,
    ChatMessage,
    Identifier,
    Strict,
    Text,
    unique_ids,
)

# --- data/stages.yaml, data/red_flags.yaml, data/myths.yaml --------------------

MaterialVariant = Literal["recorded", "hacked", "deepfake"]
DemandVariant = Literal["money", "images"]


class StageVariant(Strict):
    """How a stage reads for one way the scam goes (how the material was got; what is asked)."""

    id: Annotated[str, StringConstraints(pattern=r"^(recorded|hacked|deepfake|bluff|money|images|other)$")]
    label: Text
    what_happens: BandedText
    warning_signs: list[BandedText] = []
    actions: list[BandedText] = []
    chat: Annotated[list[ChatMessage], Field(min_length=2)]


class Stage(Strict):
    """One stage of the scam sequence (content guide, section 2)."""

    id: Identifier
    title: Text
    what_happens: BandedText
    warning_signs: Annotated[list[BandedText], Field(min_length=1)]
    actions: Annotated[list[BandedText], Field(min_length=1)]
    chat: Annotated[list[ChatMessage], Field(min_length=2)]
    variants: list[StageVariant] = []


STAGE_ORDER = ("first_contact", "trust", "material", "threat", "demand", "escalation")
VARIANTS_OF = {
    "material": ("recorded", "hacked", "deepfake", "bluff"),
    "demand": ("money", "images", "other"),
}


def _the_six_stages(stages: list[Stage]) -> list[Stage]:
    ids = tuple(stage.id for stage in stages)
    if ids != STAGE_ORDER:
        raise ValueError(f"expected the stages {', '.join(STAGE_ORDER)} in this order")
    for stage in stages:
        wanted = VARIANTS_OF.get(stage.id, ())
        if tuple(variant.id for variant in stage.variants) != wanted:
            shown = ", ".join(wanted) if wanted else "none"
            raise ValueError(f"stage {stage.id!r}: expected the variants {shown}, in this order")
    return stages


Stages = Annotated[list[Stage], AfterValidator(_the_six_stages)]


class FlaggedMessage(ChatMessage):
    """A chat message of the red-flag exercise: is it a warning sign, and why (or why not)."""

    red_flag: bool
    why: Text


class RedFlagChat(Strict):
    """The "spot the red flags" exercise: a fictional conversation to tick."""

    id: Identifier
    ages: AgeBands = ["11-14", "15-18"]
    title: Text
    introduction: Text
    messages: Annotated[list[FlaggedMessage], Field(min_length=10, max_length=14)]

    @model_validator(mode="after")
    def _some_flags_some_not(self) -> RedFlagChat:
        flags = sum(message.red_flag for message in self.messages)
        if not 3 <= flags <= len(self.messages) - 3:
            raise ValueError("mark at least 3 messages as red flags and leave at least 3 unmarked")
        return self


RedFlagChats = Annotated[list[RedFlagChat], Field(min_length=1), AfterValidator(unique_ids)]


class Myth(Strict):
    """A statement heard about sextortion, revealed as myth or fact with an explanation."""

    id: Identifier
    statement: Text
    verdict: Literal["myth", "fact"]
    explanation: Text


Myths = Annotated[list[Myth], Field(min_length=6), AfterValidator(unique_ids)]


