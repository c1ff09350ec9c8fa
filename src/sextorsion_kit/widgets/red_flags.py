""" "Spot the red flags" as a front-end widget: the same exercise as ``spot_the_red_flags()``.

:func:`red_flag_data` sends the conversation in both languages with the interface labels and
the punctuation of each language; ticking, Check, the feedback on every message, Try again
and the language switch then run in the browser with no kernel round trip. Whether each
decision is right is evaluated by ``checkRedFlags`` in ``js/rules.js`` (the twin of
:func:`sextorsion_kit.logic.quiz.check_flags`); the feedback is worded as
the tests' oracle (tests/oracles.py) words it.
"""

from __future__ import annotations

from typing import Any

import traitlets

from ..content import load_content
from ..content.models import RedFlagChat
from ..i18n import LANGUAGES, Language
from ..text import colon, quoted
from .base import KitWidget, labels_in_both, language_names
from .front_end import bundle, stylesheet

# Every interface label red_flags.js asks for (tests check the two lists agree).
LABEL_KEYS: tuple[str, ...] = (
    "check", "try_again", "right", "partial", "wrong", "red_flag", "ordinary", "ticked",
    "not_ticked", "flag_score", "language",
)  # fmt: skip


def quote_marks(language: Language) -> list[str]:
    """The marks :func:`~sextorsion_kit.text.quoted` puts around a text: [before, after]."""
    before, after = quoted("\0", language).split("\0")
    return [before, after]


def red_flag_data(chat: RedFlagChat) -> dict[str, Any]:
    """Everything the front end needs about ``chat``, in both languages."""
    return {
        "chat": chat.model_dump(mode="json"),
        "labels": labels_in_both(LABEL_KEYS),
        "colon": {lang: colon(lang) for lang in LANGUAGES},
        "quotes": {lang: quote_marks(lang) for lang in LANGUAGES},
        "language_names": language_names(),
    }


class RedFlagWidget(KitWidget):
    """The red-flag chat played in the browser; ``language`` is synced both ways."""

    chat = traitlets.Dict().tag(sync=True)
    colon = traitlets.Dict().tag(sync=True)
    quotes = traitlets.Dict().tag(sync=True)

    def __init__(self, chat: RedFlagChat, show_settings: bool = True):
        self._esm = bundle("red_flags.js")
        self._css = stylesheet("quiz.css", "activities.css")
        super().__init__(
            **red_flag_data(chat), show_settings=show_settings
        )


def red_flag_widget(chat_id: str | None = None, show_settings: bool = True) -> RedFlagWidget:
    """The red-flag exercise in the browser (the first conversation unless ``chat_id``)."""
    chats = load_content().red_flags
    chosen = next((c for c in chats if c.id == chat_id), None) if chat_id else chats[0]
    if chosen is None:
        raise KeyError(f"no conversation {chat_id!r}; known: {', '.join(c.id for c in chats)}")
    return RedFlagWidget(chosen, show_settings=show_settings)
