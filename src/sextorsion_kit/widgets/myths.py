"""Myths and facts as a front-end widget: the same cards as ``myths_and_facts()``.

:func:`myth_data` sends every statement with its verdict and explanation in both languages,
and the interface labels; revealing, hiding and the language switch run in the browser with
no kernel round trip. A card reads as the tests' oracle (tests/oracles.py) writes it.
"""

from __future__ import annotations

from typing import Any

import traitlets

from ..content import load_content
from ..content.models import Myth
from ..i18n import LANGUAGES
from .base import KitWidget, labels_in_both, language_names
from .front_end import bundle, stylesheet
from .red_flags import quote_marks

# Every interface label myths.js asks for (tests check the two lists agree).
LABEL_KEYS: tuple[str, ...] = ("reveal", "hide", "myth", "fact", "language")


def myth_data(myths: list[Myth]) -> dict[str, Any]:
    """Everything the front end needs about ``myths``, in both languages."""
    return {
        "myths": [myth.model_dump(mode="json") for myth in myths],
        "labels": labels_in_both(LABEL_KEYS),
        "quotes": {lang: quote_marks(lang) for lang in LANGUAGES},
        "language_names": language_names(),
    }


class MythCardsWidget(KitWidget):
    """The myth cards in the browser; ``language`` is synced both ways."""

    myths = traitlets.List().tag(sync=True)
    quotes = traitlets.Dict().tag(sync=True)

    def __init__(self, myths: list[Myth], show_settings: bool = True):
        self._esm = bundle("myths.js")
        self._css = stylesheet("quiz.css", "activities.css")
        super().__init__(**myth_data(myths), show_settings=show_settings)


def myth_cards_widget(show_settings: bool = True) -> MythCardsWidget:
    """Statements often heard about sextortion, each revealed as myth or fact, in the browser."""
    return MythCardsWidget(load_content().myths, show_settings=show_settings)
