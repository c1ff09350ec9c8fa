"""The language switch: French by default, English on request.

Code reads the current language through :func:`get_language`. The page's settings model
(``widgets/settings.py``) is the one listener (:func:`on_language_change`): one call to
:func:`set_language` reaches it, and every widget already on screen follows it in the browser.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Literal, cast

from .settings import Setting

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")
DEFAULT_LANGUAGE: Language = "fr"
ENV_VARIABLE = "SEXTORSION_KIT_LANG"


def _language_from_environment() -> Language:
    wanted = os.environ.get(ENV_VARIABLE, "").strip().lower()[:2]
    return cast(Language, wanted) if wanted in LANGUAGES else DEFAULT_LANGUAGE


LANGUAGE: Setting[Language] = Setting("language", LANGUAGES, _language_from_environment())


def get_language() -> Language:
    """The language every text is shown in right now."""
    return LANGUAGE.get()


def set_language(language: str) -> None:
    """Switch every text of the kit to ``language`` ("fr" or "en")."""
    LANGUAGE.set(cast(Language, language.strip().lower()))


def on_language_change(callback: Callable[[Language], None]) -> None:
    """Call ``callback(language)`` after each switch, for as long as its owner lives."""
    LANGUAGE.on_change(callback)
