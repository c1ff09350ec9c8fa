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
    """A check question's share of right answers before and after, among the same browsers.

    Only browsers that answered both times count (their random token pairs the two answers);
    ``before`` and ``after`` are None when fewer than :data:`MIN_GROUP` did.
    """

    question: str
    pairs: int
    before: float | None
    after: float | None


def tally(
    counts: Iterable[tuple[str, Phase, str, int]], known: dict[str, KnownQuestion]
) -> list[Tally]:
    """One tally per (question, phase) answered, in the order of ``known``, then of phases.

    ``counts`` are (question, phase, option, how many), as SQLite counts them.
    """
    counted: dict[tuple[str, Phase], Counter[str]] = {}
    for question, phase, option, number in counts:
        counted.setdefault((question, phase), Counter())[option] += number
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


def changes(
    answers: Iterable[tuple[str, str, Phase, str]], known: dict[str, KnownQuestion]
) -> list[Change]:
    """For each class-check question answered before and after by the same browsers
    (``answers`` are (token, question, phase, option)), the shares of right answers."""
    chosen: dict[tuple[str, str, Phase], str] = {
        (token, question, phase): option for token, question, phase, option in answers
    }
    found = []
    for key, question in known.items():
        if not key.startswith(f"{CHECK_QUIZ}/"):
            continue
        pairs = [
            (option, chosen[(token, key, "after")])
            for (token, asked, phase), option in chosen.items()
            if asked == key and phase == "before" and (token, key, "after") in chosen
        ]
        if not pairs:
            continue
        if len(pairs) < MIN_GROUP:
            found.append(Change(key, len(pairs), None, None))
            continue
        before = sum(question.right(b) for b, _a in pairs) / len(pairs)
        after = sum(question.right(a) for _b, a in pairs) / len(pairs)
        found.append(Change(key, len(pairs), before, after))
    return found


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
