"""The law as data: which offences a set of facts makes up, and their maximum penalties.

Pure logic, no widgets and no charts: the "what happened?" widget and the charts use it.
A court decides the offences in a real case; this only shows what the facts could make up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ..content.labels import label
from ..content.models import CaseFacts, Offence, PenaltyTier, Theme, any_rule_holds
from ..i18n import Language

# The victims compared by the minor-victim chart: the facts added to the example case.
VICTIM_PROFILES: dict[str, tuple[str, ...]] = {
    "adult": (),
    "minor": ("victim_minor",),
    "under_15": ("victim_under_15",),
}


@dataclass(frozen=True)
class Charge:
    """An offence the facts could make up: its base form or other forms, and aggravations."""

    offence: Offence
    reached: tuple[PenaltyTier, ...] = ()
    base: bool = True  # the facts make up the base offence (not only another form of it)

    @property
    def levels(self) -> list[Offence | PenaltyTier]:
        """The forms reached: aggravated ones replace the base, other forms stand beside it."""
        aggravated = [t for t in self.reached if t.form == "aggravated"]
        others = [t for t in self.reached if t.form == "other"]
        return [*(aggravated or ([self.offence] if self.base else [])), *others]

    @property
    def tier(self) -> PenaltyTier | None:
        """The heaviest tier or form the facts reach, if any."""
        return max(self.reached, key=heaviness) if self.reached else None

    @property
    def prison_years(self) -> int:
        return max(heaviness(level) for level in self.levels)[0]

    @property
    def fine_eur(self) -> int:
        return max(heaviness(level) for level in self.levels)[1]

    @property
    def bar_ids(self) -> frozenset[str]:
        """The chart bars these facts reach: the forms reached, or the base offence."""
        return frozenset(
            bar_id(self.offence, None if level is self.offence else level)
            for level in self.levels
        )


def bar_id(offence: Offence, tier: PenaltyTier | None) -> str:
    """The name of one bar of the charts: ``"312-10:base"``, ``"312-10:threat-carried-out"``."""
    return f"{offence.article}:{tier.id if tier else 'base'}"


def heaviness(penalty: Offence | PenaltyTier | Charge) -> tuple[int, int]:
    return penalty.prison_years, penalty.fine_eur


def charges_for(
    ticked: Iterable[str], offences: Sequence[Offence], case_facts: CaseFacts
) -> list[Charge]:
    """The offences the ticked facts could make up, heaviest first."""
    facts = case_facts.closure(frozenset(ticked))
    charges = []
    for offence in offences:
        base = any_rule_holds(offence.applies_if, facts)
        holds = [t for t in offence.tiers if any_rule_holds(t.applies_if, facts)]
        if not base and not any(t.form == "other" for t in holds):
            continue
        charges.append(Charge(offence, tuple(holds), base))
    return sorted(charges, key=lambda c: (*heaviness(c), c.offence.article), reverse=True)


def heaviest(charges: Sequence[Charge]) -> Charge | None:
    """The charge with the highest maximum: several offences' maxima do not add up."""
    return max(charges, key=heaviness, default=None)


def ordered(offences: Iterable[Offence], theme: Theme | None = None) -> list[Offence]:
    """Offences of ``theme`` (all by default), the heaviest maximum first."""
    chosen = [o for o in offences if theme is None or o.theme == theme]
    return sorted(
        chosen, key=lambda o: (-o.max_prison_years, -o.max_fine_eur, -o.prison_years, o.article)
    )


def law_as_of(offences: Iterable[Offence]) -> date:
    """A date on which every version read was in force: the latest of their dates."""
    return max(offence.in_force_since for offence in offences)


def compare_victims(offences: Sequence[Offence], case_facts: CaseFacts) -> dict[str, list[Charge]]:
    """The example case's charges for an adult victim, a victim of 15 to 17, and one under 15."""
    return {
        profile: charges_for([*case_facts.example.facts, *added], offences, case_facts)
        for profile, added in VICTIM_PROFILES.items()
    }


def tier_text(offence: Offence, tier: PenaltyTier, language: Language) -> str:
    """How a tier reads beside its offence: ``aggravated: online (art. 226-3-1)``."""
    where = f" ({label('article_short', language)} {tier.article})" if tier.article else ""
    return tier.short.in_language(language) + where
