"""The law as data: which offences a set of facts makes up, and their maximum penalties.

Pure logic, no widgets and no charts: the "what happened?" widget and the charts use it.
A court decides the offences in a real case; this only shows what the facts could make up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .models import CaseFacts, Offence, PenaltyTier, Theme, any_rule_holds

# The victims compared by the minor-victim chart: the facts added to the example case.
VICTIM_PROFILES: dict[str, tuple[str, ...]] = {
    "adult": (),
    "minor": ("victim_minor",),
    "under_15": ("victim_under_15",),
}


@dataclass(frozen=True)
class Charge:
    """An offence the facts could make up, at its heaviest tier that the facts reach."""

    offence: Offence
    reached: tuple[PenaltyTier, ...] = ()

    @property
    def tier(self) -> PenaltyTier | None:
        """The heaviest tier the facts reach, if any."""
        return max(self.reached, key=heaviness) if self.reached else None

    @property
    def prison_years(self) -> int:
        return self.tier.prison_years if self.tier else self.offence.prison_years

    @property
    def fine_eur(self) -> int:
        return self.tier.fine_eur if self.tier else self.offence.fine_eur

    @property
    def bar_ids(self) -> frozenset[str]:
        """The chart bars these facts reach: every tier reached, or the base offence."""
        return frozenset(bar_id(self.offence, t) for t in self.reached or [None])


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
        if not any_rule_holds(offence.applies_if, facts):
            continue
        reached = tuple(t for t in offence.tiers if any_rule_holds(t.applies_if, facts))
        charges.append(Charge(offence, reached))
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
