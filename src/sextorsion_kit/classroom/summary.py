"""The dashboard's figures for one session, as JSON-ready data in one language.

Built from :mod:`sextorsion_kit.logic.pulse`: a tally under five answers gives no figure at
all (not even its count), so the JSON itself never holds what a small group answered.
"""

from __future__ import annotations

from typing import Any

from ..i18n import Language
from ..logic.answers import CHECK_QUIZ, KnownQuestion, Phase
from ..logic.pulse import Tally, changes, most_missed, tally
from .store import Session


def _bars(tally_: Tally, question: KnownQuestion, language: Language) -> list[dict[str, Any]] | None:
    if question.options is None or tally_.counts is None:
        return None
    return [
        {
            "option": option,
            "text": text.in_language(language),
            "count": tally_.counts.get(option, 0),
            "right": question.right(option),
        }
        for option, text in question.options.items()
    ]


def _phase(tally_: Tally | None, question: KnownQuestion, language: Language) -> dict[str, Any]:
    if tally_ is None or not tally_.shown:
        return {"hidden": True}
    return {
        "hidden": False,
        "total": tally_.total,
        "share_right": tally_.share_right,
        "bars": _bars(tally_, question, language),
    }


def session_summary(
    session: Session,
    counts: list[tuple[str, Phase, str, int]],
    check_answers: list[tuple[str, str, Phase, str]],
    known: dict[str, KnownQuestion],
    language: Language,
    now: float,
) -> dict[str, Any]:
    """What the dashboard draws: the class check before and after, activities, most missed.

    ``counts`` are the session's answers counted (``Store.counts``); ``check_answers`` the
    class check's answers with their browser token, which pair before and after.
    """
    tallies = tally(counts, known)
    by_key = {(t.question, t.phase): t for t in tallies}
    check = [
        {
            "key": key,
            "prompt": question.prompt.in_language(language),
            "before": _phase(by_key.get((key, "before")), question, language),
            "after": _phase(by_key.get((key, "after")), question, language),
        }
        for key, question in known.items()
        if key.startswith(f"{CHECK_QUIZ}/")
    ]
    activities = [
        {"key": t.question, "prompt": known[t.question].prompt.in_language(language),
         **_phase(t, known[t.question], language)}
        for t in tallies
        if t.phase == "activity" and t.shown
    ]  # fmt: skip
    missed = most_missed(tallies)
    return {
        "session": {"id": session.id, "open": session.is_open, "minutes": session.minute(now)},
        "check": check,
        "changes": [
            {"key": c.question, "pairs": c.pairs, "before": c.before, "after": c.after}
            for c in changes(check_answers, known)
            if c.before is not None
        ],
        "activities": activities,
        "most_missed": None
        if missed is None
        else {
            "key": missed.question,
            "phase": missed.phase,
            "prompt": known[missed.question].prompt.in_language(language),
            "share_right": missed.share_right,
        },
    }
