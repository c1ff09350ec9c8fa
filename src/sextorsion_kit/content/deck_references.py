"""What the decks name must exist: quizzes, questions, chats, myths, notebooks, plans."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import models
from .errors import Problem


def plan_parts(guide: models.Guide, band: models.AgeBand) -> list[models.DeckPart]:
    """The teacher guide's plan for ``band`` as deck parts: title, minutes, notes, slides."""
    plan = next(plan for plan in guide.session_plans if plan.band == band)
    return [
        models.DeckPart(
            minutes=step.minutes, title=step.title, notes=step.activity, slides=step.slides
        )
        for step in plan.steps
    ]


def deck_parts(deck: models.Deck, guide: models.Guide) -> list[models.DeckPart]:
    return plan_parts(guide, deck.plan) if deck.plan else deck.parts


def _block_problems(
    block: models.SlideBlock, band: str, loaded: dict[str, Any], quizzes: dict[str, models.Quiz]
) -> Iterator[str]:
    if isinstance(block, models.QuestionSlide | models.RolePlaySlide):
        quiz = quizzes.get(block.quiz)
        question = (
            next((q for q in quiz.questions if q.id == block.question), None) if quiz else None
        )
        if question is None:
            yield f"unknown question {block.quiz}/{block.question}"
        elif band not in question.ages or band not in quiz.ages:
            yield f"question {block.quiz}/{block.question} is not for the {band} band"
        elif (question.kind == "roleplay") != isinstance(block, models.RolePlaySlide):
            yield f"{block.quiz}/{block.question}: use show: role_play for a role-play only"
    elif isinstance(block, models.RedFlagSlides):
        chat = next((c for c in loaded["red_flags"] if c.id == block.chat), None)
        if chat is None:
            yield f"unknown red-flag chat {block.chat}"
        elif band not in chat.ages:
            yield f"red-flag chat {block.chat} is not for the {band} band"
    elif isinstance(block, models.PointsSlide):
        if block.text not in loaded["decks"].texts:
            yield f"unknown text {block.text}: add it to texts in data/decks.yaml"
    elif isinstance(block, models.ClosingSlide):
        if "closing" not in loaded["decks"].texts:
            yield "a closing slide needs the text closing in data/decks.yaml"
    elif isinstance(block, models.PenaltySlides):
        known = {offence.article for offence in loaded["penalties"]}
        if unknown := [article for article in block.articles if article not in known]:
            yield f"unknown article(s) {', '.join(unknown)}"
    elif isinstance(block, models.MythSlides):
        known = {myth.id for myth in loaded["myths"]}
        if unknown := [myth for myth in block.myths if myth not in known]:
            yield f"unknown myth(s) {', '.join(unknown)}"


def deck_problems(
    loaded: dict[str, Any], quizzes: dict[str, models.Quiz], root: Path
) -> list[Problem]:
    """Every reference a deck or a plan step makes, checked for each band it is built for."""
    problems: list[Problem] = []
    decks_file, guide_file = str(root / "data" / "decks.yaml"), str(root / "data" / "guide.yaml")
    guide: models.Guide = loaded["guide"]
    notebooks = {entry.id: entry for entry in loaded["notebooks"]}
    for p, plan in enumerate(guide.session_plans):
        for s, step in enumerate(plan.steps):
            where = f"session_plans[{p}].steps[{s}].slides"
            if not any(plan.band in block.ages for block in step.slides):
                problems.append(Problem(guide_file, where, f"no slide for the {plan.band} band"))
            for b, block in enumerate(step.slides):
                if plan.band not in block.ages:
                    continue
                for what in _block_problems(block, plan.band, loaded, quizzes):
                    problems.append(Problem(guide_file, f"{where}[{b}]", what))
    for d, deck in enumerate(loaded["decks"].decks):
        if deck.notebook and deck.notebook not in notebooks:
            problems.append(
                Problem(decks_file, f"decks[{d}].notebook", f"unknown notebook {deck.notebook}")
            )
        elif deck.notebook and notebooks[deck.notebook].minutes != deck.minutes:
            what = (
                f"the notebook lasts {notebooks[deck.notebook].minutes} minutes, not {deck.minutes}"
            )
            problems.append(Problem(decks_file, f"decks[{d}].minutes", what))
        if deck.plan and deck.minutes != 55:
            problems.append(
                Problem(decks_file, f"decks[{d}].minutes", "a talk deck lasts 55 minutes")
            )
        for band in deck.built_for:
            for i, part in enumerate(deck.parts):
                blocks = [block for block in part.slides if band in block.ages]
                if not blocks:
                    what = f"no slide for the {band} band"
                    problems.append(Problem(decks_file, f"decks[{d}].parts[{i}]", what))
                for b, block in enumerate(part.slides):
                    if band in block.ages:
                        for what in _block_problems(block, band, loaded, quizzes):
                            where = f"decks[{d}].parts[{i}].slides[{b}]"
                            problems.append(Problem(decks_file, where, what))
    texts = loaded["decks"].texts
    for i, sheet in enumerate(loaded["decks"].sheets):
        if unknown := [text for text in sheet.texts if text not in texts]:
            what = f"unknown text(s) {', '.join(unknown)}: add them to texts"
            problems.append(Problem(decks_file, f"sheets[{i}].texts", what))
    # a deck built for two bands would name a missing question twice
    return list(dict.fromkeys(problems))
