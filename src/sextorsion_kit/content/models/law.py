"""The law: offences and their tiers, the "what happened?" facts and rules, the Loiret figures."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    StringConstraints,
    model_validator,
)

from .base import (
    HttpsUrl,
    Identifier,
    Strict,
    Text,
    Words,
    unique_by,
    unique_ids,
)

# --- data/penalties.yaml and data/case_facts.yaml -------------------------------

ArticleNumber = Annotated[str, StringConstraints(pattern=r"^[1-9][0-9]{2}-[0-9]+(-[0-9]+)*$")]
Theme = Literal["blackmail", "privacy", "minors", "minor_images"]
CODE_START = date(1994, 3, 1)  # the current Code pénal came into force on 1 March 1994

# Sites that publish the statute text itself (Légifrance or copies of its LEGI database).
STATUTE_HOSTS = (
    "www.legifrance.gouv.fr",
    "app.livv.eu",
    "www.doctrine.fr",
    "code-penal.fr",
    "lexbase.fr",
    "juriblio.fr",
    "legal.tricoteuses.fr",
    "git.tricoteuses.fr",
    "kohenavocats.com",
)


def host_of(url: str) -> str:
    return url.split("/")[2]


class FactRule(Strict):
    """A test on the facts ticked in the "what happened?" widget."""

    all_of: list[Identifier] = []
    any_of: list[Identifier] = []
    none_of: list[Identifier] = []

    @model_validator(mode="after")
    def _not_empty(self) -> FactRule:
        if not self.all_of and not self.any_of:
            raise ValueError("give all_of or any_of: a rule must need at least one fact")
        return self

    def holds(self, facts: AbstractSet[str]) -> bool:
        return (
            all(fact in facts for fact in self.all_of)
            and (not self.any_of or any(fact in facts for fact in self.any_of))
            and not any(fact in facts for fact in self.none_of)
        )

    def fact_ids(self) -> set[str]:
        return {*self.all_of, *self.any_of, *self.none_of}


Rules = Annotated[
    list[FactRule],
    Field(description="the facts that make this apply (any rule); empty: only a court can say"),
]


def any_rule_holds(rules: list[FactRule], facts: AbstractSet[str]) -> bool:
    return any(rule.holds(facts) for rule in rules)


class PenaltyTier(Strict):
    """Another form of an offence, with its own maximum penalties.

    ``aggravated``: the offence in given circumstances, heavier than the base (it applies
    only when the base offence does). ``other``: another act the same article punishes,
    such as holding an image rather than making it; it may be lighter than the base or as
    heavy, and its facts make up the offence on their own.
    """

    id: Identifier
    form: Literal["aggravated", "other"] = "aggravated"
    short: Annotated[Text, Field(description="a few words, written beside the bar")]
    when: Text
    article: ArticleNumber | None = Field(
        None, description="where the tier is written, when not in the offence's own article"
    )
    prison_years: int = Field(ge=1, le=30)
    fine_eur: int = Field(ge=1_000, le=10_000_000)
    applies_if: Rules = []


class Offence(Strict):
    """One offence of the Code pénal, with its maximum penalties (content guide, section 6)."""

    article: ArticleNumber
    theme: Theme
    label: Text
    explanation: Annotated[Text, Field(description="in words a 14-year-old understands")]
    prison_years: int = Field(ge=1, le=30, description="maximum prison term of the base offence")
    fine_eur: int = Field(ge=1_000, le=10_000_000, description="maximum fine of the base offence")
    tiers: list[PenaltyTier] = []
    in_force_since: date = Field(description="start of the version of the article that was read")
    date_confirmed: bool = Field(
        True,
        description="false when the version's start could not be read: in_force_since is then "
        "a date on which the text read was in force, and `version` says what is missing",
    )
    version: Words = Field(description="the law that created or last changed the article, as read")
    sources: Annotated[list[HttpsUrl], Field(min_length=1)]
    applies_if: Rules = []

    @model_validator(mode="after")
    def _consistent(self) -> Offence:
        unique_ids(self.tiers)
        for tier in self.tiers:
            if tier.form == "other":
                if not tier.applies_if and self.applies_if:
                    raise ValueError(f"form {tier.id!r} needs its own applies_if")
                continue
            heavier = tier.prison_years > self.prison_years or tier.fine_eur > self.fine_eur
            if (
                tier.prison_years < self.prison_years
                or tier.fine_eur < self.fine_eur
                or not heavier
            ):
                raise ValueError(f"tier {tier.id!r} must be heavier than the base offence")
        if not CODE_START <= self.in_force_since <= date.today():
            raise ValueError("in_force_since must fall between 1994-03-01 and today")
        if not any(host_of(url) in STATUTE_HOSTS for url in self.sources):
            raise ValueError(
                "sources must include the statute text (Légifrance or a copy of it: "
                + ", ".join(STATUTE_HOSTS)
                + ")"
            )
        return self

    @property
    def max_prison_years(self) -> int:
        return max([self.prison_years, *(t.prison_years for t in self.tiers)])

    @property
    def max_fine_eur(self) -> int:
        return max([self.fine_eur, *(t.fine_eur for t in self.tiers)])

    def fact_ids(self) -> set[str]:
        rules = [*self.applies_if, *(rule for tier in self.tiers for rule in tier.applies_if)]
        return {fact for rule in rules for fact in rule.fact_ids()}


Penalties = Annotated[list[Offence], Field(min_length=1), AfterValidator(unique_by("article"))]


class CaseFact(Strict):
    """A fact a student can tick about a fictional case."""

    id: Identifier
    group: Literal["acts", "people"]
    label: Text
    implies: list[Identifier] = Field([], description="facts that are true whenever this one is")


class ExampleCase(Strict):
    """The facts compared for an adult and a minor victim."""

    title: Text
    facts: Annotated[list[Identifier], Field(min_length=1)]


class LegalRule(Strict):
    """A rule of law the "what happened?" result cites beside the offences, with its link."""

    code: Words = Field(description="the code the article belongs to")
    article: Words = Field(description="as cited: 132-3, or L. 121-5 to L. 121-7")
    what: Words = Field(description="what the rule says, for whoever edits the kit")
    source: HttpsUrl

    @model_validator(mode="after")
    def _statute_text(self) -> LegalRule:
        if host_of(self.source) not in STATUTE_HOSTS:
            raise ValueError(
                "source must be the statute text (Légifrance or a copy of it: "
                + ", ".join(STATUTE_HOSTS)
                + ")"
            )
        return self


class CaseRules(Strict):
    """The general rules the result of the "what happened?" widget cites."""

    concurrent_offences: LegalRule = Field(
        description="offences judged together: the penalties do not add up"
    )
    minor_offender: LegalRule = Field(description="the maximums for an offender under 18")


class CaseFacts(Strict):
    """The "what happened?" widget's facts and cited rules; the minor-victim chart's example."""

    facts: Annotated[list[CaseFact], Field(min_length=2), AfterValidator(unique_ids)]
    example: ExampleCase
    rules: CaseRules

    @model_validator(mode="after")
    def _known_facts(self) -> CaseFacts:
        known = {fact.id for fact in self.facts}
        used = {f for fact in self.facts for f in fact.implies} | set(self.example.facts)
        if unknown := sorted(used - known):
            raise ValueError(f"unknown fact(s): {', '.join(unknown)}")
        return self

    def closure(self, ticked: AbstractSet[str]) -> frozenset[str]:
        """The ticked facts and every fact they imply."""
        implied = {fact.id: fact.implies for fact in self.facts}
        result, todo = set(ticked), list(ticked)
        while todo:
            for fact in implied.get(todo.pop(), []):
                if fact not in result:
                    result.add(fact)
                    todo.append(fact)
        return frozenset(result)


# --- data/loiret_figures.yaml ---------------------------------------------------


class LoiretFigure(Strict):
    """A figure the Loiret police alert gave, and the penalty tiers that set it."""

    quote: Text = Field(description="the figure as the alert gave it, with quotation marks")
    article: ArticleNumber = Field(description="the offence in data/penalties.yaml")
    tiers: Annotated[list[Identifier], Field(min_length=1)]


LoiretFigures = Annotated[list[LoiretFigure], Field(min_length=1)]
