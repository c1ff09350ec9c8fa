"""What the teacher's dashboard shows: the class's answers counted, small groups hidden.

Pure functions over stored answers (question, phase, option). Any figure that rests on
fewer than :data:`MIN_GROUP` answers is left out entirely, counts and shares alike, so a
small group never shows what one or two students chose.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .answers import CHECK_QUIZ, KnownQuestion, Phase

MIN_GROUP = 5


@dataclass(frozen=True)
class Tally:
    """The answers to one question in one phase; counts are None when too few to show."""

    question: str
    phase: Phase
    total: int
    counts: dict[str, int] | None
    right: int | None

    @property
    def shown(self) -> bool:
        return self.counts is not None

    @property
    def share_right(self) -> float | None:
        return None if self.right is None else self.right / self.total


@dataclass(frozen=True)
class Change:
    """A check question's share of right answers before and after (None: too few to show)."""

    question: str
    before: float | None
    after: float | None


def tally(
    answers: Iterable[tuple[str, Phase, str]], known: dict[str, KnownQuestion]
) -> list[Tally]:
    """One tally per (question, phase) answered, in the order of ``known``, then of phases."""
    counted: dict[tuple[str, Phase], Counter[str]] = {}
    for question, phase, option in answers:
        counted.setdefault((question, phase), Counter())[option] += 1
    order = {key: n for n, key in enumerate(known)}
    phases = {"before": 0, "activity": 1, "after": 2}
    tallies = []
    for (question, phase), options in sorted(
        counted.items(), key=lambda item: (order.get(item[0][0], len(order)), phases[item[0][1]])
    ):
        total = sum(options.values())
        if total < MIN_GROUP:
            tallies.append(Tally(question, phase, total, None, None))
            continue
        right = sum(n for option, n in options.items() if known[question].right(option))
        tallies.append(Tally(question, phase, total, dict(options), right))
    return tallies


def changes(tallies: list[Tally]) -> list[Change]:
    """Before and after shares of right answers for each class-check question answered."""
    by_key = {(t.question, t.phase): t for t in tallies}
    questions = dict.fromkeys(t.question for t in tallies if t.question.startswith(f"{CHECK_QUIZ}/"))
    return [
        Change(
            question,
            by_key[(question, "before")].share_right if (question, "before") in by_key else None,
            by_key[(question, "after")].share_right if (question, "after") in by_key else None,
        )
        for question in questions
    ]


def most_missed(tallies: list[Tally]) -> Tally | None:
    """The shown tally with the lowest share of right answers, to discuss with the class.

    Answers after the session, then during the activities, count before the first check:
    what is still missed at the end is what is worth discussing.
    """
    for phases in (("after",), ("activity",), ("before",)):
        shown = [t for t in tallies if t.phase in phases and t.share_right is not None]
        if shown:
            return min(shown, key=lambda t: (t.share_right, -t.total))
    return None
