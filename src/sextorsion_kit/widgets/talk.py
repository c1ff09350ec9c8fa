"""The live slides of a talk deck: the front-end state of each, in one language and one band.

A deck is projected to a class: the speaker clicks, the class answers by a show of hands.
So a live slide holds only what it shows, already in the deck's language (a deck has one):
a question whose answer the speaker reveals, a role-play whose branch the speaker picks, a
chat whose messages the speaker ticks, a myth the speaker reveals. ``js/talk.js`` draws
them; the deck page's host (``js/page.js``) gives each its model.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..content.labels import label
from ..content.models import (
    AgeBand,
    Myth,
    Question,
    RedFlagChat,
    RolePlay,
)
from ..i18n import Language
from .front_end import bundle, source

# Emoji and pictographs: the deck font has none, and a projector or a PDF shows a box.
_PICTOGRAPHS = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u297f\u2b00-\u2bff\ufe0f\u200d"
    "\U0001f000-\U0001faff]"
)


def plain(text: str) -> str:
    """``text`` without emoji or pictographs, spaces tidied: what the deck font can show."""
    return re.sub(r"[ \t]{2,}", " ", _PICTOGRAPHS.sub("", text)).strip()


@cache
def talk_module() -> str:
    return bundle("talk.js")


@cache
def talk_css() -> str:
    return source("talk.css")


def _state(kind: str, data: dict[str, Any], labels: dict[str, str]) -> dict[str, Any]:
    shown = {key: plain(text) for key, text in labels.items()}
    return {"_esm": talk_module(), "_css": talk_css(), "kind": kind, "data": data, "labels": shown}


def question_state(question: Question, language: Language) -> dict[str, Any]:
    """A question the speaker reveals after a show of hands, with feedback per answer."""

    def tr(text) -> str:
        return plain(text.in_language(language))

    common = {
        "show_answer": label("deck_show_answer", language),
        "hide_answer": label("deck_hide_answer", language),
        "back_to_answers": label("deck_back_to_answers", language),
        "right": label("deck_right", language),
        "not_right": label("deck_not_right", language),
        "pick_hint": label("deck_pick_hint", language),
    }
    if question.kind == "true_false":
        answer = label("deck_true" if question.answer else "deck_false", language)
        data = {
            "type": "true_false",
            "prompt": tr(question.statement),
            "answer": plain(label("deck_the_answer", language).format(answer=answer)),
            "explanation": tr(question.explanation),
        }
    elif question.kind == "order":
        steps = [{"text": tr(step.text), "why": tr(step.why)} for step in question.steps]
        data = {
            "type": "order",
            "prompt": tr(question.prompt),
            "steps": steps,
            # shown out of order first: the right order reversed, then rotated by one
            "shuffled": _out_of_order(len(steps)),
            "explanation": tr(question.explanation),
        }
        common |= {
            "order_prompt": label("deck_order_prompt", language),
            "right_order": label("deck_right_order", language),
            "step_why": label("deck_step_why", language),
        }
    elif question.kind in ("single", "multiple"):
        data = {
            "type": question.kind,
            "prompt": tr(question.prompt),
            "options": [
                {"text": tr(o.text), "correct": o.correct, "feedback": tr(o.feedback)}
                for o in question.options
            ],
        }
    else:
        raise ValueError(f"{question.id} is a role-play: use role_play_state")
    return _state("question", data, common)


def _out_of_order(count: int) -> list[int]:
    reversed_order = list(range(count))[::-1]
    shown = reversed_order[1:] + reversed_order[:1]
    return shown if shown != list(range(count)) else reversed_order


def role_play_state(role_play: RolePlay, band: AgeBand, language: Language) -> dict[str, Any]:
    """A role-play the speaker plays with the class, its scenes for ``band`` only."""

    def tr(text) -> str:
        return plain(text.in_language(language))

    hero = _hero(role_play)
    ending_kinds = {
        "safe": label("ending_safe", language),
        "mixed": label("ending_mixed", language),
        "hard": label("ending_hard", language),
    }
    in_band = {scene.id for scene in role_play.scenes if band in scene.ages}
    scenes = {}
    for scene in role_play.scenes:
        if scene.id not in in_band:
            continue
        scenes[scene.id] = {
            "narration": tr(scene.narration),
            "chat": [
                {"sender": m.sender, "text": tr(m.text), "mine": m.sender == hero}
                for m in scene.chat
            ],
            "choices": [
                {"text": tr(c.text), "next": c.next, "good": c.good, "feedback": tr(c.feedback)}
                for c in scene.choices
                if c.next in in_band  # as in the notebook: a choice leads to a scene of the band
            ],
            "ending": None
            if scene.ending is None
            else {
                "tone": scene.ending.tone,
                "kind": plain(ending_kinds[scene.ending.tone]),
                "title": tr(scene.ending.title),
                "message": tr(scene.ending.message),
            },
        }
    data = {"title": tr(role_play.prompt), "start": role_play.start, "scenes": scenes}
    labels = {
        "class_chose": label("deck_class_chose", language),
        "see_next": label("deck_see_next", language),
        "choose_again": label("deck_choose_again", language),
        "play_again": label("deck_play_again", language),
        "back_to_scene": label("deck_back_to_scene", language),
        "what_now": label("what_now", language),
    }
    return _state("role_play", data, labels)


def _hero(role_play: RolePlay) -> str | None:
    """Who the story follows: in its chats, the first sender who is not the one who opens."""
    messages = [message for scene in role_play.scenes for message in scene.chat]
    opener = messages[0].sender if messages else None
    return next((m.sender for m in messages if m.sender != opener), None)


def chat_state(chat: RedFlagChat, first: int, last: int, language: Language) -> dict[str, Any]:
    """Messages ``first`` to ``last`` (1-based) of a red-flag chat, for the speaker to tick."""
    opener = chat.messages[0].sender
    victim = next((m.sender for m in chat.messages if m.sender != opener), None)
    messages = [
        {
            "sender": message.sender,
            "mine": message.sender == victim,
            "text": plain(message.text.in_language(language)),
            "flag": message.red_flag,
            "why": plain(message.why.in_language(language)),
        }
        for message in chat.messages[first - 1 : last]
    ]
    part = label("deck_chat_part", language).format(
        first=first, last=last, total=len(chat.messages)
    )
    data = {"title": plain(chat.title.in_language(language)), "part": part, "messages": messages}
    labels = {
        "flag": label("deck_flag", language),
        "no_flag": label("deck_no_flag", language),
        "chat_hint": label("deck_chat_hint", language),
        "ordinary": label("deck_ordinary", language),
        "clear": label("deck_clear_ticks", language),
    }
    return _state("chat", data, labels)


def myth_state(myth: Myth, language: Language) -> dict[str, Any]:
    """A statement the speaker reveals as myth or fact."""
    verdict = label("deck_myth" if myth.verdict == "myth" else "deck_fact", language)
    data = {
        "statement": plain(myth.statement.in_language(language)),
        "verdict": plain(verdict),
        "myth": myth.verdict == "myth",
        "explanation": plain(myth.explanation.in_language(language)),
    }
    labels = {
        "myth_or_fact": label("deck_myth_or_fact", language),
        "hide_answer": label("deck_hide_answer", language),
    }
    return _state("myth", data, labels)
