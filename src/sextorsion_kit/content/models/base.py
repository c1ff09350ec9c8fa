"""Pieces every content model shares: strict base, bilingual text, age bands, chats."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
)

from ...i18n import Language
from ...text import spacing_problems

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

    def spacing_problems(self) -> list[str]:
        """Punctuation spacing that is wrong for the text's language (French or English)."""
        return [
            f"{language} text: {problem}"
            for language in ("fr", "en")
            for problem in spacing_problems(getattr(self, language), language)
        ]

    def in_language(self, language: Language) -> str:
        return self.fr if language == "fr" else self.en


def unique_by(key: str) -> Callable[[list], list]:
    """A validator that refuses two items with the same ``key`` (id, host, article...)."""

    def unique(items: list) -> list:
        seen: set[str] = set()
        for item in items:
            value = getattr(item, key)
            if value in seen:
                raise ValueError(f"duplicate {key} {value!r}")
            seen.add(value)
        return items

    return unique


unique_ids = unique_by("id")


def _at_least_one_band(bands: list[AgeBand]) -> list[AgeBand]:
    if len(set(bands)) != len(bands):
        raise ValueError("an age band is listed twice")
    return bands


AgeBands = Annotated[list[AgeBand], Field(min_length=1), AfterValidator(_at_least_one_band)]



# --- shared pieces: chat messages, age-banded texts ---------------------------


class ChatMessage(Strict):
    """One line of a fictional chat: who writes (a first name) and what, in both languages."""

    sender: Words
    text: Text


class ByAge(Strict):
    """A text worded differently for the 11-14 and the 15-18 bands."""

    model_config = ConfigDict(populate_by_name=True)

    younger: Text = Field(alias="11-14")
    older: Text = Field(alias="15-18")

    def for_band(self, band: AgeBand) -> Text:
        return self.younger if band == "11-14" else self.older


def _banded_kind(value: object) -> str:
    if isinstance(value, dict) and ("11-14" in value or "15-18" in value):
        return "by_age"
    if isinstance(value, ByAge):
        return "by_age"
    return "same_for_all"


BandedText = Annotated[
    Annotated[Text, Tag("same_for_all")] | Annotated[ByAge, Tag("by_age")],
    Discriminator(_banded_kind),
]
"""A text, either ``{fr, en}`` for every age or ``{11-14: {fr, en}, 15-18: {fr, en}}``."""


def in_band(text: Text | ByAge, band: AgeBand) -> Text:
    """The wording of ``text`` for ``band``."""
    return text.for_band(band) if isinstance(text, ByAge) else text


