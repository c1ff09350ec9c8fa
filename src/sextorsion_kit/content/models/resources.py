"""Help channels, statistics, reviewed link hosts, character names, the notebook map."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    StringConstraints,
)

from .base import (
    AgeBands,
    HttpsUrl,
    Identifier,
    Strict,
    Text,
    Words,
    unique_by,
    unique_ids,
)

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
    checked_on: date = Field(description="when contact, hours and purpose were last checked")


HelpChannels = Annotated[list[HelpChannel], Field(min_length=1), AfterValidator(unique_ids)]


# --- data/statistics.yaml ----------------------------------------------------


class DataPoint(Strict):
    """A number for one year, for charts."""

    year: int = Field(ge=2000, le=2100)
    value: float = Field(ge=0)


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
    chart_label: Text | None = Field(None, description="short name of the series in a chart")
    points: list[DataPoint] = Field([], description="the numbers behind the statement, by year")


Statistics = Annotated[list[Statistic], Field(min_length=1), AfterValidator(unique_ids)]


# --- data/reviewed_hosts.yaml and data/characters.yaml: rules the checker applies ----


class ReviewedHost(Strict):
    """A site the kit may link to: read, and judged fit for a class of minors."""

    host: Annotated[str, StringConstraints(pattern=r"^[a-z0-9.-]+\.[a-z]{2,}(/[\w./-]+)?$")]
    kind: Literal["law", "institution", "helpline", "press"]
    note: Words | None = None

    def covers(self, url: str) -> bool:
        """Whether ``url`` is on this host (and under this path, when one is given)."""
        address = url.split("://", 1)[-1].lower()
        return address == self.host or address.startswith((self.host + "/", self.host + "?"))


ReviewedHosts = Annotated[
    list[ReviewedHost], Field(min_length=1), AfterValidator(unique_by("host"))
]


class Character(Strict):
    """A fictional character (or chat handle), and the one story file it belongs to."""

    name: Annotated[str, StringConstraints(pattern=r"^[\w.]+$")]
    story: Annotated[str, StringConstraints(pattern=r"^(quizzes|data)/[a-z0-9_]+\.yaml$")]
    role: Words


def _unique_names(cast: list[Character]) -> list[Character]:
    seen: dict[str, str] = {}
    for character in cast:
        if character.name in seen:
            raise ValueError(
                f"the name {character.name!r} is given to two characters "
                f"({seen[character.name]} and {character.story}): one name, one character"
            )
        seen[character.name] = character.story
    return cast


Cast = Annotated[list[Character], Field(min_length=1), AfterValidator(_unique_names)]


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
    student: bool = Field(False, description="offered to students in Voilà (make student)")


NotebookMap = Annotated[list[NotebookEntry], Field(min_length=1), AfterValidator(unique_ids)]


